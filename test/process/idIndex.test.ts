import { describe, expect, it } from 'vitest';
import { IdIndex } from '../../src/_lib/process/idIndex';

describe('IdIndex (the duplicate-id index of replayCase)', () => {
  it('answers like a Set for every id, across growth past the expected size', () => {
    const index = new IdIndex(4);
    const reference = new Set<string>();
    // Ids that share prefixes, differ by one code unit, and include non-ASCII and surrogate pairs.
    const ids = Array.from(
      { length: 3000 },
      (_, k) => [`g${k}`, `g${k * 7}`, `ø-${k % 97}`, `😀${k % 13}`][k % 4]!,
    );
    for (const id of ids) {
      expect(index.has(id)).toBe(reference.has(id));
      index.add(id);
      reference.add(id);
      expect(index.has(id)).toBe(true);
    }
    for (let k = 0; k < 500; k++) expect(index.has(`absent-${k}`)).toBe(false);
  });

  it('adding an id twice keeps one entry', () => {
    const index = new IdIndex(1);
    index.add('e1');
    index.add('e1');
    index.add('');
    expect(index.has('e1')).toBe(true);
    expect(index.has('')).toBe(true);
    expect(index.has('e2')).toBe(false);
  });
});
