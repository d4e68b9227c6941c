/**
 * Renders the outcome report of examples/outcomes-report.ts as one
 * self-contained HTML page: inline SVG charts, inline CSS, no script and no
 * network. Every number comes from the library's OutcomeReport and SeqfResult.
 */
import type { Duration, OutcomeReport, Rate, SeqfResult } from '../../src';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pct = (x: number): string => `${(x * 100).toFixed(0)} %`;
const W = 640;
const H = 260;
const PAD = { left: 48, right: 16, top: 20, bottom: 40 };

/** The data the page shows. */
export interface ReportPage {
  readonly title: string;
  readonly asOf: string;
  readonly overall: OutcomeReport;
  readonly byYear: readonly {
    readonly year: string;
    readonly transition: Rate | null;
    readonly workOrEducation: Rate | null;
  }[];
  readonly seqfTarget: number;
  readonly jobbsjansenTarget: number;
  readonly anchors: { readonly top: number; readonly lowest: number };
  readonly seqf: SeqfResult;
  readonly seqfAreaNames: Readonly<Record<number, string>>;
}

function y(value: number): number {
  return PAD.top + (1 - value) * (H - PAD.top - PAD.bottom);
}

function axis(): string {
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (t) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t)}" y2="${y(t)}" class="grid"/><text x="${PAD.left - 6}" y="${y(t) + 4}" text-anchor="end">${pct(t)}</text>`,
    )
    .join('');
  return `<g class="axis">${ticks}</g>`;
}

function bar(x: number, w: number, rate: Rate, cls: string, label: string): string {
  const [lo, hi] = rate.ci95;
  const cx = x + w / 2;
  return (
    `<g class="bar ${cls}" data-value="${rate.value.toFixed(4)}"><title>${esc(label)}: ${rate.numerator}/${rate.denominator} = ${pct(rate.value)} (95 % CI ${pct(lo)}–${pct(hi)})${rate.lowN ? ', low N' : ''}</title>` +
    `<rect x="${x}" y="${y(rate.value)}" width="${w}" height="${y(0) - y(rate.value)}"/>` +
    `<line class="ci" x1="${cx}" x2="${cx}" y1="${y(hi)}" y2="${y(lo)}"/><line class="ci" x1="${cx - 5}" x2="${cx + 5}" y1="${y(hi)}" y2="${y(hi)}"/><line class="ci" x1="${cx - 5}" x2="${cx + 5}" y1="${y(lo)}" y2="${y(lo)}"/></g>`
  );
}

function target(value: number, cls: string, label: string): string {
  return `<g class="target ${cls}"><line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(value)}" y2="${y(value)}"/><text x="${W - PAD.right}" y="${y(value) - 4}" text-anchor="end">${esc(label)} ${pct(value)}</text></g>`;
}

function yearChart(page: ReportPage): string {
  const n = page.byYear.length;
  const slot = (W - PAD.left - PAD.right) / Math.max(1, n);
  const bw = Math.min(28, slot / 3);
  const bars = page.byYear
    .map((row, i) => {
      const x0 = PAD.left + i * slot + slot / 2 - bw - 2;
      return (
        (row.transition === null
          ? ''
          : bar(x0, bw, row.transition, 'transition', `${row.year} transition to work`)) +
        (row.workOrEducation === null
          ? ''
          : bar(x0 + bw + 4, bw, row.workOrEducation, 'work-or-education', `${row.year} work or education`)) +
        `<text x="${PAD.left + i * slot + slot / 2}" y="${H - PAD.bottom + 16}" text-anchor="middle">${esc(row.year)}</text>`
      );
    })
    .join('');
  return (
    `<svg data-chart="work-goal-by-year" viewBox="0 0 ${W} ${H}" role="img" aria-label="Transition to work and to work or education by exit year">${axis()}${bars}` +
    `${target(page.seqfTarget, 'transition', 'SEQF top (work)')}${target(page.jobbsjansenTarget, 'work-or-education', 'Jobbsjansen (work or education)')}</svg>`
  );
}

function durationRow(d: Duration | null, label: string, row: number, anchors: ReportPage['anchors']): string {
  const top = 30 + row * 70;
  const x0 = 150;
  const width = W - x0 - PAD.right;
  if (d === null) return `<text x="10" y="${top + 20}">${esc(label)}: no records</text>`;
  const a = d.shareWithin.top;
  const b = d.shareWithin.lowest - d.shareWithin.top;
  const c = 1 - d.shareWithin.lowest;
  const seg = (from: number, w: number, cls: string, text: string): string =>
    `<rect class="band ${cls}" x="${x0 + from * width}" y="${top}" width="${w * width}" height="28"><title>${esc(text)}</title></rect>`;
  return (
    `<g class="duration" data-median="${d.median}"><text x="10" y="${top + 18}">${esc(label)}</text>` +
    seg(0, a, 'top', `≤ ${anchors.top} weeks: ${pct(a)}`) +
    seg(a, b, 'within-lowest', `${anchors.top + 1}–${anchors.lowest} weeks: ${pct(b)}`) +
    seg(a + b, c, 'beyond', `> ${anchors.lowest} weeks: ${pct(c)}`) +
    `<text x="${x0}" y="${top + 44}">median ${d.median} weeks (${esc(d.anchorBand)}), mean ${d.mean.toFixed(1)}, n = ${d.n}</text></g>`
  );
}

function durationChart(page: ReportPage): string {
  const { timeToPlacementWeeks, timeToPaidWorkWeeks } = page.overall.durations;
  return (
    `<svg data-chart="time-to-work" viewBox="0 0 ${W} 170" role="img" aria-label="Weeks from referral to placement and to paid work against the SEQF anchors">` +
    durationRow(timeToPlacementWeeks, 'To placement', 0, page.anchors) +
    durationRow(timeToPaidWorkWeeks, 'To paid work', 1, page.anchors) +
    `</svg>`
  );
}

function attachmentChart(page: ReportPage): string {
  const rows = [
    ['6 months', page.overall.rates.attachment6m],
    ['1 year', page.overall.rates.attachment12m],
    ['3 years', page.overall.rates.attachment36m],
  ] as const;
  const slot = (W - PAD.left - PAD.right) / rows.length;
  const bars = rows
    .map(([label, rate], i) => {
      const x = PAD.left + i * slot + slot / 2 - 20;
      const text = `<text x="${x + 20}" y="${H - PAD.bottom + 16}" text-anchor="middle">${label}</text>`;
      if (rate === null)
        return `${text}<text x="${x + 20}" y="${y(0.1)}" text-anchor="middle">not yet</text>`;
      return (
        bar(x, 40, rate, 'attachment', `In work ${label} after exit to work`) +
        text +
        `<text x="${x + 20}" y="${H - PAD.bottom + 30}" text-anchor="middle">coverage ${pct(rate.coverage ?? 1)}</text>`
      );
    })
    .join('');
  return `<svg data-chart="attachment" viewBox="0 0 ${W} ${H}" role="img" aria-label="In work 6, 12 and 36 months after exit to work">${axis()}${bars}</svg>`;
}

function seqfChart(page: ReportPage): string {
  const rows = page.seqf.areas;
  const h = 24;
  const x0 = 230;
  const width = W - x0 - 60;
  const body = rows
    .map((a, i) => {
      const top = 10 + i * (h + 6);
      const p = a.percent ?? 0;
      return (
        `<g class="area" data-area="${a.id}"><text x="10" y="${top + 16}">${a.id}. ${esc(page.seqfAreaNames[a.id] ?? '')}${a.criteriaListIncomplete ? ' *' : ''}</text>` +
        `<rect class="track" x="${x0}" y="${top}" width="${width}" height="${h}"/>` +
        `<rect class="fill" x="${x0}" y="${top}" width="${p * width}" height="${h}"><title>${a.score} of ${a.maxPoints} points, weight ${pct(a.weight)}</title></rect>` +
        `<text x="${x0 + width + 6}" y="${top + 16}">${a.percent === null ? '–' : pct(a.percent)}</text></g>`
      );
    })
    .join('');
  return `<svg data-chart="seqf-areas" viewBox="0 0 ${W} ${20 + rows.length * (h + 6)}" role="img" aria-label="SEQF self-assessment per area">${body}</svg>`;
}

/** The whole page. */
export function renderReportHtml(page: ReportPage): string {
  const o = page.overall;
  const wg = o.rates.workGoalRate;
  const headline =
    wg === null
      ? ''
      : `<p class="headline">${wg.numerator} of ${wg.denominator} (${pct(wg.value)}, 95 % CI ${pct(wg.ci95[0])}–${pct(wg.ci95[1])}) reached the work goal: exit to work, leave for work, or follow-up on contract while in work.</p>`;
  const suggestions = page.seqf.suggestions
    .map((s) => {
      switch (s.kind) {
        case 'transition-to-work':
          return `<li>Transition to work ${pct(s.value)}: ${s.band === 'at-or-above-seqf-top' ? 'at or above' : 'below'} SEQF's top level.</li>`;
        case 'time-to-paid-work':
          return `<li>Median ${s.medianWeeks} weeks from referral to paid work: ${esc(s.band)}.</li>`;
        case 'in-work-after-se-start':
          return `<li>In work six months after SE started: ${pct(s.value)}.</li>`;
        case 'attachment':
          return `<li>In work ${s.horizonMonths} months after exit to work: ${pct(s.value)} (coverage ${pct(s.coverage)}).</li>`;
      }
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(page.title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:720px;margin:2rem auto;padding:0 1rem;color:#1d2330}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2rem}
svg{width:100%;height:auto;background:#fafbfc;border:1px solid #e3e6eb;border-radius:6px}
svg text{font-size:12px;fill:#3a4150}
.grid{stroke:#e3e6eb}.ci{stroke:#1d2330;stroke-width:1.5}
.transition rect{fill:#2f6fb0}.work-or-education rect{fill:#7fb069}.attachment rect{fill:#c77d2e}
.target line{stroke-dasharray:6 4;stroke-width:1.5}.target.transition line{stroke:#2f6fb0}.target.work-or-education line{stroke:#5a8f47}
.band.top{fill:#2e8b57}.band.within-lowest{fill:#e0b040}.band.beyond{fill:#c0504d}
.track{fill:#e8ebf0}.fill{fill:#5b6bbf}
.note{color:#5a6170;font-size:13px}
</style></head><body>
<h1>${esc(page.title)}</h1>
<p class="note">As of ${esc(page.asOf)}. ${o.n} individual reports. Generated data for the example; figures from supported-employment.</p>
${headline}
<h2>Transition by exit year, against the target of the same definition</h2>
${yearChart(page)}
<p class="note">Blue: exits to work among exits (SEQF top level ${pct(page.seqfTarget)}). Green: exits to work or education among exits (Jobbsjansen ${pct(page.jobbsjansenTarget)}). Whiskers: Wilson 95 % intervals.</p>
<h2>Time from referral, against the SEQF anchors (${page.anchors.top} and ${page.anchors.lowest} weeks)</h2>
${durationChart(page)}
<h2>In work after exit to work</h2>
${attachmentChart(page)}
<h2>SEQF self-assessment</h2>
${seqfChart(page)}
<p class="note">Weighted total ${page.seqf.total === null ? '–' : pct(page.seqf.total)}; target-group adjustments ${page.seqf.targetGroupPercent === null ? '–' : pct(page.seqf.targetGroupPercent)} (scored apart). * The report lists only some of this area's criteria. SEQF is a tool for developing the service, not a verdict.</p>
<h2>Suggestions for criterion 6.2</h2>
<ul>${suggestions}</ul>
</body></html>
`;
}
