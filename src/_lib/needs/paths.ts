import type { NeedsAssessment } from '../../needs/needsAssessment';

/** A dot path split once into its (at most two) keys. */
export interface CompiledPath {
  readonly path: string;
  readonly head: string;
  readonly tail: string | undefined;
}

/** Splits a dot path (`norwegian.oral`, `children`) into its keys. */
export function compilePath(path: string): CompiledPath {
  const dot = path.indexOf('.');
  return dot < 0
    ? { path, head: path, tail: undefined }
    : { path, head: path.slice(0, dot), tail: path.slice(dot + 1) };
}

/**
 * True when the fact at a compiled path is recorded in the assessment.
 * An empty array counts as recorded ("none"); only an absent value is unknown.
 */
export function isRecordedAt(assessment: NeedsAssessment, path: CompiledPath): boolean {
  const head = (assessment as unknown as Readonly<Record<string, unknown>>)[path.head];
  if (path.tail === undefined) return head !== undefined;
  if (head === undefined || head === null || typeof head !== 'object') return false;
  return (head as Readonly<Record<string, unknown>>)[path.tail] !== undefined;
}

/** True when the fact at a dot path is recorded in the assessment. */
export function isRecorded(assessment: NeedsAssessment, path: string): boolean {
  return isRecordedAt(assessment, compilePath(path));
}
