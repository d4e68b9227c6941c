import { deepFreeze } from '../_lib/deepFreeze';
import type { Programme } from '../needs/programme';

/**
 * The programmes whose participants are the handbook's target group, where `core` adaptations apply to everyone.
 *
 * @remarks
 * The handbook's core adaptations are what Jobbsjansen gives every participant
 * (handbook "Målgruppe", L67; §15 "for alle", L397). The AFI report tested the
 * same target-group methods in Jobbsjansen and the Introduction Programme
 * (AFI report ch. 4). This list is a library default: in other programmes
 * (`nav`, `other`) an adaptation whose tier is `core` is recommended only when a
 * need indicates it, and then with tier `indicated`. When no programme is given,
 * `recommendAdaptations` treats the person as in the target group.
 *
 * @example
 * ```ts
 * TARGET_GROUP_PROGRAMMES.includes('jobbsjansen'); // => true
 * TARGET_GROUP_PROGRAMMES.includes('nav'); // => false
 * ```
 * @category Adaptations
 */
export const TARGET_GROUP_PROGRAMMES: readonly Programme[] = /* @__PURE__ */ deepFreeze([
  'jobbsjansen',
  'introduction-programme',
]);
