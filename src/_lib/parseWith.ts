import type { z } from 'zod';
import { SupportedEmploymentError } from '../core/errors';
import type { Result } from '../issue';
import { precheckInput } from './inputGuard';
import { compiledSchema } from './compiledSchema';
import { fastParserOf } from './fastParse';
import { freezeFresh } from './deepFreeze';
import { markParsed } from './parsed';
import { fromZodIssues } from './zodIssues';

/**
 * Parses with a schema, returning a result instead of throwing. Never echoes input values.
 *
 * The model of a plain schema (see `./fastParse`) is deeply frozen and recorded as parsed
 * against `trustAs` (see `./parsed`), so that the domain functions that guard with it do not
 * check it again.
 *
 * @param schema - The zod schema.
 * @param input - Anything.
 * @param trustAs - What the domain functions guard this model with: its description, or by default the schema.
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  trustAs: object = schema,
): Result<z.output<S>> {
  // Plain data that fits takes the fast path (./fastParse); anything else, including every
  // failure, is parsed the ordinary way below, which reports the issues.
  const fast = fastParserOf(schema);
  if (fast !== null) {
    try {
      const value = fast(input);
      if (value !== undefined) return parsedAs(value as z.output<S>, trustAs);
    } catch {
      // Reading the input threw; the ordinary path reports it.
    }
  }
  // Everything that touches the input or zod's error stays inside the guard: zod
  // builds its error lazily when `.error` is read, and describing a value it cannot
  // type (a class with a throwing static `name`, a Proxy whose traps throw) can
  // throw there. The pre-check refuses huge and sparse arrays, long strings and
  // deep nesting before zod walks anything.
  try {
    const refused = precheckInput(input);
    if (refused !== null) return { ok: false, issues: [refused] };
    const parsed = compiledSchema(schema).safeParse(input, { reportInput: true });
    if (parsed.success)
      return fast === null ? { ok: true, value: parsed.data } : parsedAs(freezeFresh(parsed.data), trustAs);
    return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  } catch {
    // Report it as an invalid value without looking at it further.
    return { ok: false, issues: fromZodIssues([]) };
  }
}

/** The result of a plain schema's model (frozen), recorded as parsed. */
function parsedAs<T>(value: T, trustAs: object): Result<T> {
  if (typeof value === 'object' && value !== null) markParsed(value, trustAs);
  return { ok: true, value };
}

/** Parses with a schema, throwing {@link SupportedEmploymentError} (`invalid_input`) with the issues attached. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
  trustAs: object = schema,
): z.output<S> {
  const result = safeParseWith(schema, input, trustAs);
  if (!result.ok) {
    throw new SupportedEmploymentError(
      'invalid_input',
      `The ${what} does not fit its schema; see error.issues.`,
      {
        issues: result.issues,
      },
    );
  }
  return result.value;
}
