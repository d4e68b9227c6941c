/**
 * Writes src/_lib/schemaDescriptions.ts, the schemas that zod-free functions
 * check against, as plain data (run with `npx tsx scripts/generate-schema-descriptions.ts`
 * after changing one of the schemas listed in scripts/schemaDescriptions.ts).
 *
 * The schemas' modules import the generated module, so a name newly listed
 * there must exist before they load: it is first added as a placeholder, then
 * the whole module is written from the schemas.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const target = new URL('../src/_lib/schemaDescriptions.ts', import.meta.url);
const listed = [
  ...readFileSync(new URL('./schemaDescriptions.ts', import.meta.url), 'utf8').matchAll(
    /\bname: '([A-Z_0-9]+)'/g,
  ),
].map((m) => m[1] as string);
const current = readFileSync(target, 'utf8');
const missing = listed.filter((name) => !new RegExp(`export const ${name}\\b`).test(current));
if (missing.length > 0) {
  writeFileSync(
    target,
    `${current}\n${missing.map((name) => `export const ${name}: Described = { type: 'any' };`).join('\n')}\n`,
  );
}
const { schemaDescriptionsModule } = await import('./schemaDescriptions');
writeFileSync(target, await schemaDescriptionsModule());
