import type { z } from 'zod';
import { SupportedEmploymentError } from '../../core/errors';
import { PRIVACY_MODELS, type PrivacyModelId } from '../../privacy/privacyModel';

/** The id of the public model whose exported schema this is; throws `unknown_id` for any other schema. */
export function modelIdOf(schema: z.ZodType): PrivacyModelId {
  for (const model of PRIVACY_MODELS) if (model.schema === schema) return model.id;
  throw new SupportedEmploymentError(
    'unknown_id',
    'The schema is not one of the public models; pass an exported model schema itself (see PRIVACY_MODELS).',
  );
}

/** Re-throws library errors; turns anything else thrown while reading hostile input into `invalid_input`, without its message. */
export function asLibraryError(error: unknown, what: string): SupportedEmploymentError {
  if (error instanceof SupportedEmploymentError) return error;
  return new SupportedEmploymentError(
    'invalid_input',
    `The ${what} could not be read as the model it should be; parse it first.`,
  );
}
