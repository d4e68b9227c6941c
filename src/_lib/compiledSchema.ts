import { z } from 'zod';

/** The compiled twin of each schema parsed so far (made on first use, never on import). */
const compiledOf = new WeakMap<z.ZodType, z.ZodType>();

type Compile = <T extends z.ZodType>(schema: T) => T;

/**
 * The schema with zod's compiled parser, where the installed zod has one.
 *
 * `z.compile` (zod ≥ 4.4) returns a clone that runs generated code first and
 * falls back to the schema's own parser whenever the fast path rejects, so a
 * failure is re-parsed by the ordinary parser and reports exactly its issues.
 * Where `z.compile` is missing, where zod is configured `jitless` (a content
 * security policy that forbids generated code), or where the schema cannot be
 * compiled, the schema itself is returned and parsing works as before.
 *
 * @param schema - A zod schema of the library.
 * @returns The compiled clone, or the schema itself.
 */
export function compiledSchema<S extends z.ZodType>(schema: S): S {
  const known = compiledOf.get(schema);
  if (known !== undefined) return known as S;
  const compile = (z as unknown as { compile?: Compile }).compile;
  let compiled: S = schema;
  if (typeof compile === 'function' && z.config().jitless !== true) {
    try {
      compiled = compile(schema);
    } catch {
      compiled = schema;
    }
  }
  compiledOf.set(schema, compiled);
  return compiled;
}
