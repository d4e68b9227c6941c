/** Lists allowed values for an issue's `expected`: `one of: a | b | c`, at most 40 of them. */
export function oneOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 40).map((v) => (typeof v === 'string' ? v : String(v)));
  return `one of: ${shown.join(' | ')}${values.length > 40 ? ` | … (${values.length} values)` : ''}`;
}
