import { SupportedEmploymentError } from '../core/errors';
import { NEEDS, type NeedDefinition } from './needCatalogue';
import type { NeedId } from './needId';

/**
 * Looks up one need in the taxonomy.
 *
 * @remarks
 * The taxonomy follows the domain specification §4 (AFI report ch. 2 and the
 * handbook); see {@link NEEDS}.
 *
 * @param id - The need id.
 * @returns The need's level, labels, description, examples and sources.
 * @throws {@link SupportedEmploymentError} `unknown_id` when `id` is not a {@link NeedId}.
 * @example
 * ```ts
 * getNeed('literacy').level; // => 'micro'
 * getNeed('family-situation').distinguishing; // => true
 * ```
 * @category Needs
 */
export function getNeed(id: NeedId): NeedDefinition {
  const need = typeof id === 'string' && Object.hasOwn(NEEDS, id) ? NEEDS[id] : undefined;
  if (need === undefined) {
    throw new SupportedEmploymentError('unknown_id', 'There is no need with this id; see NEED_IDS.');
  }
  return need;
}
