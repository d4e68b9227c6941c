import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The programmes a participant can follow SE in.
 *
 * @remarks
 * - `jobbsjansen`: IMDi's grant scheme for qualification of immigrants outside
 *   work, with home-based women 18–55 as its main group (handbook "Målgruppe").
 * - `introduction-programme`: *introduksjonsprogrammet* for newly arrived refugees.
 * - `nav`: a NAV office's own follow-up.
 * - `other`: any other programme.
 *
 * @example
 * ```ts
 * PROGRAMMES.includes('jobbsjansen'); // => true
 * ```
 * @category Needs
 */
export const PROGRAMMES = deepFreeze(['jobbsjansen', 'introduction-programme', 'nav', 'other'] as const);

/**
 * One programme; see {@link PROGRAMMES}.
 *
 * @example
 * ```ts
 * const programme: Programme = 'introduction-programme';
 * ```
 * @category Needs
 */
export type Programme = (typeof PROGRAMMES)[number];

/**
 * Schema of a {@link Programme}.
 *
 * @example
 * ```ts
 * ProgrammeSchema.parse('nav'); // => 'nav'
 * ```
 * @category Needs
 */
export const ProgrammeSchema = z.enum(PROGRAMMES);
