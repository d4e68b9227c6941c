import { SupportedEmploymentError } from '../core/errors';
import type { Adaptation } from './adaptation';
import { ADAPTATIONS } from './adaptationCatalogue';
import type { AdaptationId } from './adaptationId';

/**
 * Looks up one adaptation in the catalogue {@link ADAPTATIONS}.
 *
 * @remarks
 * The fifteen adaptations of the handbook *Tilpasset Supported Employment*
 * (domain specification §5). Typed callers cannot pass an unknown id; untyped
 * callers get a programmer error.
 *
 * @param id - The adaptation's id, one of {@link ADAPTATION_IDS}.
 * @returns The catalogue entry.
 * @throws {@link SupportedEmploymentError} with code `unknown_id` when the id is not in the catalogue.
 * @example
 * ```ts
 * const a = getAdaptation('after-follow-up');
 * a.tier; // => 'core'
 * a.source.lines; // => 'L395–411'
 * ```
 * @category Adaptations
 */
export function getAdaptation(id: AdaptationId): Adaptation {
  const found = ADAPTATIONS.find((a) => a.id === id);
  if (found === undefined) {
    throw new SupportedEmploymentError('unknown_id', 'The adaptation id is not in the catalogue.');
  }
  return found;
}
