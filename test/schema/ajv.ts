/**
 * Ajv as a consumer in another stack would set it up: draft 2020-12, strict,
 * every error, and the `date` format checked as a real calendar date
 * (ajv-formats is not a dependency, so the format is added here).
 */
import { Ajv2020 } from 'ajv/dist/2020';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (2028-02-29 yes, 2027-02-29 no). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A fresh Ajv for draft 2020-12 with the `date` format. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date', { type: 'string', validate: isCalendarDate });
  return ajv;
}
