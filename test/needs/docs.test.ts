import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ELIGIBILITY_CRITERION_IDS,
  NEED_IDS,
  NEED_RULES,
  NEEDS_ISSUE_CODES,
  SE_INDICATOR_IDS,
} from '../../src';

const guide = readFileSync(new URL('../../docs/needs.md', import.meta.url), 'utf8');

describe('docs/needs.md', () => {
  it.each(NEED_RULES.map((r) => [r.id, r] as const))(
    'lists rule %s with its need, severity and source lines',
    (id, rule) => {
      const row = guide.split('\n').find((line) => line.includes(`| \`${id}\` |`));
      expect(row).toBeDefined();
      expect(row).toContain(`\`${rule.need}\``);
      expect(row).toContain(`| ${rule.severity} |`);
      if (rule.source.lines !== undefined) expect(row).toContain(rule.source.lines);
    },
  );

  it('names every need, indicator, criterion and issue code', () => {
    for (const id of [...NEED_IDS, ...SE_INDICATOR_IDS, ...ELIGIBILITY_CRITERION_IDS, ...NEEDS_ISSUE_CODES]) {
      expect(guide, id).toContain(`\`${id}\``);
    }
  });
});
