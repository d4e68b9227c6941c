/**
 * Immutable by construction: every export is deep-frozen, mutating an export
 * cannot change a later result, and results share no mutable object with each
 * other, with a catalogue or with their input.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src';
import { ISSUE_TRIGGERS } from '../fixtures/privacy/issueTriggers';
import { exportedFunctions, VALID_CALLS } from './callTable';

/** True for a zod schema: zod's own objects, which keep lazy caches and are left unfrozen. */
const isSchema = (value: object): boolean => '_zod' in value;

/** Every object reachable from `root` (own keys, symbols included), zod schemas and functions not entered. */
function reachable(root: unknown, out = new Set<object>()): Set<object> {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || out.has(value) || isSchema(value)) continue;
    out.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
    }
  }
  return out;
}

const DATA_EXPORTS = Object.entries(api).filter(([, value]) => typeof value === 'object' && value !== null);

/** Tries every mutation on every object reachable from the exports; a frozen object refuses each one. */
function attackExports(): number {
  let changed = 0;
  for (const [, value] of DATA_EXPORTS) {
    for (const object of reachable(value)) {
      const before = JSON.stringify(object);
      const attempts: (() => void)[] = [
        () => Reflect.set(object, 'injected', 'x'),
        () => Reflect.set(object, '0', 'injected'),
        () => {
          for (const key of Reflect.ownKeys(object)) Reflect.set(object, key, 'injected');
        },
        () => {
          for (const key of Reflect.ownKeys(object)) Reflect.deleteProperty(object, key);
        },
        () => {
          if (Array.isArray(object)) {
            Reflect.apply(Array.prototype.reverse, object, []);
            Reflect.apply(Array.prototype.push, object, ['injected']);
          }
        },
      ];
      for (const attempt of attempts) {
        try {
          attempt();
        } catch {
          // A frozen array's reverse and push throw; that is the refusal we want.
        }
      }
      if (JSON.stringify(object) !== before) changed += 1;
    }
  }
  return changed;
}

const table = VALID_CALLS as Readonly<Record<string, () => unknown[]>>;

/** Runs every exported function once on its valid arguments; the outputs by name. */
function runAll(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, fn] of exportedFunctions()) {
    const args = table[name];
    if (args !== undefined) out.set(name, fn(...args()));
  }
  return out;
}

/** A comparable form of an output: typed arrays as plain arrays. */
const plain = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    ArrayBuffer.isView(v)
      ? Array.from(v as unknown as ArrayLike<number>)
      : typeof v === 'bigint'
        ? String(v)
        : v,
  );

describe('exports', () => {
  it('include data exports to check (the walk is not empty)', () => {
    expect(DATA_EXPORTS.length).toBeGreaterThan(100);
    expect(reachable(api.PRIVACY_MODELS).size).toBeGreaterThan(5);
  });

  it('are deep-frozen: nothing mutable is reachable from any export', () => {
    const mutable: string[] = [];
    for (const [name, value] of DATA_EXPORTS) {
      for (const object of reachable(value)) if (!Object.isFrozen(object)) mutable.push(name);
    }
    expect([...new Set(mutable)]).toEqual([]);
  });

  it('cannot be changed by mutation, so no later result changes', () => {
    const before = runAll();
    expect(attackExports()).toBe(0);
    const after = runAll();
    expect(after.size).toBeGreaterThan(50);
    for (const [name, output] of before) expect(plain(after.get(name)), name).toBe(plain(output));
  });

  it('the attack would be seen: it changes an unfrozen copy of a catalogue', () => {
    const copy = structuredClone(api.SENSITIVITY_LEVELS) as unknown as string[];
    const before = JSON.stringify(copy);
    copy.reverse();
    expect(JSON.stringify(copy)).not.toBe(before);
  });
});

describe('results', () => {
  it('share no mutable object with another result of the same call, or with a catalogue', () => {
    const fromExports = new Set<object>();
    for (const [, value] of DATA_EXPORTS) for (const object of reachable(value)) fromExports.add(object);
    const first = runAll();
    const second = runAll();
    const problems: string[] = [];
    for (const [name, output] of first) {
      const mine = reachable(output);
      const theirs = reachable(second.get(name));
      for (const object of mine) {
        if (Object.isFrozen(object)) continue;
        if (theirs.has(object)) problems.push(`${name}: shares a mutable object with its next result`);
        if (fromExports.has(object)) problems.push(`${name}: returns a mutable part of an export`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('with issues (one input for every issue code) share no mutable object between two runs', () => {
    const problems: string[] = [];
    for (const trigger of ISSUE_TRIGGERS) {
      const theirs = reachable(trigger.run());
      for (const object of reachable(trigger.run()))
        if (!Object.isFrozen(object) && theirs.has(object))
          problems.push(`${trigger.code} (${trigger.name})`);
    }
    expect(ISSUE_TRIGGERS.length).toBeGreaterThan(50);
    expect([...new Set(problems)]).toEqual([]);
  });

  it('share no mutable object with any other function’s result', () => {
    const owner = new Map<object, string>();
    const problems: string[] = [];
    for (const [name, output] of runAll()) {
      for (const object of reachable(output)) {
        if (Object.isFrozen(object)) continue;
        const seen = owner.get(object);
        if (seen !== undefined && seen !== name) problems.push(`${name} and ${seen}`);
        owner.set(object, name);
      }
    }
    expect(problems).toEqual([]);
  });

  it('share no mutable object with their input', () => {
    const problems: string[] = [];
    for (const [name, fn] of exportedFunctions()) {
      const make = table[name];
      if (make === undefined) continue;
      const args = make();
      const inInput = reachable(args);
      let output: unknown;
      try {
        output = fn(...args);
      } catch {
        continue;
      }
      for (const object of reachable(output))
        if (!Object.isFrozen(object) && inInput.has(object)) problems.push(name);
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('annotating one result in place does not show in the next', () => {
    const first = api.safeParseActionPlan({});
    const second = api.safeParseActionPlan({});
    expect(first.ok || second.ok).toBe(false);
    if (first.ok || second.ok) return;
    const message = first.issues[0]?.message as { en: string } | undefined;
    expect(message).toBeDefined();
    if (message !== undefined) message.en += ' (annotated)';
    expect(second.issues[0]?.message.en).not.toContain('annotated');
    const third = api.safeParseActionPlan({});
    expect(third.ok ? '' : third.issues[0]?.message.en).not.toContain('annotated');
  });

  it('reassessNeeds returns copies of the previous needs it reports as resolved', () => {
    const [previous, assessment] = VALID_CALLS.reassessNeeds() as [api.NeedsProfile, api.NeedsAssessment];
    const resolvedEverything = { ...previous, needs: previous.needs };
    const out = api.reassessNeeds(resolvedEverything, {
      id: assessment.id,
      assessedOn: assessment.assessedOn,
    });
    expect(out.resolved.length).toBeGreaterThan(0);
    const mine = reachable(previous);
    for (const need of out.resolved) expect(mine.has(need)).toBe(false);
  });
});
