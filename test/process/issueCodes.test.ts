import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, PROCESS_ISSUE_CODES } from '../../src';

describe('PROCESS_ISSUE_CODES', () => {
  it('uses snake_case codes, each once', () => {
    expect(new Set(PROCESS_ISSUE_CODES).size).toBe(PROCESS_ISSUE_CODES.length);
    for (const code of PROCESS_ISSUE_CODES) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('joins the library-wide list without clashing with another module', () => {
    for (const code of PROCESS_ISSUE_CODES) {
      expect(ISSUE_CODES.filter((c) => c === code)).toHaveLength(1);
    }
  });
});
