/** Small sets as one number (src/_lib/numberedSets.ts): every member, and only members, are found. */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { inSet, placeValues } from '../../src/_lib/numberedSets';

it('finds exactly the members of a set of up to 53 items', () => {
  const places = placeValues(53);
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 52 })), (members) => {
      const set = members.reduce((sum, i) => sum + (places[i] as number), 0);
      for (let i = 0; i < 53; i += 1) expect(inSet(set, places[i] as number)).toBe(members.includes(i));
    }),
  );
});
