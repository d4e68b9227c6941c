import { type FactorRuleDef, type Reason, ask, conflict, fit, reasons, t } from '../reason';
import { type PreparedOpening } from '../prepare';

/*
 * declared-work: Is the work declared, with a contract and declared pay?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('declared-work', {
  declaredYes: fit(
    t(
      'Arbeidet er meldt, med kontrakt og innberettet lønn.',
      'The work is declared, with a contract and declared pay.',
    ),
  ),
  declaredNo: conflict(
    t(
      'Arbeidet er ikke meldt (svart eller delvis svart); det er aldri et alternativ.',
      'The work is not declared (fully or partly undeclared); that is never an option.',
    ),
    { hard: true },
  ),
  declaredUnknown: ask(
    'employer',
    t('Det er ikke bekreftet at arbeidet er meldt.', 'It has not been confirmed that the work is declared.'),
    t(
      'Blir det skriftlig kontrakt og innberettet lønn?',
      'Will there be a written contract and declared pay?',
    ),
  ),
});

function declared(o: PreparedOpening): Reason {
  return o.declared === 1 ? R.declaredYes : o.declared === 0 ? R.declaredNo : R.declaredUnknown;
}

/** The `declared-work` factor. */
export const DECLARED_WORK: FactorRuleDef = {
  id: 'declared-work',
  inputs: { candidate: [], opening: ['declaredWork'] },
  reasons: R,
  evaluate: (_c, o) => declared(o),
};
