import { deepFreeze } from '../deepFreeze';
import type { Severity } from '../../core/issue';
import type { Issue } from '../../issue';
import type { LocalizedText } from '../../core/localizedText';
import type { SourceRef } from '../../core/sourceRef';
import type { ConsentScope } from '../../process/consentScope';
import type { ProcessIssueCode } from '../../process/issueCodes';
import type { SeStepId } from '../../process/seStep';
import { SE_STEPS } from '../../process/seSteps';
import { SRC } from './sources';

interface Rule {
  readonly message: LocalizedText;
  readonly source: SourceRef;
}

const RULES: Readonly<Record<ProcessIssueCode, Rule>> = deepFreeze({
  event_before_case_opened: {
    message: {
      nb: 'Hendelsen er datert før saken ble opprettet.',
      en: 'The event is dated before the case was opened.',
    },
    source: SRC.eventLog,
  },
  event_out_of_order: {
    message: {
      nb: 'Hendelsen er datert før den siste hendelsen i saken. Registrer hendelser i datorekkefølge.',
      en: "The event is dated before the case's latest event. Record events in date order.",
    },
    source: SRC.eventLog,
  },
  event_id_duplicate: {
    message: {
      nb: 'En annen hendelse i saken har allerede denne id-en.',
      en: 'Another event in the case already has this id.',
    },
    source: SRC.eventLog,
  },
  case_closed: {
    message: {
      nb: 'Saken er avsluttet. En ny henvisning hører hjemme i en ny sak.',
      en: 'The case is closed. A new referral belongs in a new case.',
    },
    source: SRC.eventLog,
  },
  referral_missing: {
    message: {
      nb: 'Saken har ingen henvisning til SE ennå. Registrer henvisningen først.',
      en: 'The case has no referral to SE yet. Record the referral first.',
    },
    source: SRC.referral,
  },
  referral_duplicate: {
    message: {
      nb: 'Saken har allerede en henvisning. En ny henvisning hører hjemme i en ny sak.',
      en: 'The case already has a referral. A new referral belongs in a new case.',
    },
    source: SRC.referralRoutines,
  },
  consent_not_given: {
    message: {
      nb: 'Deltakeren har ikke gitt samtykket som trengs for dette.',
      en: 'The participant has not given the consent this requires.',
    },
    source: SRC.consentFree,
  },
  consent_withdrawn: {
    message: {
      nb: 'Deltakeren har trukket tilbake samtykket som trengs for dette.',
      en: 'The participant has withdrawn the consent this requires.',
    },
    source: SRC.participantDecides,
  },
  consent_withdrawal_without_consent: {
    message: {
      nb: 'Dette samtykket gjelder ikke nå, så det kan ikke trekkes tilbake.',
      en: 'This consent is not in force, so it cannot be withdrawn.',
    },
    source: SRC.gdpr,
  },
  step_unchanged: {
    message: { nb: 'Saken er allerede på dette trinnet.', en: 'The case is already in this step.' },
    source: SRC.backAndForth,
  },
  step_back_without_reason: {
    message: {
      nb: 'Å gå tilbake til et tidligere trinn er lov, men trenger en begrunnelse.',
      en: 'Moving back to an earlier step is allowed, but needs a reason.',
    },
    source: SRC.backAndForth,
  },
  initial_assessment_exists: {
    message: {
      nb: 'Saken har allerede en behovskartlegging. Registrer senere kartlegginger som ny vurdering.',
      en: 'The case already has a needs assessment. Record later ones as reassessments.',
    },
    source: SRC.reassessment,
  },
  reassessment_without_assessment: {
    message: {
      nb: 'Det finnes ingen tidligere behovskartlegging å vurdere på nytt.',
      en: 'There is no earlier needs assessment to reassess.',
    },
    source: SRC.reassessment,
  },
  assessment_id_duplicate: {
    message: {
      nb: 'Denne kartleggingen er allerede registrert i saken.',
      en: 'This assessment is already recorded in the case.',
    },
    source: SRC.eventLog,
  },
  placement_id_duplicate: {
    message: {
      nb: 'En praksis med denne id-en er allerede startet.',
      en: 'A placement with this id has already started.',
    },
    source: SRC.eventLog,
  },
  placement_not_started: {
    message: {
      nb: 'Ingen praksis med denne id-en er startet, så den kan ikke avsluttes.',
      en: 'No placement with this id has started, so it cannot end.',
    },
    source: SRC.eventLog,
  },
  placement_already_ended: {
    message: { nb: 'Praksisen er allerede avsluttet.', en: 'The placement has already ended.' },
    source: SRC.eventLog,
  },
  employment_id_duplicate: {
    message: {
      nb: 'Et arbeidsforhold med denne id-en er allerede startet.',
      en: 'An employment with this id has already started.',
    },
    source: SRC.eventLog,
  },
  employment_not_started: {
    message: {
      nb: 'Ingen arbeidsforhold med denne id-en er startet, så det kan ikke avsluttes.',
      en: 'No employment with this id has started, so it cannot end.',
    },
    source: SRC.eventLog,
  },
  employment_already_ended: {
    message: { nb: 'Arbeidsforholdet er allerede avsluttet.', en: 'The employment has already ended.' },
    source: SRC.eventLog,
  },
  follow_up_without_employment: {
    message: {
      nb: 'Etteroppfølging forutsetter et arbeidsforhold, og saken har ingen ennå.',
      en: 'Follow-up after employment needs an employment, and the case has none yet.',
    },
    source: SRC.followUpDefinition,
  },
  involuntary_part_time_full_time: {
    message: {
      nb: 'En full stilling kan ikke være ufrivillig deltid.',
      en: 'A full-time position cannot be involuntary part time.',
    },
    source: SRC.jobQuality,
  },
  leave_ends_before_start: {
    message: { nb: 'Permisjonen slutter før den begynner.', en: 'The leave ends before it starts.' },
    source: SRC.eventLog,
  },
  cooperation_agreement_missing: {
    message: {
      nb: 'Ingen samarbeidsavtale er signert ennå. Trinn 1 ender vanligvis med en.',
      en: 'No cooperation agreement is signed yet. Step 1 usually ends with one.',
    },
    source: SRC.agreement,
  },
  earlier_step_not_entered: {
    message: {
      nb: 'Et tidligere trinn er ikke gjennomført ennå. Trinnene overlapper, men kommer vanligvis i rekkefølge.',
      en: 'An earlier step has not been worked on yet. Steps overlap, but usually come in order.',
    },
    source: SRC.overlap,
  },
  vocational_profile_missing: {
    message: {
      nb: 'Ingen yrkesprofil er registrert ennå. Jobbsøkingen kan likevel starte: rask jobbsøking er en SE-verdi.',
      en: 'No vocational profile is recorded yet. Job search may start anyway: rapid job search is an SE value.',
    },
    source: SRC.rapidJobSearch,
  },
  employer_sharing_consent_pending: {
    message: {
      nb: 'Deltakeren har ikke samtykket til å dele opplysninger med arbeidsgivere. Spør før du presenterer henne for en arbeidsgiver.',
      en: 'The participant has not consented to sharing information with employers. Ask before you present her to an employer.',
    },
    source: SRC.gdpr,
  },
  no_workplace_yet: {
    message: {
      nb: 'Saken har ingen praksis eller jobb ennå. Opplæringen i dette trinnet skjer vanligvis på arbeidsplassen (først plassere, så lære opp).',
      en: 'The case has no placement or job yet. Training in this step usually happens at the workplace (place, then train).',
    },
    source: SRC.placeTrain,
  },
  step_back: {
    message: {
      nb: 'Dette er et steg tilbake til et tidligere trinn. Det er lov, med en begrunnelse.',
      en: 'This is a move back to an earlier step. That is allowed, with a reason.',
    },
    source: SRC.backAndForth,
  },
  step_not_included: {
    message: {
      nb: 'Et av de fem trinnene er ikke med i forløpet. Uten alle fem trinnene er det ikke Supported Employment.',
      en: 'One of the five steps is not part of the journey. Without all five steps it is not Supported Employment.',
    },
    source: SRC.allSteps,
  },
});

/** Builds a process issue with its fixed message and source. */
export function processIssue(
  code: ProcessIssueCode,
  severity: Severity,
  path: Issue['path'],
  options: { readonly source?: SourceRef; readonly message?: LocalizedText } = {},
): Issue {
  const rule = RULES[code];
  return {
    code,
    severity,
    path,
    message: options.message ?? rule.message,
    source: options.source ?? rule.source,
  };
}

/** A message naming one step, for findings about a particular step (catalogue text only, never input values). */
export function stepMessage(
  code: 'earlier_step_not_entered' | 'step_not_included',
  step: SeStepId,
  closed: boolean,
): LocalizedText {
  const def = SE_STEPS.find((s) => s.id === step);
  const n = def?.number ?? 0;
  const nb = def?.name.nb ?? step;
  const en = def?.name.en ?? step;
  if (code === 'earlier_step_not_entered') {
    return {
      nb: `Trinn ${n}, «${nb}», er ikke gjennomført ennå. Trinnene overlapper, men det kommer vanligvis før dette trinnet.`,
      en: `Step ${n}, "${en}", has not been worked on yet. Steps overlap, but it usually comes before this one.`,
    };
  }
  return closed
    ? {
        nb: `Trinn ${n}, «${nb}», var ikke med i forløpet. Uten alle fem trinnene er det ikke Supported Employment.`,
        en: `Step ${n}, "${en}", was not part of the journey. Without all five steps it is not Supported Employment.`,
      }
    : {
        nb: `Trinn ${n}, «${nb}», er ikke med i forløpet ennå. Alle fem trinnene må med for at det skal være Supported Employment.`,
        en: `Step ${n}, "${en}", is not part of the journey yet. All five steps must be included for it to be Supported Employment.`,
      };
}

/** The source of the rule that a consent scope is needed. */
export function consentSource(scope: ConsentScope): SourceRef {
  switch (scope) {
    case 'se-participation':
      return SRC.consentFree;
    case 'family-contact':
      return SRC.familyConsent;
    default:
      return SRC.gdpr;
  }
}
