import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t } from '../reason';
import { JOB_TASTING } from '../texts';
import { type PreparedCandidate, type PreparedOpening, sameOccupation } from '../prepare';

/*
 * interest: Does the occupation match her own wishes and interests?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('interest', {
  interestWished: fit(
    t('Stillingen er blant hennes egne jobbønsker.', 'The position is among her own job wishes.'),
  ),
  interestAvoided: conflict(
    t('Hun ønsker ikke å jobbe i denne bransjen.', 'She does not want to work in this industry.'),
  ),
  interestExplore: adaptable(
    t(
      'Stillingen er ikke blant ønskene hennes, men hun har ikke avvist den; utforsk sammen med jobbsmak.',
      'The position is not among her wishes, but she has not rejected it; explore it together with a job taste.',
    ),
    { adaptations: ['empowerment'], source: JOB_TASTING },
  ),
  interestOther: conflict(
    t(
      'Stillingen er ikke blant ønskene hennes, og hun har sagt nei til annet arbeid.',
      'The position is not among her wishes, and she has said no to other work.',
    ),
  ),
  interestUnknown: ask(
    'candidate',
    t('Jobbønskene hennes er ikke kjent ennå.', 'Her job wishes are not known yet.'),
    t('Hvilke yrker og bransjer ønsker hun seg?', 'Which occupations and industries does she wish for?'),
  ),
});

function interest(c: PreparedCandidate, o: PreparedOpening): Reason {
  if ((c.avoidMask & o.industryBit) !== 0) return R.interestAvoided;
  if ((c.wishMask & o.industryBit) !== 0) return R.interestWished;
  if (o.occupation !== '') {
    for (const wish of c.jobWishes) if (sameOccupation(wish, o.occupation)) return R.interestWished;
  }
  if (c.wishesStated === -1) return R.interestUnknown;
  // Conflict only for work she has rejected: an avoided industry (above), or
  // everything outside her wishes when she has said she is not open to other work.
  return c.wishesStated === 1 && c.openToOther === 0 ? R.interestOther : R.interestExplore;
}

/** The `interest` factor. */
export const INTEREST: FactorRuleDef = {
  id: 'interest',
  inputs: {
    candidate: ['wishes.industries', 'wishes.avoidIndustries', 'wishes.openToOtherWork', 'jobWishes'],
    opening: ['industry', 'occupation'],
  },
  reasons: R,
  evaluate: (c, o) => interest(c, o),
};
