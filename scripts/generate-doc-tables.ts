/**
 * Writes the generated tables into docs/ (run with `npx tsx scripts/generate-doc-tables.ts`).
 * test/docs/generatedTables.test.ts fails when a doc differs from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DOC_BLOCKS } from './docBlocks';
import { withGenerated } from './docTables';

for (const [file, blocks] of Object.entries(DOC_BLOCKS)) {
  const url = new URL(`../${file}`, import.meta.url);
  let doc = readFileSync(url, 'utf8');
  for (const [name, make] of Object.entries(blocks)) doc = withGenerated(doc, name, make());
  writeFileSync(url, doc);
}
