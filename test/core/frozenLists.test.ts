/** The loop helpers for frozen lists (src/_lib/frozenLists.ts) agree with the array builtins. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countIn, someIn } from '../../src/_lib/frozenLists';

describe('someIn and countIn', () => {
  it('agree with some and filter on plain and frozen lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 })),
        fc.integer({ min: -5, max: 5 }),
        (list, limit) => {
          const test = (n: number): boolean => n > limit;
          for (const each of [list, Object.freeze([...list])]) {
            expect(someIn(each, test)).toBe(list.some(test));
            expect(countIn(each, test)).toBe(list.filter(test).length);
          }
        },
      ),
    );
  });

  it('read no list as empty', () => {
    expect(someIn(undefined, () => true)).toBe(false);
    expect(countIn(undefined, () => true)).toBe(0);
  });
});
