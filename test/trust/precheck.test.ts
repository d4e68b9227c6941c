/**
 * The bounds walk before any parse names the first value out of bounds, in
 * document order, by its full path, however deep it sits.
 */
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src';
import { precheckInput } from '../../src/_lib/inputGuard';

const long = 'x'.repeat(INPUT_LIMITS.stringLength + 1);

describe('precheckInput', () => {
  it('passes a value within every bound (the control)', () => {
    expect(precheckInput({ a: [{ b: 'short' }, 2, null], c: { d: true } })).toBeNull();
  });

  it('names the path of a long string, of a hole and of the first value past the depth limit', () => {
    expect(precheckInput({ a: [{ b: 'ok' }, { b: long }] })).toMatchObject({
      code: 'schema_too_big',
      path: ['a', 1, 'b'],
    });
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    expect(precheckInput({ a: { b: [1, , 3] } })).toMatchObject({
      code: 'schema_invalid',
      path: ['a', 'b', 1],
    });
    let deep: unknown = { end: true };
    for (let i = 0; i < INPUT_LIMITS.depth + 5; i++) deep = { n: deep };
    expect(precheckInput(deep)?.path).toEqual(Array.from({ length: INPUT_LIMITS.depth }, () => 'n'));
  });

  it('reports the first of two problems in document order', () => {
    expect(precheckInput({ z: 1, a: long, b: [long] })?.path).toEqual(['a']);
    expect(precheckInput([{ q: [long] }, long])?.path).toEqual([0, 'q', 0]);
  });
});
