/**
 * The main walk-through: `npm run example` (English) or `npm run example -- --lang nb` (bokmål).
 *
 * Zahra's case from the handbook, from referral to a year in work: needs,
 * SE suitability and programme eligibility; the adaptations and why; the
 * action plan checked, revised and checked again; four job openings ranked
 * and the best one balanced factor by factor; the case events up to the
 * first working day; and a year of follow-up after employment, scheduled,
 * checked and summarised. The data are in `examples/data/zahra.ts`. Every
 * date is fixed, so every run prints the same report.
 */
import {
  applyCaseEvent,
  assessSeSuitability,
  balanceJobMatch,
  candidateFromAssessment,
  canEnterStep,
  checkProgrammeEligibility,
  classifyNeeds,
  createCase,
  ELIGIBILITY_CRITERIA,
  explainRecommendation,
  getAdaptation,
  getNeed,
  getStep,
  isSupportedEmployment,
  localize,
  MATCH_FACTORS,
  NAV_MEASURES,
  parseJobOpening,
  parseTrainingPlan,
  rankOpenings,
  RecordedConsentSchema,
  recommendAdaptations,
  safeParseActionPlan,
  safeParseFollowUpPlan,
  safeParseNeedsAssessment,
  scheduleFollowUp,
  SE_INDICATORS,
  summarizeCase,
  validateActionPlan,
  validateFollowUpPlan,
  validateTrainingPlan,
  type ActionPlanInput,
  type CaseEvent,
  type ContactKind,
  type ContactParty,
  type Issue,
  type Locale,
  type SeCase,
  type ValidationReport,
} from '../src';
import { counted, langFrom, NOUNS, orUsageExit, percent, survivePipeClose, table } from './lib/cli';
import * as zahra from './data/zahra';

survivePipeClose();
const lang: Locale = orUsageExit(() => langFrom(process.argv.slice(2)), 'usage: full-case [--lang nb|en]');
const t = (text: { nb: string; en: string }): string => localize(text, lang);
const nb = lang === 'nb';

const WORDS = {
  title: {
    en: "Zahra's case: from referral to a year in work",
    nb: 'Zahras sak: fra henvisning til et år i jobb',
  },
  source: {
    en: 'Facts from the handbook story "Zahras historie" (L535–551); the dates and the matching facts are examples.',
    nb: 'Fakta fra håndbokas «Zahras historie» (L535–551); datoene og matchingsfaktaene er eksempler.',
  },
  needs: { en: '1. Referral and needs', nb: '1. Henvisning og bistandsbehov' },
  complex: { en: 'Complex needs (sammensatte bistandsbehov)', nb: 'Sammensatte bistandsbehov' },
  yes: { en: 'yes', nb: 'ja' },
  no: { en: 'no', nb: 'nei' },
  level: { en: 'level', nb: 'nivå' },
  severity: { en: 'severity', nb: 'alvorlighet' },
  need: { en: 'need', nb: 'behov' },
  evidence: { en: 'from the facts', nb: 'fra faktaene' },
  suitability: { en: 'SE suitability', nb: 'Egnethet for SE' },
  indicators: { en: 'Indicators of a need for closer follow-up', nb: 'Tegn på behov for tettere oppfølging' },
  eligibility: { en: 'Jobbsjansen eligibility', nb: 'Rett til Jobbsjansen' },
  unknownToAsk: { en: 'unknown at intake, to ask about', nb: 'ukjent ved kartleggingen, spør om' },
  adaptations: { en: '2. Adaptations for the target group', nb: '2. Tilpasninger for målgruppen' },
  firstExplained: {
    en: 'The first adaptation her needs point to, explained:',
    nb: 'Den første tilpasningen behovene hennes peker på, forklart:',
  },
  plan: { en: '3. The action plan (jobbstøtteplan)', nb: '3. Jobbstøtteplanen' },
  draft: {
    en: 'First draft: another unpaid placement of three and a half months',
    nb: 'Første utkast: enda en ulønnet praksis på tre og en halv måned',
  },
  revised: {
    en: 'Revised: six weeks of paid placement with a wage subsidy, then the job',
    nb: 'Revidert: seks uker lønnet praksis med lønnstilskudd, så jobben',
  },
  training: { en: 'Training plan (opplæringsplan) with the laundry', nb: 'Opplæringsplan med vaskeriet' },
  valid: { en: 'valid', nb: 'gyldig' },
  invalid: { en: 'NOT valid', nb: 'IKKE gyldig' },
  noIssues: { en: 'no issues', nb: 'ingen funn' },
  match: { en: '4. Job match (step 3)', nb: '4. Jobbmatch (trinn 3)' },
  opening: { en: 'opening', nb: 'stilling' },
  score: { en: 'score', nb: 'balanse' },
  coverage: { en: 'known', nb: 'kjent' },
  conflicts: { en: 'conflicts', nb: 'konflikter' },
  hard: { en: 'hard conflict', nb: 'absolutt konflikt' },
  balanceOf: { en: 'Balance for the best opening', nb: 'Balanse for beste stilling' },
  adaptable: { en: 'Works with adaptation', nb: 'Går med tilpasning' },
  conflict: { en: 'Conflict', nb: 'Konflikt' },
  unknownFactor: { en: 'To clarify before deciding', nb: 'Må avklares før dere bestemmer dere' },
  measures: { en: 'NAV measures', nb: 'NAV-virkemidler' },
  employment: {
    en: '5. Employment (steps 1–5 as case events)',
    nb: '5. Ansettelse (trinn 1–5 som hendelser i saken)',
  },
  step: { en: 'step', nb: 'trinn' },
  refused: { en: 'refused', nb: 'avvist' },
  allSteps: { en: 'All five steps included', nb: 'Alle fem trinn er med' },
  followUp: {
    en: '6. A year of follow-up after employment (etteroppfølging)',
    nb: '6. Et år med etteroppfølging',
  },
  schedule: { en: 'Schedule', nb: 'Plan' },
  until: { en: 'until', nb: 'til' },
  checkOn: { en: 'Follow-up plan checked on', nb: 'Oppfølgingsplanen sjekket' },
  summaryOn: { en: 'Summary on', nb: 'Oppsummering' },
  closed: { en: 'case closed', nb: 'saken er avsluttet' },
  open: { en: 'case open', nb: 'saken er åpen' },
  outcome: { en: 'outcome', nb: 'resultat' },
  weeksToPaidWork: { en: 'weeks from referral to paid work', nb: 'uker fra henvisning til lønnet arbeid' },
  unpaidWeeks: { en: 'weeks of unpaid placement', nb: 'uker ulønnet praksis' },
  followUpMonths: { en: 'months of follow-up', nb: 'måneder etteroppfølging' },
  contactsHeld: { en: 'follow-up contacts held', nb: 'oppfølgingskontakter gjennomført' },
  consents: { en: 'consents in force', nb: 'samtykker som gjelder' },
  none: { en: 'none', nb: 'ingen' },
  end: { en: 'End of report.', nb: 'Slutt på rapporten.' },
} as const;
const w = (key: keyof typeof WORDS): string => t(WORDS[key]);

const SEVERITY = {
  error: { en: 'error', nb: 'feil' },
  warning: { en: 'warning', nb: 'advarsel' },
  info: { en: 'note', nb: 'merknad' },
} as const;
const STATUS = {
  eligible: { en: 'eligible', nb: 'har rett' },
  'not-eligible': { en: 'not eligible', nb: 'har ikke rett' },
  unknown: { en: 'not yet known', nb: 'ikke avklart ennå' },
  met: { en: 'met', nb: 'oppfylt' },
  unmet: { en: 'not met', nb: 'ikke oppfylt' },
} as const;
const RECOMMENDATION = {
  recommended: { en: 'recommended', nb: 'anbefalt' },
  consider: { en: 'can be offered', nb: 'kan tilbys' },
  'motivation-work-first': { en: 'motivation work first', nb: 'motivasjonsarbeid først' },
} as const;
const TIER = {
  core: { en: 'core', nb: 'kjerne' },
  indicated: { en: 'indicated', nb: 'indikert' },
  offer: { en: 'offer', nb: 'tilbud' },
} as const;
const EVENT = {
  placementStarted: { en: 'placement started', nb: 'praksis startet' },
  placementEnded: { en: 'placement ended', nb: 'praksis avsluttet' },
  employmentStarted: { en: 'first working day', nb: 'første arbeidsdag' },
  hours: { en: 'hours a week', nb: 'timer i uka' },
} as const;
const LEVEL = {
  micro: { en: 'micro', nb: 'mikro' },
  meso: { en: 'meso', nb: 'meso' },
  macro: { en: 'macro', nb: 'makro' },
} as const;
const VALUE: Readonly<Record<string, { en: string; nb: string }>> = {
  'paid-placement': { en: 'paid placement', nb: 'lønnet praksis' },
  hired: { en: 'hired', nb: 'ansatt' },
  substitute: { en: 'substitute post', nb: 'vikariat' },
};
const value = (id: string): string => t(VALUE[id] ?? { en: id, nb: id });
const PARTY = {
  candidate: { en: 'ask her', nb: 'spør henne' },
  employer: { en: 'ask the employer', nb: 'spør arbeidsgiver' },
  both: { en: 'ask both', nb: 'spør begge' },
} as const;
const OUTCOME = { work: { en: 'work', nb: 'arbeid' } } as const;
const SEVERITY_OF_NEED = {
  low: { en: 'low', nb: 'lav' },
  moderate: { en: 'moderate', nb: 'moderat' },
  high: { en: 'high', nb: 'høy' },
} as const;

const out: string[] = [];
const say = (line = ''): void => {
  out.push(line);
};
const heading = (text: string): void => {
  say();
  say(text);
  say('='.repeat(text.length));
};

function orThrow<T>(
  result: { ok: true; value: T } | { ok: false; issues: readonly Issue[] },
  what: string,
): T {
  if (!result.ok)
    throw new Error(`${what}: ${result.issues.map((i) => `${i.code} at ${i.path.join('.')}`).join('; ')}`);
  return result.value;
}

function printReport(report: ValidationReport): void {
  say(
    `  ${report.valid ? w('valid') : w('invalid')}${report.issues.length === 0 ? ` – ${w('noIssues')}` : ''}`,
  );
  for (const issue of report.issues) {
    say(`  - ${t(SEVERITY[issue.severity])}: ${t(issue.message)}`);
    say(`      ${issue.code}${issue.path.length > 0 ? ` @ ${issue.path.join('.')}` : ''}`);
  }
}

say(w('title'));
say(w('source'));

// ---------------------------------------------------------------------------
// 1. Referral and needs: parse at the edge, then classify, suitability, eligibility.
heading(w('needs'));
const assessment = orThrow(safeParseNeedsAssessment(zahra.ASSESSMENT), 'assessment');
const profile = classifyNeeds(assessment);
say(
  table(
    [w('need'), w('level'), w('severity'), w('evidence')],
    profile.needs.map((n) => [
      `${t(getNeed(n.id).label)}${n.urgent ? ' (!)' : ''}`,
      t(LEVEL[n.level]),
      t(SEVERITY_OF_NEED[n.severity]),
      n.evidence.slice(0, 2).join(', '),
    ]),
  ),
);
say();
say(`${w('complex')}: ${profile.isComplex ? w('yes') : w('no')}`);

const suitability = assessSeSuitability(assessment);
say(`${w('suitability')}: ${t(RECOMMENDATION[suitability.recommendation])}`);
for (const reason of suitability.reasons) say(`  - ${t(reason.message)}`);
say(`  ${w('indicators')}: ${suitability.indicators.map((id) => t(SE_INDICATORS[id].label)).join('; ')}`);

const eligibility = checkProgrammeEligibility(assessment, 'jobbsjansen');
const mainGroup = eligibility.groups[0]!;
say(`${w('eligibility')}: ${t(STATUS[eligibility.status])}`);
for (const criterion of mainGroup.criteria) {
  say(`  - ${t(ELIGIBILITY_CRITERIA[criterion.id].label)}: ${t(STATUS[criterion.status])}`);
}
say(`  ${w('unknownToAsk')}: ${profile.unknowns.slice(0, 6).join(', ')}`);

// ---------------------------------------------------------------------------
// 2. Adaptations, at the case's current step (vocational profiling).
heading(w('adaptations'));
const recommendations = recommendAdaptations(profile, {
  currentStep: 'vocational-profiling',
  programme: 'jobbsjansen',
});
say(
  table(
    ['', '§', nb ? 'tilpasning' : 'adaptation'],
    recommendations.map((r) => [
      t(TIER[r.tier]),
      getAdaptation(r.adaptationId).source.section.match(/§\d+/)?.[0] ?? '',
      t(r.title),
    ]),
  ),
);
const firstIndicated = recommendations.find((r) => r.tier === 'indicated') ?? recommendations[0]!;
say();
say(w('firstExplained'));
for (const line of explainRecommendation(firstIndicated, lang).split('\n')) say(`  ${line}`);

// ---------------------------------------------------------------------------
// 3. The action plan, validated against her situation, revised and validated again.
heading(w('plan'));
const consents = zahra.CONSENTS.map((c) => RecordedConsentSchema.parse(c));
const trainingPlan = parseTrainingPlan(zahra.TRAINING_PLAN);
const planContext = {
  ...zahra.PLAN_CONTEXT,
  asOf: zahra.PLAN_AS_OF,
  consents,
  needsProfile: profile,
  trainingPlans: [trainingPlan],
};
const checkPlan = (input: ActionPlanInput): ValidationReport =>
  validateActionPlan(orThrow(safeParseActionPlan(input), 'plan'), planContext);
say(`${w('draft')} (${zahra.PLAN_AS_OF}):`);
printReport(checkPlan(zahra.DRAFT_PLAN));
say();
say(`${w('revised')}:`);
printReport(checkPlan(zahra.REVISED_PLAN));
say();
say(`${w('training')}:`);
printReport(validateTrainingPlan(trainingPlan, { asOf: '2026-04-13', consents, needsProfile: profile }));

// ---------------------------------------------------------------------------
// 4. Job match: rank four openings, then balance the best one factor by factor.
heading(w('match'));
// The candidate is built from the assessment after vocational profiling, plus the facts only matching needs.
const profiled = orThrow(
  safeParseNeedsAssessment({ ...zahra.ASSESSMENT, ...zahra.PROFILING_FACTS }),
  'profiling',
);
const candidate = candidateFromAssessment(profiled, zahra.MATCHING_FACTS);
const openings = zahra.OPENINGS.map((o) => parseJobOpening(o));
const ranked = rankOpenings(candidate, openings);
say(
  table(
    ['#', w('opening'), w('score'), w('coverage'), w('conflicts')],
    ranked.map((r, i) => [
      i + 1,
      t(zahra.OPENING_TITLES[r.openingId] ?? { nb: r.openingId, en: r.openingId }),
      percent(r.score),
      percent(r.coverage),
      r.hardConflict
        ? `${w('hard')}: ${r.hardConflicts.join(', ')}`
        : r.conflicts.map((f) => t(MATCH_FACTORS[f].title)).join(', ') || '-',
    ]),
  ),
);
const best = openings[ranked[0]!.index]!;
const balance = balanceJobMatch(candidate, best);
say();
say(
  `${w('balanceOf')}: ${t(zahra.OPENING_TITLES[best.id] ?? { nb: best.id, en: best.id })} – ${percent(balance.score)}`,
);
for (const [status, label] of [
  ['adaptable', w('adaptable')],
  ['conflict', w('conflict')],
] as const) {
  const factors = balance.factors.filter((f) => f.status === status);
  if (factors.length === 0) continue;
  say(`  ${label}:`);
  for (const f of factors) {
    const how = [
      ...f.adaptations.map((a) => t(getAdaptation(a).title)),
      ...f.navMeasures.map((m) => t(NAV_MEASURES[m].title)),
    ];
    say(`  - ${t(MATCH_FACTORS[f.factor].title)}: ${t(f.reason)}`);
    if (how.length > 0) say(`      → ${how.join('; ')}`);
  }
}
if (balance.clarifications.length > 0) {
  say(`  ${w('unknownFactor')}:`);
  for (const q of balance.clarifications) say(`  ? ${t(PARTY[q.party])}: ${t(q.question)}`);
}

// ---------------------------------------------------------------------------
// 5. The case as events: each step entered only when the method allows it.
heading(w('employment'));
let seCase: SeCase = createCase(zahra.OPENING);
const apply = (event: CaseEvent): void => {
  if (event.type === 'step-entered') {
    const step = getStep(event.step);
    const readiness = canEnterStep(seCase, event.step);
    say(`  ${event.date}  ${w('step')} ${step.number}: ${t(step.name)}`);
    for (const issue of readiness.issues)
      say(`              ${t(SEVERITY[issue.severity])}: ${t(issue.message)}`);
  } else if (event.type === 'placement-started') {
    say(
      `  ${event.date}    ${t(EVENT.placementStarted)}: ${value(event.kind)}, ${event.hoursPerWeek} ${t(EVENT.hours)}`,
    );
  } else if (event.type === 'placement-ended') {
    say(`  ${event.date}    ${t(EVENT.placementEnded)}: ${value(event.reason)}`);
  } else if (event.type === 'employment-started') {
    say(
      `  ${event.date}    ${t(EVENT.employmentStarted)}: ${value(event.contractType)}, ${event.positionPercent ?? '-'} %`,
    );
  }
  const result = applyCaseEvent(seCase, event);
  if (!result.ok)
    throw new Error(`${w('refused')} ${event.id}: ${result.issues.map((i) => i.code).join(', ')}`);
  seCase = result.value;
};
zahra.EVENTS_TO_EMPLOYMENT.forEach(apply);
const fidelity = isSupportedEmployment(seCase);
say(
  `  ${w('allSteps')}: ${fidelity.supportedEmployment ? w('yes') : w('no')} (${fidelity.includedSteps.length}/5)`,
);

// ---------------------------------------------------------------------------
// 6. A year of follow-up after employment: schedule, record, check, summarise.
heading(w('followUp'));
const schedule = scheduleFollowUp(zahra.EMPLOYMENT);
say(
  `${w('schedule')}: ${schedule.startDate} ${w('until')} ${schedule.plannedEndDate}, ${counted(schedule.contacts.length, NOUNS.contact, lang)}, ` +
    `${counted(schedule.triangularMeetings.length, NOUNS.triangularMeeting, lang)} (${schedule.triangularMeetings.map((m) => m.date).join(', ')})`,
);
const held = (date: string, asOf: string): 'held' | 'missed' | 'planned' =>
  date >= asOf ? 'planned' : zahra.MISSED_CONTACTS.includes(date) ? 'missed' : 'held';
const followUpPlanOn = (asOf: string): ReturnType<typeof validateFollowUpPlan> => {
  const plan = orThrow(
    safeParseFollowUpPlan({
      id: 'follow-up-zahra',
      participantRef: zahra.PARTICIPANT,
      employment: zahra.EMPLOYMENT,
      ...schedule,
      introducedOn: '2026-05-22',
      contacts: schedule.contacts.map((c) => ({ ...c, status: held(c.date, asOf) })),
      triangularMeetings: schedule.triangularMeetings.map((m) => ({ ...m, status: held(m.date, asOf) })),
      topics: [
        'position-share',
        'responsibilities',
        'career-development',
        'workplace-inclusion',
        'competence-development',
        'language-development',
        'family',
        'housing',
        'health',
        'public-services',
      ],
      responsible: [
        { role: 'job-specialist', ref: 'js-1' },
        { role: 'participant', ref: zahra.PARTICIPANT },
        { role: 'employer', ref: 'laundry-holmlia-manager' },
      ],
    }),
    'follow-up plan',
  );
  return validateFollowUpPlan(plan, { asOf, consents, trainingPlans: [trainingPlan] });
};
say();
say(`${w('checkOn')} ${zahra.FOLLOW_UP_CHECK_ON}:`);
printReport(followUpPlanOn(zahra.FOLLOW_UP_CHECK_ON));

// The held contacts become case events, so the case knows the follow-up happened.
const channelOf: Record<ContactKind, 'in-person' | 'workplace-visit' | 'phone' | 'video' | 'sms' | 'email'> =
  {
    meeting: 'in-person',
    'workplace-visit': 'workplace-visit',
    phone: 'phone',
    message: 'sms',
    email: 'email',
    video: 'video',
  };
const withOf = (parties: readonly ContactParty[]): 'participant' | 'employer' | 'both' =>
  parties.includes('participant') && parties.includes('employer')
    ? 'both'
    : parties.includes('employer')
      ? 'employer'
      : 'participant';
schedule.contacts
  .filter((c) => c.date <= zahra.YEAR_END && !zahra.MISSED_CONTACTS.includes(c.date))
  .forEach((c, i) => {
    apply({
      type: 'follow-up-contact',
      id: `f${String(i + 1).padStart(2, '0')}`,
      date: c.date,
      channel: channelOf[c.kind],
      with: withOf(c.withWhom),
    });
  });

// A year after the first working day, Jobbsjansen's follow-up ends and the case closes with work.
apply({ type: 'case-closed', id: 'closed', date: zahra.YEAR_END, outcome: 'work' });
const summary = summarizeCase(seCase, { asOf: zahra.YEAR_END });
say();
say(
  `${w('summaryOn')} ${zahra.YEAR_END}: ${summary.status === 'closed' ? w('closed') : w('open')}${summary.outcome === 'work' ? `, ${w('outcome')}: ${t(OUTCOME.work)}` : ''}`,
);
say(`  ${String(summary.weeksToPaidWork ?? '-').padStart(3)}  ${w('weeksToPaidWork')}`);
say(`  ${String(summary.unpaidPlacementWeeks).padStart(3)}  ${w('unpaidWeeks')}`);
say(`  ${String(summary.followUpMonths ?? 0).padStart(3)}  ${w('followUpMonths')}`);
say(`  ${String(seCase.followUpContacts.length).padStart(3)}  ${w('contactsHeld')}`);
say(`       ${w('consents')}: ${summary.openConsents.join(', ')}`);
say();
say(w('end'));

console.log(out.join('\n'));
