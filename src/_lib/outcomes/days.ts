import type { OutcomeRecord } from '../../outcomes/outcomeRecord';

/** Days since 1970-01-01 of an ISO date (UTC, no clock). */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** The ISO date `months` calendar months after `iso`, clamped to the month's last day. */
export function addMonthsIso(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Employment status on a date: the nearest observation within the window wins over employment spans. */
export function statusOn(r: OutcomeRecord, date: string, windowDays: number): 'employed' | 'not-employed' | 'unknown' {
  const day = dayNumber(date);
  let best: OutcomeRecord['attachment'][number] | undefined;
  let bestDistance = Infinity;
  for (const obs of r.attachment) {
    const distance = Math.abs(dayNumber(obs.date) - day);
    if (distance > windowDays) continue;
    // Nearest first; on a tie the later observation, then the more informative status, so order never matters.
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && tieBreak(obs, best))) {
      best = obs;
      bestDistance = distance;
    }
  }
  if (best !== undefined) {
    if (best.status === 'employed') return 'employed';
    if (best.status === 'unknown') return 'unknown';
    return 'not-employed';
  }
  for (const e of r.employments) {
    if (e.declared && e.start <= date && (e.end === undefined || e.end >= date)) return 'employed';
  }
  return 'unknown';
}

const RANK = { employed: 3, education: 2, 'not-employed': 1, unknown: 0 } as const;

function tieBreak(a: OutcomeRecord['attachment'][number], b: OutcomeRecord['attachment'][number]): boolean {
  if (a.date !== b.date) return a.date > b.date;
  return RANK[a.status] > RANK[b.status];
}
