import type { LocalizedText } from '../../core/localizedText';
import type { AdaptationTier } from '../../adaptations/adaptationTier';

/** Fixed phrases of `explainRecommendation`, in bokmål and English. */
export const PHRASES = {
  safety: { nb: 'Sikkerhet først – handle nå.', en: 'Safety first – act now.' },
  why: { nb: 'Hvorfor', en: 'Why' },
  core: {
    nb: 'håndboka bruker denne tilpasningen for alle i målgruppen',
    en: 'the handbook applies this adaptation to everyone in the target group',
  },
  offer: { nb: 'et frivillig tilbud', en: 'a voluntary offer' },
  indicatedBy: { nb: 'behov i kartleggingen som peker hit', en: 'needs in the profile that point to it' },
  fromStep: { nb: 'gjelder alle fra trinnet', en: 'applies to everyone from the step' },
  steps: { nb: 'Trinn', en: 'Steps' },
  appliesNow: { nb: 'gjelder på trinnet saken er på nå', en: 'applies at the case’s current step' },
  notNow: { nb: 'gjelder ikke på trinnet saken er på nå', en: 'does not apply at the case’s current step' },
  inUse: { nb: 'Allerede i bruk i saken.', en: 'Already in use in this case.' },
  firstActions: { nb: 'Første tiltak', en: 'First actions' },
  cautions: { nb: 'Vær oppmerksom på', en: 'Watch out for' },
  source: { nb: 'Kilde', en: 'Source' },
} as const satisfies Record<string, LocalizedText>;

/** The tier names, in bokmål and English. */
export const TIER_NAMES: Readonly<Record<AdaptationTier, LocalizedText>> = {
  core: { nb: 'kjerne', en: 'core' },
  indicated: { nb: 'anbefalt ut fra behov', en: 'indicated by needs' },
  offer: { nb: 'tilbud', en: 'offer' },
};
