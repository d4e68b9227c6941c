import { z } from 'zod';
import { IsoDateSchema } from '../../core/dates/isoDate';
import { PolicySchema } from '../../core/policySchema';
import { NeedsProfileSchema } from '../../needs/needsProfile';
import { NorwegianLevelSchema } from '../../needs/norwegianLevelSchema';
import { NavNeedsGroupSchema } from '../navMeasureIdSchema';
import { RecordedConsentSchema } from '../recordedConsent';
import { TrainingPlanSchema } from '../trainingPlan';

/** The facts of the context that are numbers or levels, with their bounds (the rest the rules only look up). */
export const ContextFactsSchema = z.object({
  availableHoursPerWeek: z.number().min(0).optional(),
  norwegianLevel: NorwegianLevelSchema.optional(),
  unpaidPlacementsWithoutHiring: z.number().int().min(0).max(1000),
});

/**
 * The shape of a {@link PlanValidationContext}, used only after a rule has
 * failed, to tell a context that does not fit (bad input) from a bug.
 */
export const PlanValidationContextSchema = z.object({
  asOf: IsoDateSchema,
  policy: PolicySchema.optional(),
  needsProfile: NeedsProfileSchema.optional(),
  availableHoursPerWeek: z.number().optional(),
  norwegianLevel: NorwegianLevelSchema.optional(),
  consents: z.array(RecordedConsentSchema).optional(),
  navNeedsGroup: NavNeedsGroupSchema.optional(),
  trainingPlans: z.array(TrainingPlanSchema).optional(),
  case: z
    .object({
      consents: z.array(RecordedConsentSchema).optional(),
      employments: z.array(z.object({ employerRef: z.string(), firstWorkingDay: IsoDateSchema })).optional(),
      unpaidPlacementsWithoutHiring: z.number().optional(),
    })
    .optional(),
});
