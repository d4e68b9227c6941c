/**
 * The main walk-through: `npm run example`.
 *
 * Shows the policy numbers a job specialist's follow-up rests on, with their
 * sources, and the follow-up period they give for a job that starts on a
 * month end.
 */
import {
  addCalendarMonths,
  DEFAULT_POLICY,
  formatSourceRef,
  POLICY_SOURCES,
  type Locale,
} from '../src';

const lang: Locale = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'nb' ? 'nb' : 'en';
const firstWorkingDay = '2026-01-31';

console.log(lang === 'nb' ? 'Tilpasset Supported Employment — policy' : 'Adapted Supported Employment — policy');
console.log('');
for (const [key, value] of [
  ['followUpMinimumMonths', DEFAULT_POLICY.followUpMinimumMonths],
  ['followUpRecommendedMonths', DEFAULT_POLICY.followUpRecommendedMonths],
  ['unpaidPlacementMaxWeeks', DEFAULT_POLICY.unpaidPlacementMaxWeeks],
] as const) {
  console.log(`  ${key.padEnd(28)} ${String(value).padStart(3)}   ${formatSourceRef(POLICY_SOURCES[key], lang)}`);
}
console.log('');
console.log(
  `  First working day ${firstWorkingDay}: follow-up at least until ${addCalendarMonths(firstWorkingDay, DEFAULT_POLICY.followUpMinimumMonths)}, ` +
    `recommended until ${addCalendarMonths(firstWorkingDay, DEFAULT_POLICY.followUpRecommendedMonths)}.`,
);
