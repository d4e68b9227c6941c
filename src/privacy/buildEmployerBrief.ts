import type { z } from 'zod';
import { consentStatesAsOf, type ConsentState } from '../_lib/privacy/consents';
import { asLibraryError } from '../_lib/privacy/models';
import { prune } from '../_lib/privacy/prune';
import { isRealIsoDate } from '../_lib/calendar';
import type { IsoDate } from '../core/dates/isoDate';
import { SupportedEmploymentError } from '../core/errors';
import { CandidateSchema, type Candidate } from '../matching/candidate';
import { NeedsAssessmentSchema, type NeedsAssessment } from '../needs/needsAssessment';
import { CONSENT_SCOPES, type ConsentScope } from '../process/consentScope';
import type { SeCase } from '../process/seCase';
import type { EmployerBrief, EmployerSharingStatus, WithheldFact } from './employerBrief';
import { EMPLOYER_DISCLOSURE, type BriefSource } from './employerDisclosure';
import type { WithholdReason } from './withholdReason';

/**
 * Options of {@link buildEmployerBrief}.
 *
 * @example
 * ```ts
 * const options: BuildEmployerBriefOptions = { asOf: '2026-05-04', assessment, candidate };
 * ```
 * @category Privacy
 */
export interface BuildEmployerBriefOptions {
  /** The date to read the consents at; consent events after it do not count. */
  readonly asOf: IsoDate;
  /** The participant's needs assessment, parsed; its shareable facts go into the brief. */
  readonly assessment?: NeedsAssessment | undefined;
  /** The participant's candidate profile for matching, parsed; its shareable facts go into the brief. */
  readonly candidate?: Candidate | undefined;
}

const EMPLOYER_SCOPES: readonly ConsentScope[] = CONSENT_SCOPES.filter((scope) =>
  scope.startsWith('employer-sharing'),
);

function sharingStatus(states: ReadonlyMap<ConsentScope, ConsentState>): EmployerSharingStatus {
  if (states.get('se-participation') === 'withdrawn') return 'participation-withdrawn';
  const state = states.get('employer-sharing');
  return state === 'given' ? 'in-force' : state === 'withdrawn' ? 'withdrawn' : 'not-given';
}

const BLOCKED: Readonly<
  Record<Exclude<EmployerSharingStatus, 'in-force'>, { reason: WithholdReason; scope: ConsentScope }>
> = {
  'not-given': { reason: 'employer-sharing-not-given', scope: 'employer-sharing' },
  withdrawn: { reason: 'employer-sharing-withdrawn', scope: 'employer-sharing' },
  'participation-withdrawn': { reason: 'participation-withdrawn', scope: 'se-participation' },
};

function share(
  from: BriefSource,
  schema: z.ZodType,
  value: unknown,
  states: ReadonlyMap<ConsentScope, ConsentState>,
  status: EmployerSharingStatus,
  withheld: WithheldFact[],
): unknown {
  const rules = EMPLOYER_DISCLOSURE[from];
  const seen = new Set<string>();
  const withhold = (path: string, reason: WithholdReason, scope?: ConsentScope): false => {
    if (!seen.has(path)) {
      seen.add(path);
      withheld.push(scope === undefined ? { from, path, reason } : { from, path, reason, scope });
    }
    return false;
  };
  const shared = prune(
    schema,
    value,
    (path) => {
      if (status !== 'in-force') {
        // Only top-level fields are reached: nothing below a withheld field is visited.
        const blocked = BLOCKED[status];
        return withhold(path, blocked.reason, blocked.scope);
      }
      const rule = Object.hasOwn(rules, path) ? rules[path] : undefined;
      if (rule === undefined) return withhold(path, 'not-needed');
      if (typeof rule === 'string') return withhold(path, rule);
      for (const scope of rule) {
        const state = states.get(scope);
        if (state !== 'given')
          return withhold(path, state === 'withdrawn' ? 'scope-withdrawn' : 'scope-not-given', scope);
      }
      return true;
    },
    (path) => withhold(path, 'invalid-value'),
  );
  if (typeof shared !== 'object' || shared === null || Array.isArray(shared)) {
    throw new SupportedEmploymentError(
      'invalid_input',
      `The ${from} must be an object of its model; parse it first.`,
    );
  }
  return shared;
}

/**
 * Builds what may be shared with an employer about a participant, from the consents in her case.
 *
 * @remarks
 * The participant decides what an employer learns about her (AFI report
 * 4.3, L7242–7245; 5.4.7, L9113–9117), and health, religion, ethnic origin,
 * violence and negative social control are special-category data (GDPR art. 9;
 * domain specification §8). The brief reads the consent events of the case up
 * to and including `asOf` (a consent given on `asOf` counts; one withdrawn on
 * `asOf` does not) and applies {@link EMPLOYER_DISCLOSURE}:
 * - Nothing at all is shared unless `employer-sharing` is in force, and
 *   nothing once she has withdrawn from SE follow-up (`se-participation`).
 * - Health, family, religion and violence facts need their own scope
 *   (`employer-sharing-health`, `-family`, `-religion`, `-violence`), given and
 *   not withdrawn.
 * - Facts an employer does not need, and ethnic origin, are never shared.
 * - What it shares is re-checked, not trusted: every value must fit its own
 *   field's schema (an enum field holds one of its values, a boolean is a
 *   boolean); any other value is withheld as `invalid-value`. The case's events
 *   are re-checked as {@link replayCase} checks them (each fits
 *   {@link CaseEventSchema}, dates in order, none before the case was opened); a
 *   case that fails is refused, so that a malformed consent event can never
 *   make a consent look given.
 *
 * Every recorded fact left out is listed in `withheld` with a coded reason and
 * the missing scope — never its value. Withdrawing a scope removes its facts
 * from every brief built after the withdrawal (GDPR art. 7(3)).
 *
 * @param seCase - The participant's case, whose events hold her consents.
 * @param options - The date to read consents at, and the assessment and candidate to take facts from.
 * @returns The brief: the sharing status, the scopes in force, the shareable facts and what was withheld.
 * @throws {@link SupportedEmploymentError} `invalid_date` when `asOf` is not an ISO calendar date,
 * `invalid_input` when the case, assessment or candidate cannot be read as its model,
 * or the case's events do not fit their schema or their date order.
 *
 * @example
 * ```ts
 * const brief = buildEmployerBrief(seCase, { asOf: '2026-05-04', assessment });
 * brief.sharing; // => 'in-force'
 * brief.assessment?.health; // => undefined unless employer-sharing-health is in force
 * brief.withheld.map((w) => `${w.path}: ${w.reason}`);
 * ```
 * @category Privacy
 */
export function buildEmployerBrief(seCase: SeCase, options: BuildEmployerBriefOptions): EmployerBrief {
  try {
    const asOf: unknown = (options as Partial<BuildEmployerBriefOptions> | null | undefined)?.asOf;
    if (typeof asOf !== 'string' || !isRealIsoDate(asOf)) {
      throw new SupportedEmploymentError('invalid_date', 'asOf must be an ISO calendar date (YYYY-MM-DD).');
    }
    const states = consentStatesAsOf(seCase, asOf);
    const sharing = sharingStatus(states);
    const scopes =
      sharing === 'in-force' ? EMPLOYER_SCOPES.filter((scope) => states.get(scope) === 'given') : [];
    const withheld: WithheldFact[] = [];
    const brief: { -readonly [K in keyof EmployerBrief]: EmployerBrief[K] } = {
      asOf,
      sharing,
      scopes,
      withheld,
    };
    const { assessment, candidate } = options;
    if (assessment !== undefined) {
      const shared = share('assessment', NeedsAssessmentSchema, assessment, states, sharing, withheld);
      if (sharing === 'in-force') brief.assessment = shared as EmployerBrief['assessment'];
    }
    if (candidate !== undefined) {
      const shared = share('candidate', CandidateSchema, candidate, states, sharing, withheld);
      if (sharing === 'in-force') brief.candidate = shared as EmployerBrief['candidate'];
    }
    return brief;
  } catch (error) {
    throw asLibraryError(error, 'case, assessment or candidate');
  }
}
