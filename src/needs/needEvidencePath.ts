import type { NeedsAssessment } from './needsAssessment';

type Fields = Omit<NeedsAssessment, 'id' | 'assessedOn'>;
type ObjectField = {
  [K in keyof Fields]-?: NonNullable<Fields[K]> extends readonly unknown[]
    ? never
    : NonNullable<Fields[K]> extends object
      ? K
      : never;
}[keyof Fields];

/**
 * A path to one fact of a {@link NeedsAssessment}: a field (`children`) or a field of a
 * sub-object (`norwegian.oral`).
 *
 * @remarks
 * Typed, so a misspelt evidence path fails to compile instead of silently
 * dropping evidence (see `docs/needs.md`).
 *
 * @example
 * ```ts
 * const path: NeedEvidencePath = 'workExperience.norwayYears';
 * ```
 * @category Needs
 */
export type NeedEvidencePath =
  | Extract<keyof Fields, string>
  | { [K in ObjectField]: `${K}.${Extract<keyof NonNullable<Fields[K]>, string>}` }[ObjectField];
