import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  SupportedEmploymentError,
  type IssueCode,
  type IssueOf,
  type IssueSchema,
  type NonEmptyArray,
  type Issue,
  type Result,
  type ValidationReport,
} from '../../src';

describe('the issue types, assembled at the top of the tree', () => {
  it('type an issue code as the closed list, not any string', () => {
    expectTypeOf<Issue['code']>().toEqualTypeOf<IssueCode>();
    expectTypeOf<Issue>().toEqualTypeOf<z.output<typeof IssueSchema>>();
    // Core's shape with the closed list is the same type.
    expectTypeOf<IssueOf<IssueCode>>().toEqualTypeOf<z.output<typeof IssueSchema>>();
    // @ts-expect-error: a code outside the list is not an issue code
    expectTypeOf<Issue['code']>().toEqualTypeOf<string>();
  });

  it('carry precise issues in results, reports and the error', () => {
    expectTypeOf<Extract<Result<number>, { ok: false }>['issues']>().toEqualTypeOf<NonEmptyArray<Issue>>();
    expectTypeOf<ValidationReport['issues']>().toEqualTypeOf<readonly Issue[]>();
    const error = new SupportedEmploymentError('invalid_input', 'x');
    expectTypeOf(error.issues).toEqualTypeOf<readonly Issue[]>();
    expectTypeOf(error).toExtend<Error>();
    const caught: unknown = error;
    if (caught instanceof SupportedEmploymentError)
      expectTypeOf(caught.issues[0]).toEqualTypeOf<Issue | undefined>();
  });
});
