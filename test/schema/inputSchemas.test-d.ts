import { describe, expectTypeOf, it } from 'vitest';
import {
  INPUT_SCHEMAS,
  type ActionPlanSchema,
  type InputSchemaName,
  type NeedsAssessmentInput,
} from '../../src';
import type { z } from 'zod';

describe('INPUT_SCHEMAS', () => {
  it('keeps each schema type, so parsed values are typed', () => {
    expectTypeOf(INPUT_SCHEMAS['action-plan']).toEqualTypeOf<typeof ActionPlanSchema>();
    expectTypeOf<z.input<(typeof INPUT_SCHEMAS)['needs-assessment']>>().toEqualTypeOf<NeedsAssessmentInput>();
  });

  it('is keyed by InputSchemaName and nothing else', () => {
    expectTypeOf<keyof typeof INPUT_SCHEMAS>().toEqualTypeOf<InputSchemaName>();
    // @ts-expect-error: not a registered model
    expectTypeOf(INPUT_SCHEMAS['needs-profile']).toBeUnknown();
  });
});
