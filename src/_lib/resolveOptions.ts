import type { z } from 'zod';
import { SupportedEmploymentError } from '../core/errors';
import type { NonEmptyArray } from '../core/issue';
import type { Issue } from '../issue';
import { isZodSchema, type Described } from './describe';
import { precheckInput } from './inputGuard';
import { readDescribed } from './resolveDescribed';
import { fromZodIssues } from './zodIssues';

/**
 * The description of an options schema, typed with what reading it gives
 * (the schema's output), so that a function reads the same options type from
 * either form.
 */
export type DescribedOptions<Output> = Described & { readonly __output?: Output };

/** What the options are read through: their zod schema, or its generated description. */
export type OptionsSchema<Output> = z.ZodType<Output> | DescribedOptions<Output>;

/** Reads options through a zod schema (its own parser) or a description; issues in the library's form. */
function read(
  schema: OptionsSchema<unknown>,
  options: unknown,
): { ok: true; value: unknown } | { ok: false; issues: NonEmptyArray<Issue> } {
  const refused = precheckInput(options);
  if (refused !== null) return { ok: false, issues: [refused] };
  try {
    if (!isZodSchema(schema)) return readDescribed(schema as Described, options);
    const parsed = (schema as z.ZodType).safeParse(options, { reportInput: true });
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, issues: fromZodIssues(parsed.error.issues) };
  } catch {
    // A value whose inspection throws (a Proxy, a throwing getter) is refused without a closer look.
    return { ok: false, issues: fromZodIssues([]) };
  }
}

/**
 * Reads a function's options through their schema: defaults filled in, values checked.
 *
 * The one way the library takes options: each function exports an
 * `XOptionsSchema` (bounds and defaults, with their sources in its TSDoc), its
 * options type is `z.input` of that schema, and this resolver turns a bad value
 * into `invalid_option` with coded issues (paths, never the value itself).
 * Functions that must run without zod (see `./describe`) pass the schema's
 * generated description instead of the schema; it is read the same way.
 *
 * @param schema - The options schema of the function, or its description.
 * @param options - What the caller passed; `undefined` means no options.
 * @param what - The function's name, for the error message.
 */
export function resolveOptions<Output>(
  schema: OptionsSchema<Output>,
  options: unknown,
  what: string,
): Output {
  const parsed = read(schema, options ?? {});
  if (!parsed.ok) {
    throw new SupportedEmploymentError(
      'invalid_option',
      `The options of ${what} do not fit their schema; see error.issues.`,
      {
        issues: parsed.issues,
      },
    );
  }
  return parsed.value as Output;
}
