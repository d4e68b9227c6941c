/**
 * The shapes of the outcome models that are built, not parsed (a rate, a
 * duration, a report), for the guards at the door of the functions that read
 * them (`compareWithTargets`, `compareRates`, `assessSeqf`). Only the fields
 * those functions read or pass on are described, and unknown keys are allowed:
 * a report is the output of `computeOutcomeKpis`, never an import.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../../core/dates/isoDate';
import { SourceRefSchema } from '../../core/sourceRefSchema';
import { COHORT_BASES, DURATION_KPI_IDS, RATE_DEFINITIONS, RATE_KPI_IDS } from '../../outcomes/outcomeReport';

/** The most result targets one comparison takes: a longer list is refused before it is read. */
export const MAX_TARGETS = 100;

/** The shape of a `Rate`: the fields that comparisons and suggestions read. */
export const RateShape = z.object({
  id: z.enum(RATE_KPI_IDS),
  definition: z.enum(RATE_DEFINITIONS),
  numerator: z.number(),
  denominator: z.number(),
  value: z.number(),
  lowN: z.boolean(),
  coverage: z.number().optional(),
  source: SourceRefSchema,
});

/** The shape of a `Duration`: the fields that suggestions read. */
export const DurationShape = z.object({
  id: z.enum(DURATION_KPI_IDS),
  n: z.number(),
  median: z.number(),
  mean: z.number(),
  anchorBand: z.enum(['top', 'within-lowest', 'beyond']),
  source: SourceRefSchema,
});

/** The shape of an `OutcomeReport`: cohort, every rate and every duration (each a model or null). */
export const ReportShape = z.object({
  asOf: IsoDateSchema,
  cohort: z.object({ basis: z.enum(COHORT_BASES), from: IsoDateSchema, to: IsoDateSchema }),
  rates: z.object(
    Object.fromEntries(RATE_KPI_IDS.map((id) => [id, RateShape.nullable()])) as Record<
      (typeof RATE_KPI_IDS)[number],
      z.ZodNullable<typeof RateShape>
    >,
  ),
  durations: z.object(
    Object.fromEntries(DURATION_KPI_IDS.map((id) => [id, DurationShape.nullable()])) as Record<
      (typeof DURATION_KPI_IDS)[number],
      z.ZodNullable<typeof DurationShape>
    >,
  ),
});
