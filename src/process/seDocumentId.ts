import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The documents the five steps produce, as a closed vocabulary.
 *
 * @remarks
 * The outputs the method names for each step (domain specification §3; AFI
 * report 4.4–4.8, L7118–8413):
 * - step 1: `cooperation-agreement` (*samarbeidsavtale*, the contract for SE
 *   follow-up), `consent-declaration` (*samtykkeerklæring*), `job-support-plan`
 *   (*jobbstøtteplan*);
 * - step 2: `vocational-profile` (*yrkesprofil*), `action-plan` (*individuell
 *   handlingsplan*), `cv`;
 * - step 3: `job-match`, `job-analysis` (*jobbanalyse*), `gap-analysis` (*gapanalyse*);
 * - step 4: `employer-expectations` (clarified expectations), `placement-agreement`
 *   (*praksisavtale*), `employment-contract` (*arbeidskontrakt*);
 * - step 5: `task-analysis` (*oppgaveanalyse*), `training-plan` (*opplæringsplan*),
 *   `follow-up-plan` (*handlingsplan for etteroppfølging*).
 *
 * Several are living documents that are updated through all the steps; a case
 * may record the same document more than once. See {@link SE_DOCUMENTS} for names.
 *
 * @example
 * ```ts
 * SE_DOCUMENT_IDS.includes('gap-analysis'); // => true
 * ```
 * @category Process
 */
export const SE_DOCUMENT_IDS = deepFreeze([
  'cooperation-agreement',
  'consent-declaration',
  'job-support-plan',
  'vocational-profile',
  'action-plan',
  'cv',
  'job-match',
  'job-analysis',
  'gap-analysis',
  'employer-expectations',
  'placement-agreement',
  'employment-contract',
  'task-analysis',
  'training-plan',
  'follow-up-plan',
] as const);

/**
 * One SE document id; see {@link SE_DOCUMENT_IDS}.
 *
 * @example
 * ```ts
 * const document: SeDocumentId = 'vocational-profile';
 * ```
 * @category Process
 */
export type SeDocumentId = (typeof SE_DOCUMENT_IDS)[number];

/**
 * Schema of a {@link SeDocumentId}.
 *
 * @example
 * ```ts
 * SeDocumentIdSchema.parse('training-plan'); // => 'training-plan'
 * ```
 * @category Process
 */
export const SeDocumentIdSchema = z.enum(SE_DOCUMENT_IDS);
