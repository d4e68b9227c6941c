import type { OutcomeRecord } from '../../outcomes/outcomeRecord';

/** Days since 1970-01-01 of an ISO date, by calendar arithmetic (no clock, no Date). */
export function dayNumber(iso: string): number {
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const y = Number(iso.slice(0, 4)) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month0: number): number {
  if (month0 === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month0] ?? 31;
}

/** The ISO date `months` calendar months after `iso`, clamped to the month's last day. */
export function addMonthsIso(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = daysInMonth(year, month);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Employment status on a date: the nearest observation within the window wins over employment spans. */
export function statusOn(
  r: OutcomeRecord,
  date: string,
  windowDays: number,
): 'employed' | 'not-employed' | 'unknown' {
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
