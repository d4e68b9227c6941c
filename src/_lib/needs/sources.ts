import type { SourceRef } from '../../core/sourceRef';

/** A source in the AFI report. */
export function afi(section: string, lines: string): SourceRef {
  return Object.freeze({ document: 'afi-report', section, lines });
}

/** A source in the handbook. */
export function handbook(section: string, lines: string): SourceRef {
  return Object.freeze({ document: 'handbook', section, lines });
}

/** A library default, with the text it is based on. */
export function library(section: string): SourceRef {
  return Object.freeze({ document: 'library', section });
}
