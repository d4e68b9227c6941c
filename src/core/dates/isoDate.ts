import { z } from 'zod';

/**
 * The first and last day an {@link IsoDate} may name: 1900-01-01 and 9999-12-31.
 *
 * @remarks
 * A documented range rather than a rule from the sources: a case in Supported
 * Employment never needs a day before 1900, and four-digit years keep every
 * date sortable as a string. The zod schema, the JSON Schemas, {@link isIsoDate}
 * and the date helpers all use this range, so years 0–99 are never read as
 * 1900–1999 and no helper can return `10000-01-01`.
 *
 * @example
 * ```ts
 * ISO_DATE_RANGE.min; // => '1900-01-01'
 * ISO_DATE_RANGE.max; // => '9999-12-31'
 * ```
 * @category Dates
 */
export const ISO_DATE_RANGE = Object.freeze({ min: '1900-01-01', max: '9999-12-31' } as const);

/**
 * A real calendar day from 1900-01-01 to 9999-12-31, leap days included: zod's
 * calendar pattern with the year limited to 1900–9999 (1900 and 2100 are not
 * leap years; 2000 and 2400 are). The JSON Schemas carry this pattern next to
 * the `date` format, so validators that ignore formats still agree with zod.
 */
const RANGED_DATE =
  /^(?:(?:(?:19|[2-9]\d)(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[3579][26])00)-02-29|(?:19|[2-9]\d)\d\d-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))$/;

/**
 * Schema of an ISO calendar date, `YYYY-MM-DD`, that exists in the calendar.
 *
 * @remarks
 * Dates in every model are plain strings so that they serialise to JSON as they
 * are and carry no time zone. `2026-02-30` and `2025-02-29` are rejected;
 * `2028-02-29` (a leap day) is accepted. Only days in {@link ISO_DATE_RANGE}
 * (1900-01-01 to 9999-12-31) are accepted.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse('2028-02-29').success; // => true
 * IsoDateSchema.safeParse('2026-02-30').success; // => false
 * IsoDateSchema.safeParse('0099-01-01').success; // => false
 * ```
 * @category Dates
 */
export const IsoDateSchema = z.stringFormat('date', RANGED_DATE);

/**
 * An ISO calendar date string, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const start: IsoDate = '2026-08-17';
 * ```
 * @category Dates
 */
export type IsoDate = z.output<typeof IsoDateSchema>;
