/**
 * Generates a JSON Schema (draft 2020-12) for every public input model in
 * `INPUT_SCHEMAS` (src/inputSchemas.ts) and writes them to dist/schemas/,
 * which the package exports as `supported-employment/schemas/*`:
 *
 *   dist/schemas/<name>.schema.json   one per model
 *   dist/schemas/index.json           the list of models and files
 *
 * The schemas come from zod (`z.toJSONSchema(schema, { target: 'draft-2020-12',
 * io: 'input' })`), so they describe what `safeParse…` accepts. The field
 * descriptions come from the `/** … *\/` comments on the schema fields, read
 * with the TypeScript compiler, so that code generators in other languages
 * (Kotlin, Java) get documented classes.
 *
 * Usage: `tsx scripts/build-json-schemas.ts [--out <dir>] [--no-descriptions]`
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { z } from 'zod';
import { INPUT_SCHEMA_NAMES, INPUT_SCHEMAS, type InputSchemaName } from '../src/inputSchemas';

/** A JSON Schema node, as far as this script reads or writes it. */
export interface JsonSchemaNode {
  [keyword: string]: unknown;
  $id?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  oneOf?: JsonSchemaNode[];
  anyOf?: JsonSchemaNode[];
  const?: unknown;
}

const root = resolve(import.meta.dirname, '..');

/** The `$id` of a model's schema: a stable URN that does not depend on where the file is served. */
export function schemaId(name: InputSchemaName): string {
  return `urn:supported-employment:schema:${name}`;
}

/** The file name of a model's schema inside `dist/schemas/`. */
export function schemaFileName(name: InputSchemaName): string {
  return `${name}.schema.json`;
}

/**
 * The JSON Schema of one input model, straight from zod, with `$id` (no descriptions).
 * This is the part that decides what validates; the agreement test uses it.
 */
export function toInputJsonSchema(name: InputSchemaName): JsonSchemaNode {
  const generated = z.toJSONSchema(INPUT_SCHEMAS[name], {
    target: 'draft-2020-12',
    io: 'input',
  }) as JsonSchemaNode;
  const { $schema, ...rest } = generated;
  return { $schema, $id: schemaId(name), ...rest };
}

// ---------------------------------------------------------------------------
// Descriptions from the TSDoc comments on the zod schema fields.

function plainText(doc: string): string {
  return doc
    .replace(
      /\{@link\s+([^}\s|]+)(?:\s*\|\s*([^}]+))?\s*\}/g,
      (_m: string, target: string, label?: string) => label ?? target,
    )
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function summaryOf(doc: string): string {
  const text = plainText(doc);
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

interface Describer {
  /** The TSDoc summary of the schema constant registered under a name. */
  readonly schemaSummary: (name: InputSchemaName) => { title: string; description: string } | undefined;
  /** Adds `description` to every property node whose schema field has a doc comment. */
  readonly annotate: (name: InputSchemaName, node: JsonSchemaNode) => void;
}

function createDescriber(): Describer {
  const file = join(root, 'src', 'inputSchemas.ts');
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram([file], { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const registry =
    moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'INPUT_SCHEMAS');
  if (!registry) throw new Error('INPUT_SCHEMAS not found in src/inputSchemas.ts');
  const registryType = checker.getTypeOfSymbol(registry);

  // The registry's object literal: name -> the expression naming the schema constant.
  const registryEntries = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (
          ts.isPropertyAssignment(property) &&
          (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))
        ) {
          registryEntries.set(property.name.text, property.initializer);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  if (source) visit(source);

  const docOf = (symbol: ts.Symbol): string =>
    ts.displayPartsToString(symbol.getDocumentationComment(checker));

  const entry = (name: InputSchemaName): ts.Symbol | undefined => registryType.getProperty(name);

  const inputTypeOf = (name: InputSchemaName): ts.Type | undefined => {
    const symbol = entry(name);
    if (!symbol) return undefined;
    const internals = checker.getTypeOfSymbol(symbol).getProperty('_zod');
    const input = internals && checker.getTypeOfSymbol(internals).getProperty('input');
    return input && checker.getTypeOfSymbol(input);
  };

  const literalOf = (type: ts.Type): unknown => (type.isLiteral() ? type.value : undefined);

  const annotateNode = (node: JsonSchemaNode, rawType: ts.Type, depth: number): void => {
    if (depth > 12) return;
    const type = checker.getNonNullableType(rawType);
    const variants = node.oneOf ?? node.anyOf;
    if (variants) {
      const members = type.isUnion() ? type.types : [type];
      for (const variant of variants) {
        const discriminators = Object.entries(variant.properties ?? {}).filter(
          ([, p]) => p.const !== undefined,
        );
        const member = members.find((m) =>
          discriminators.length > 0
            ? discriminators.every(([key, p]) => {
                const prop = m.getProperty(key);
                return prop !== undefined && literalOf(checker.getTypeOfSymbol(prop)) === p.const;
              })
            : members.length === 1,
        );
        if (member) annotateNode(variant, member, depth + 1);
      }
    }
    if (node.properties) {
      for (const [key, child] of Object.entries(node.properties)) {
        const prop = type.getProperty(key);
        if (!prop) continue;
        const doc = docOf(prop);
        if (doc && child.description === undefined) child.description = plainText(doc);
        annotateNode(child, checker.getTypeOfSymbol(prop), depth + 1);
      }
    }
    if (node.items && typeof node.items === 'object') {
      const element = checker.isArrayType(type)
        ? checker.getTypeArguments(type as ts.TypeReference)[0]
        : undefined;
      if (element) annotateNode(node.items, element, depth + 1);
    }
  };

  return {
    schemaSummary(name) {
      const initializer = registryEntries.get(name);
      let schemaSymbol = initializer && checker.getSymbolAtLocation(initializer);
      if (schemaSymbol && schemaSymbol.flags & ts.SymbolFlags.Alias)
        schemaSymbol = checker.getAliasedSymbol(schemaSymbol);
      if (!schemaSymbol) return undefined;
      return { title: schemaSymbol.name.replace(/Schema$/, ''), description: summaryOf(docOf(schemaSymbol)) };
    },
    annotate(name, node) {
      const type = inputTypeOf(name);
      if (type) annotateNode(node, type, 0);
    },
  };
}

/**
 * Every input model's JSON Schema, with title and field descriptions unless
 * `descriptions` is false. The keys follow {@link INPUT_SCHEMA_NAMES}.
 */
export function buildJsonSchemas(
  options: { descriptions?: boolean } = {},
): Record<InputSchemaName, JsonSchemaNode> {
  const describer = options.descriptions === false ? undefined : createDescriber();
  const out = {} as Record<InputSchemaName, JsonSchemaNode>;
  for (const name of INPUT_SCHEMA_NAMES) {
    // Keeps `$schema` and `$id` first, then the title and description, then the body.
    const { $schema, ...body } = toInputJsonSchema(name);
    const summary = describer?.schemaSummary(name);
    const schema: JsonSchemaNode = {
      $schema,
      $id: schemaId(name),
      ...(summary ? { title: summary.title, description: summary.description } : {}),
      ...body,
    };
    describer?.annotate(name, schema);
    out[name] = schema;
  }
  return out;
}

/** Writes the schemas and an index to `outDir` (emptied first). Returns the files written. */
export function writeJsonSchemas(outDir: string, options: { descriptions?: boolean } = {}): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const schemas = buildJsonSchemas(options);
  const files: string[] = [];
  for (const name of INPUT_SCHEMA_NAMES) {
    const file = join(outDir, schemaFileName(name));
    writeFileSync(file, `${JSON.stringify(schemas[name], null, 2)}\n`);
    files.push(file);
  }
  const index = {
    package: pkg.name,
    version: pkg.version,
    dialect: 'https://json-schema.org/draft/2020-12/schema',
    schemas: INPUT_SCHEMA_NAMES.map((name) => ({
      name,
      $id: schemaId(name),
      title: schemas[name].title ?? name,
      file: schemaFileName(name),
      import: `${pkg.name}/schemas/${schemaFileName(name)}`,
    })),
  };
  const indexFile = join(outDir, 'index.json');
  writeFileSync(indexFile, `${JSON.stringify(index, null, 2)}\n`);
  files.push(indexFile);
  return files;
}

function main(argv: readonly string[]): void {
  const outFlag = argv.indexOf('--out');
  const outDir = outFlag === -1 ? join(root, 'dist', 'schemas') : resolve(argv[outFlag + 1] ?? '');
  const files = writeJsonSchemas(outDir, { descriptions: !argv.includes('--no-descriptions') });
  console.log(`JSON Schema: wrote ${files.length} files to ${outDir}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
