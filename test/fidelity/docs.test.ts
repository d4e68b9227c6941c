import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_BLOCKS } from '../../scripts/docBlocks';
import { generatedBlock } from '../../scripts/docTables';

const blocks = Object.entries(DOC_BLOCKS).flatMap(([file, byName]) =>
  Object.entries(byName).map(([name, make]) => [file, name, make] as const),
);

describe('generated doc tables', () => {
  it.each(blocks)(
    '%s block %s matches the catalogue (run npx tsx scripts/generate-doc-tables.ts)',
    (file, name, make) => {
      const doc = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      expect(generatedBlock(doc, name)).toBe(make().trim());
    },
  );
});
