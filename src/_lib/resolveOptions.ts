import type { z } from 'zod';
import { SupportedEmploymentError } from '../core/errors';
import { safeParseWith } from './parseWith';

/**
 * Reads a function's options through their schema: defaults filled in, values checked.
 *
 * The one way the library takes options: each function exports an
 * `XOptionsSchema` (bounds and defaults, with their sources in its TSDoc), its
 * options type is `z.input` of that schema, and this resolver turns a bad value
 * into `invalid_option` with coded issues (paths, never the value itself).
 *
 * @param schema - The options schema of the function.
 * @param options - What the caller passed; `undefined` means no options.
 * @param what - The function's name, for the error message.
 */
export function resolveOptions<S extends z.ZodType>(schema: S, options: unknown, what: string): z.output<S> {
  const parsed = safeParseWith(schema, options ?? {});
  if (!parsed.ok) {
    throw new SupportedEmploymentError(
      'invalid_option',
      `The options of ${what} do not fit their schema; see error.issues.`,
      {
        issues: parsed.issues,
      },
    );
  }
  return parsed.value;
}
