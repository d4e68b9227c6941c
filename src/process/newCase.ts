import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { IsoDateSchema } from '../core/dates/isoDate';

/**
 * Schema of a {@link NewCase}: what it takes to open a case.
 *
 * @example
 * ```ts
 * NewCaseSchema.parse({ id: 'case-17', openedOn: '2026-01-12' });
 * ```
 * @category Process
 */
export const NewCaseSchema = z.strictObject({
  /** The case id in the consumer's system. */
  id: z.string().min(1).max(INPUT_LIMITS.idLength),
  /** The date the case was opened; no event may be dated before it. */
  openedOn: IsoDateSchema,
});

/**
 * The opening of a case: its id and the date it was opened.
 *
 * @remarks
 * A case exists from `openedOn`. The referral to SE is the first event a
 * journey records after that (see {@link createCase}).
 *
 * @example
 * ```ts
 * const opening: NewCase = { id: 'case-17', openedOn: '2026-01-12' };
 * ```
 * @category Process
 */
export interface NewCase extends z.output<typeof NewCaseSchema> {}

/**
 * The input shape of a {@link NewCase}, before parsing.
 *
 * @example
 * ```ts
 * const input: NewCaseInput = { id: 'case-17', openedOn: '2026-01-12' };
 * ```
 * @category Process
 */
export interface NewCaseInput extends z.input<typeof NewCaseSchema> {}
