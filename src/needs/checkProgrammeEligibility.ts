import { z } from 'zod';
import { SupportedEmploymentError } from '../core/errors';
import { resolveOptions } from '../_lib/resolveOptions';
import { DEFAULT_NEED_THRESHOLDS } from './needThresholds';
import { NeedThresholdsSchema } from './needThresholdsSchema';
import type { Issue } from '../issue';
import { library } from '../_lib/needs/sources';
import { ELIGIBILITY_CRITERIA, type EligibilityCriterionId } from './eligibilityCriteria';
import type { NeedsAssessment } from './needsAssessment';
import type { Programme } from './programme';
import type { CriterionResult, EligibilityStatus, ProgrammeEligibility } from './programmeEligibility';
import { PROGRAMME_ELIGIBILITY } from './programmeEligibilityRules';
import { guard, guardOptions } from '../_lib/guards';
import { NeedsAssessmentSchema } from './needsAssessment';

function pathOf(path: string | undefined): string[] {
  return path === undefined ? [] : path.split('.');
}

/**
 * The options of {@link checkProgrammeEligibility}.
 *
 * @remarks
 * `thresholds` overrides the numbers and levels the criteria compare with (the
 * programme's age range, the years of compulsory school, the working Norwegian
 * level); anything left out keeps its value in {@link DEFAULT_NEED_THRESHOLDS},
 * where each default names its source.
 *
 * @example
 * ```ts
 * CheckProgrammeEligibilityOptionsSchema.parse({ thresholds: { programmeMaxAge: 60 } });
 * ```
 * @category Needs
 */
export const CheckProgrammeEligibilityOptionsSchema = z.strictObject({
  /** Overrides of the thresholds the criteria read; see {@link DEFAULT_NEED_THRESHOLDS}. */
  thresholds: NeedThresholdsSchema.partial().optional(),
});

/**
 * The options of {@link checkProgrammeEligibility}, as a caller writes them.
 *
 * @example
 * ```ts
 * const options: CheckProgrammeEligibilityOptions = { thresholds: { programmeMinAge: 16 } };
 * ```
 * @category Needs
 */
export type CheckProgrammeEligibilityOptions = z.input<typeof CheckProgrammeEligibilityOptionsSchema>;

/**
 * Checks a participant's facts against a programme's eligibility criteria.
 *
 * @remarks
 * The criteria are data ({@link PROGRAMME_ELIGIBILITY}, checked with
 * {@link ELIGIBILITY_CRITERIA}): a programme admits one or more groups, and a
 * person is `eligible` when she meets every criterion of one group,
 * `not-eligible` when every group has a criterion she does not meet, and
 * `unknown` otherwise — or when the library holds no criteria for the programme
 * (`nav`, `other`). Jobbsjansen's groups come from the handbook's "Målgruppe"
 * (L67–71) and IMDi's terms (AFI 1, L2976–2984). Each unmet criterion is also
 * an issue (`programme_criterion_unmet`, warning) and each undecided one
 * an issue (`programme_criterion_unknown`, info), with the path of the fact.
 * This is about the programme, never about SE: nobody who wants work is
 * excluded from SE (domain specification §2).
 *
 * @param assessment - The parsed assessment.
 * @param programme - The programme to check.
 * @param options - `thresholds` the criteria compare with (default {@link DEFAULT_NEED_THRESHOLDS}).
 * @returns The outcome, each group's criteria, the unmet and unknown criteria, and issues.
 * @throws {@link SupportedEmploymentError} `unknown_id` when `programme` is not a {@link Programme};
 *   `invalid_option` when an option does not fit {@link CheckProgrammeEligibilityOptionsSchema}.
 * @example
 * ```ts
 * const result = checkProgrammeEligibility({ id: 'a-1', assessedOn: '2026-03-02', gender: 'female', age: 43,
 *   currentWork: 'none', singleProvider: true, finances: { mainIncome: 'transitional-benefit' } }, 'jobbsjansen');
 * result.status; // => 'eligible'
 * result.matchedGroup; // => 'single-providers-on-transitional-benefit'
 * ```
 * @category Needs
 */
export function checkProgrammeEligibility(
  assessment: NeedsAssessment,
  programme: Programme,
  options: CheckProgrammeEligibilityOptions = {},
): ProgrammeEligibility {
  guard(NeedsAssessmentSchema, assessment, 'assessment', 'checkProgrammeEligibility');
  guardOptions(options, 'checkProgrammeEligibility');
  const resolved = resolveOptions(
    CheckProgrammeEligibilityOptionsSchema,
    options,
    'checkProgrammeEligibility',
  );
  const thresholds =
    resolved.thresholds === undefined
      ? DEFAULT_NEED_THRESHOLDS
      : resolveOptions(
          NeedThresholdsSchema,
          { ...DEFAULT_NEED_THRESHOLDS, ...resolved.thresholds },
          'checkProgrammeEligibility (thresholds)',
        );
  const rules =
    typeof programme === 'string' && Object.hasOwn(PROGRAMME_ELIGIBILITY, programme)
      ? PROGRAMME_ELIGIBILITY[programme]
      : undefined;
  if (rules === undefined) {
    throw new SupportedEmploymentError('unknown_id', 'There is no programme with this id; see PROGRAMMES.');
  }
  if (!rules.catalogued) {
    return {
      programme,
      status: 'unknown',
      groups: [],
      unmet: [],
      unknown: [],
      issues: [
        {
          code: 'programme_criteria_not_catalogued',
          severity: 'info',
          path: ['programme'],
          message: {
            nb: 'Biblioteket har ingen opptakskriterier for dette programmet; vurder etter programmets egne regler.',
            en: "The library holds no eligibility criteria for this programme; check the programme's own rules.",
          },
          source: library('Programme eligibility catalogue (domain specification §4)'),
        },
      ],
    };
  }

  const groups: ProgrammeEligibility['groups'] = [];
  for (const group of rules.groups) {
    const criteria: CriterionResult[] = [];
    let status: EligibilityStatus = 'eligible';
    for (const { id, source } of group.criteria) {
      const criterion = ELIGIBILITY_CRITERIA[id];
      const met = criterion.evaluate(assessment, thresholds);
      const result = met === true ? 'met' : met === false ? 'unmet' : 'unknown';
      if (result === 'unmet') status = 'not-eligible';
      else if (result === 'unknown' && status === 'eligible') status = 'unknown';
      criteria.push({ id, status: result, paths: [...criterion.paths], source });
    }
    groups.push({ id: group.id, status, criteria });
  }

  const matched = groups.find((g) => g.status === 'eligible');
  const status: EligibilityStatus =
    matched !== undefined
      ? 'eligible'
      : groups.every((g) => g.status === 'not-eligible')
        ? 'not-eligible'
        : 'unknown';

  const unmet: EligibilityCriterionId[] = [];
  const unknown: EligibilityCriterionId[] = [];
  const issues: Issue[] = [];
  if (status !== 'eligible') {
    for (const group of groups) {
      for (const c of group.criteria) {
        const label = ELIGIBILITY_CRITERIA[c.id].label;
        if (c.status === 'unmet' && !unmet.includes(c.id)) {
          unmet.push(c.id);
          issues.push({
            code: 'programme_criterion_unmet',
            severity: 'warning',
            path: pathOf(c.paths[0]),
            message: {
              nb: `Kriteriet er ikke oppfylt: ${label.nb}.`,
              en: `The criterion is not met: ${label.en}.`,
            },
            source: c.source,
          });
        } else if (c.status === 'unknown' && group.status === 'unknown' && !unknown.includes(c.id)) {
          unknown.push(c.id);
          issues.push({
            code: 'programme_criterion_unknown',
            severity: 'info',
            path: pathOf(c.paths[0]),
            message: {
              nb: `Kriteriet kan ikke avgjøres ennå (opplysninger mangler): ${label.nb}.`,
              en: `The criterion cannot be decided yet (facts are missing): ${label.en}.`,
            },
            source: c.source,
          });
        }
      }
    }
  }

  return matched === undefined
    ? { programme, status, groups, unmet, unknown, issues }
    : { programme, status, matchedGroup: matched.id, groups, unmet, unknown, issues };
}
