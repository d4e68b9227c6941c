import type { z } from 'zod';
import { SupportedEmploymentError } from '../core/errors';
import type { Result } from '../issue';
import { precheckInput } from './inputGuard';
import { compiledSchema } from './compiledSchema';
import { fromZodIssues } from './zodIssues';

/** Parses with a schema, returning a result instead of throwing. Never echoes input values. */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  // Everything that touches the input or zod's error stays inside the guard: zod
  // builds its error lazily when `.error` is read, and describing a value it cannot
  // type (a class with a throwing static `name`, a Proxy whose traps throw) can
  // throw there. The pre-check refuses huge and sparse arrays, long strings and
  // deep nesting before zod walks anything.
  try {
    const refused = precheckInput(input);
    if (refused !== null) return { ok: false, issues: [refused] };
    const parsed = compiledSchema(schema).safeParse(input, { reportInput: true });
    if (parsed.success) return { ok: true, value: parsed.data };
    return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  } catch {
    // Report it as an invalid value without looking at it further.
    return { ok: false, issues: fromZodIssues([]) };
  }
}

/** Parses with a schema, throwing {@link SupportedEmploymentError} (`invalid_input`) with the issues attached. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = safeParseWith(schema, input);
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
