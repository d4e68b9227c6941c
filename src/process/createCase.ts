import { freeze } from 'immer';
import { safeParseWith } from '../_lib/parseWith';
import { SupportedEmploymentError } from '../core/errors';
import { NewCaseSchema, type NewCase } from './newCase';
import type { SeCase } from './seCase';

/**
 * Opens a new, empty case: no referral, no consents, no step yet.
 *
 * @remarks
 * A case exists from its opening date; the referral to SE is normally the
 * first event applied to it (AFI report 4.4, L7171–7175: most participants
 * came to a job specialist from a programme or NAV adviser). Until then,
 * every event except the referral and closing the case is refused with
 * `referral_missing`. The returned case is deeply frozen.
 *
 * @param input - The case id and opening date.
 * @returns The new case.
 * @throws {@link SupportedEmploymentError} `invalid_input` when the id is empty or the date is not a real ISO date.
 * @example
 * ```ts
 * const seCase = createCase({ id: 'case-17', openedOn: '2026-01-12' });
 * seCase.referral; // => null
 * seCase.events.length; // => 0
 * ```
 * @category Process
 */
export function createCase(input: NewCase): SeCase {
  const parsed = safeParseWith(NewCaseSchema, input);
  if (!parsed.ok) {
    throw new SupportedEmploymentError(
      'invalid_input',
      'The new case does not fit its schema; see error.issues.',
      { issues: parsed.issues },
    );
  }
  const seCase: SeCase = {
    id: parsed.value.id,
    openedOn: parsed.value.openedOn,
    events: [],
    referral: null,
    consents: {},
    cooperationAgreement: null,
    currentStep: null,
    stepHistory: [],
    documents: [],
    assessments: [],
    thirdPartyContacts: [],
    placements: [],
    employments: [],
    followUpContacts: [],
    closure: null,
  };
  return freeze(seCase, true);
}
