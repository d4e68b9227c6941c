import { z } from 'zod';
import type { LocalizedText } from '../core/localizedText';
import type { SourceRef } from '../core/sourceRef';
import { deepFreeze } from '../_lib/deepFreeze';
import { afi, handbook } from '../_lib/needs/sources';

/**
 * The coded observations of work-culture gaps made at a workplace (placement or job).
 *
 * @remarks
 * Such gaps come to light in the follow-up meetings with the employer, the job
 * specialist and the participant, and must be dealt with before the
 * misunderstanding costs her the job (handbook §13, L377–383; §12, L334–351;
 * AFI 2.4.2 S6, L4529–4582). See {@link WORKPLACE_OBSERVATION_CATALOGUE} for
 * labels, what each is evidence of, and its source.
 *
 * @example
 * ```ts
 * WORKPLACE_OBSERVATIONS.includes('waits-for-instructions'); // => true
 * ```
 * @category Needs
 */
export const WORKPLACE_OBSERVATIONS = deepFreeze([
  'waits-for-instructions',
  'does-not-ask-when-unsure',
  'misreads-feedback',
  'unwritten-rules',
  'phone-during-work',
  'punctuality',
  'absent-without-notice',
  'gives-away-goods',
  'leaves-despite-contract',
] as const);

/**
 * Schema of one {@link WorkplaceObservation}.
 *
 * @example
 * ```ts
 * WorkplaceObservationSchema.parse('gives-away-goods'); // => 'gives-away-goods'
 * ```
 * @category Needs
 */
export const WorkplaceObservationSchema = z.enum(WORKPLACE_OBSERVATIONS);

/**
 * One coded workplace observation; see {@link WORKPLACE_OBSERVATIONS}.
 *
 * @example
 * ```ts
 * const observation: WorkplaceObservation = 'absent-without-notice';
 * ```
 * @category Needs
 */
export type WorkplaceObservation = z.output<typeof WorkplaceObservationSchema>;

/**
 * What one workplace observation means and what it is evidence of.
 *
 * @example
 * ```ts
 * const entry: WorkplaceObservationEntry = WORKPLACE_OBSERVATION_CATALOGUE['gives-away-goods'];
 * entry.workingLifeRules; // => true
 * ```
 * @category Needs
 */
export interface WorkplaceObservationEntry {
  /** The observation. */
  readonly id: WorkplaceObservation;
  /** What was observed, in bokmål and English. */
  readonly label: LocalizedText;
  /** True when the observation is evidence of a gap in the written rules of working life (besides a cultural gap). */
  readonly workingLifeRules: boolean;
  /** Where the observation comes from. */
  readonly source: SourceRef;
}

/**
 * The catalogue of workplace observations: labels, whether each touches the rules of working life, and sources.
 *
 * @remarks
 * Every observation is evidence of `cultural-differences` (AFI 2.4.2 S6,
 * L4529–4582; handbook §9, L302). Those that break a written rule of working
 * life (time off without notice, giving goods away, leaving despite a contract;
 * AFI L4560–4564) are also evidence of `working-life-rules` (AFI 2.4.3 X2).
 *
 * @example
 * ```ts
 * WORKPLACE_OBSERVATION_CATALOGUE['waits-for-instructions'].label.en; // => 'Does a task, then waits for the next instruction'
 * ```
 * @category Needs
 */
export const WORKPLACE_OBSERVATION_CATALOGUE: Readonly<
  Record<WorkplaceObservation, WorkplaceObservationEntry>
> = deepFreeze({
  'waits-for-instructions': {
    id: 'waits-for-instructions',
    label: {
      nb: 'Gjør oppgaven og venter så på neste beskjed',
      en: 'Does a task, then waits for the next instruction',
    },
    workingLifeRules: false,
    source: handbook('§13 Kulturforståelse i arbeidslivet (for passiv, venter på beskjed)', 'L379–381'),
  },
  'does-not-ask-when-unsure': {
    id: 'does-not-ask-when-unsure',
    label: { nb: 'Spør ikke når noe er uklart', en: 'Does not ask when something is unclear' },
    workingLifeRules: false,
    source: handbook('§13 Kulturforståelse i arbeidslivet (våget ikke spørre)', 'L379'),
  },
  'misreads-feedback': {
    id: 'misreads-feedback',
    label: {
      nb: 'Forstår ikke utydelige tilbakemeldinger («vis mer initiativ»)',
      en: 'Misreads vague feedback ("show more initiative")',
    },
    workingLifeRules: false,
    source: afi('2.4.2 S6 (utydelige tilbakemeldinger)', 'L4566–4570'),
  },
  'unwritten-rules': {
    id: 'unwritten-rules',
    label: { nb: 'Bryter uskrevne regler på arbeidsplassen', en: 'Breaks unwritten rules of the workplace' },
    workingLifeRules: false,
    source: afi('2.4.2 S6 (uskrevne regler)', 'L4566–4570'),
  },
  'phone-during-work': {
    id: 'phone-during-work',
    label: {
      nb: 'Svarer familien på telefonen i arbeidstiden',
      en: "Answers the family's calls and messages during work",
    },
    workingLifeRules: false,
    source: handbook('§5 Rydde plass til jobb (mors tilgjengelighet)', 'L248–250'),
  },
  punctuality: {
    id: 'punctuality',
    label: { nb: 'Kommer ikke presis', en: 'Is not on time' },
    workingLifeRules: false,
    source: afi('2.4.2 S6 (punktlighet)', 'L4546'),
  },
  'absent-without-notice': {
    id: 'absent-without-notice',
    label: { nb: 'Tar fri eller uteblir uten å si fra', en: 'Takes time off or stays away without notice' },
    workingLifeRules: true,
    source: afi('2.4.2 S6 (kan ikke ta fri når man vil)', 'L4560–4562'),
  },
  'gives-away-goods': {
    id: 'gives-away-goods',
    label: {
      nb: 'Gir bort varer eller serverer gratis til bekjente',
      en: 'Gives goods away or serves acquaintances for free',
    },
    workingLifeRules: true,
    source: afi('2.4.2 S6 (gratis kaffe til bekjente)', 'L4560–4562'),
  },
  'leaves-despite-contract': {
    id: 'leaves-despite-contract',
    label: {
      nb: 'Vil slutte straks selv om hun har kontrakt',
      en: 'Wants to leave at once despite a contract',
    },
    workingLifeRules: true,
    source: afi('2.4.2 S6 (kan ikke bare slutte)', 'L4562–4564'),
  },
});
