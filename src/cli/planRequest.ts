/**
 * The one request format that `supported-employment validate-plan` (a file),
 * `examples/validate-plan.ts` and `examples/plan-service.ts` (an HTTP body)
 * accept, and the check behind them.
 *
 * A request is JSON, either a bare action plan or an envelope with the date
 * to check at and the participant's situation:
 *
 * ```json
 * {
 *   "asOf": "2026-03-02",
 *   "context": { "availableHoursPerWeek": 20, "norwegianLevel": "b1", "consents": [{ "scope": "employer-sharing", "givenOn": "2026-02-02" }] },
 *   "plan": { "id": "plan-1", "participantRef": "pt-1", "mainGoal": { … }, "activities": [ … ] }
 * }
 * ```
 *
 * Every issue's `path` points into the request as sent (`plan.activities.1`
 * in an envelope, `activities.1` for a bare plan).
 *
 * The plan itself fits `supported-employment/schemas/action-plan.schema.json`,
 * so a sender in another language can check it before sending. Request-level
 * problems get the example's own codes (`request_not_json`,
 * `request_invalid`); problems in the plan get the library's codes.
 */
import { z } from 'zod';
import {
  IsoDateSchema,
  isIsoDate,
  NavNeedsGroupSchema,
  NorwegianLevelSchema,
  RecordedConsentSchema,
  safeParseActionPlan,
  TrainingPlanSchema,
  validateActionPlan,
  type Issue,
  type IsoDate,
  type PlanValidationContext,
  type ValidationReport,
} from '../index';

/** The participant facts a request may carry (all optional; rules that need a missing fact are skipped). */
const RequestContextSchema = z.strictObject({
  /** The hours per week she can give to plan activities. */
  availableHoursPerWeek: z.number().min(0).max(80).optional(),
  /** Her Norwegian level. */
  norwegianLevel: NorwegianLevelSchema.optional(),
  /** The consents recorded for her. */
  consents: z.array(RecordedConsentSchema).optional(),
  /** Her NAV needs group, for the NAV measure limits. */
  navNeedsGroup: NavNeedsGroupSchema.optional(),
  /** Her training plans. */
  trainingPlans: z.array(TrainingPlanSchema).optional(),
  /** Unpaid placements before this plan that ended without hiring (the practice trap). */
  unpaidPlacementsWithoutHiring: z.number().int().min(0).max(100).optional(),
});

const EnvelopeSchema = z.strictObject({
  asOf: IsoDateSchema.optional(),
  context: RequestContextSchema.optional(),
  plan: z.unknown(),
});

/** The outcome of checking one request. */
export type PlanCheck =
  | { readonly kind: 'bad-request'; readonly issues: readonly Issue[] }
  | { readonly kind: 'checked'; readonly asOf: IsoDate; readonly report: ValidationReport };

const REQUEST_MESSAGES = {
  request_not_json: { nb: 'Innholdet er ikke gyldig JSON.', en: 'The content is not valid JSON.' },
  request_invalid: {
    nb: 'Forespørselen har feil form.',
    en: 'The request does not have the expected shape.',
  },
  request_invalid_as_of: {
    nb: 'asOf må være en kalenderdato (ÅÅÅÅ-MM-DD).',
    en: 'asOf must be a calendar date (YYYY-MM-DD).',
  },
} as const;

function requestIssue(code: keyof typeof REQUEST_MESSAGES, path: (string | number)[] = []): Issue {
  // The example's own codes are not in the library's closed union, hence the cast.
  return { code: code as Issue['code'], severity: 'error', path, message: REQUEST_MESSAGES[code] };
}

/** Today's date in UTC: the fallback when neither the caller nor the request says which date to check at. */
export function todayUtc(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Checks a request given as JSON text.
 *
 * @param text - The request body or file content.
 * @param asOfOverride - A date from the command line or the query string; wins over the request's own `asOf`.
 * @param today - Where "today" comes from when no date is given (the clock, outside tests).
 */
export function checkPlanRequest(
  text: string,
  asOfOverride: string | undefined,
  today: () => IsoDate = todayUtc,
): PlanCheck {
  if (asOfOverride !== undefined && !isIsoDate(asOfOverride))
    return { kind: 'bad-request', issues: [requestIssue('request_invalid_as_of', ['asOf'])] };
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return { kind: 'bad-request', issues: [requestIssue('request_not_json')] };
  }
  const isEnvelope = typeof body === 'object' && body !== null && !Array.isArray(body) && 'plan' in body;
  const envelope = isEnvelope ? EnvelopeSchema.safeParse(body) : undefined;
  if (envelope && !envelope.success) {
    return {
      kind: 'bad-request',
      issues: envelope.error.issues.map((i) =>
        requestIssue(
          i.path[0] === 'asOf' ? 'request_invalid_as_of' : 'request_invalid',
          i.path.map((k) => (typeof k === 'number' ? k : String(k))),
        ),
      ),
    };
  }
  const parsedPlan = safeParseActionPlan(envelope ? envelope.data.plan : body);
  if (!parsedPlan.ok) {
    return {
      kind: 'bad-request',
      issues: parsedPlan.issues.map((i) => (envelope ? { ...i, path: ['plan', ...i.path] } : i)),
    };
  }
  const given = envelope?.data.context ?? {};
  const { unpaidPlacementsWithoutHiring, ...facts } = given;
  const asOf = asOfOverride ?? envelope?.data.asOf ?? today();
  const context: PlanValidationContext = {
    ...facts,
    asOf,
    ...(unpaidPlacementsWithoutHiring === undefined ? {} : { case: { unpaidPlacementsWithoutHiring } }),
  };
  const report = validateActionPlan(parsedPlan.value, context);
  return {
    kind: 'checked',
    asOf,
    report: envelope
      ? { ...report, issues: report.issues.map((i) => ({ ...i, path: ['plan', ...i.path] })) }
      : report,
  };
}
