/** Renders the fidelity vignettes as the table of docs/fidelity.md. */
import { VIGNETTES, type Vignette } from './vignettes';

const code = (s: string): string => `\`${s}\``;

function facts(v: Vignette): string {
  const json = JSON.stringify(v.facts)
    .replace(/"([A-Za-z]+)":/g, '$1: ')
    .replace(/,/g, ', ');
  return `${code(json)}${v.step === undefined ? '' : `, step ${code(v.step)}`}`;
}

function musts(v: Vignette): string {
  const out: string[] = [];
  for (const n of v.needs ?? [])
    out.push(typeof n === 'string' ? `need ${code(n)}` : `need ${code(n[0])} ${n[1]}`);
  if (v.first !== undefined) out.push(`${code(v.first)} first`);
  for (const a of v.adaptations ?? []) out.push(`adaptation ${code(a)}`);
  if (v.trustedPersonOnly) out.push('§6 with a trusted person, not the family');
  if (v.complex !== undefined) out.push(`complex: ${String(v.complex)}`);
  if (v.suitability !== undefined) out.push(`SE ${code(v.suitability)}`);
  if (v.path !== undefined) out.push(`path ${code(v.path)}`);
  if (v.jobbsjansen !== undefined) out.push(`Jobbsjansen ${code(v.jobbsjansen)}`);
  return out.join('; ');
}

function mustNots(v: Vignette): string {
  return [
    ...(v.notNeeds ?? []).map((n) => `need ${code(n)}`),
    ...(v.notAdaptations ?? []).map((a) => `adaptation ${code(a)}`),
  ].join('; ');
}

/** The vignette table: case, facts, must include, must not include, what it rests on. */
export function fidelityTable(): string {
  const lines = [
    '| # | Case | Facts | Must include | Must not include | Rests on |',
    '|---|---|---|---|---|---|',
  ];
  for (const v of VIGNETTES) {
    lines.push(`| ${v.id} | ${v.title} | ${facts(v)} | ${musts(v)} | ${mustNots(v)} | ${v.rests} |`);
  }
  return lines.join('\n');
}
