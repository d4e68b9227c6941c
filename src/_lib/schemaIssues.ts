import type { NonEmptyArray } from '../core/issue';
import type { Issue } from '../issue';
import type { SchemaIssueCode } from '../core/issueCodes';
import { INPUT_LIMITS } from '../core/inputLimits';
import type { LocalizedText } from '../core/localizedText';
import { deepFreeze } from './deepFreeze';

/** The fixed, value-free messages of the schema issue codes, in both languages. */
const MESSAGES: Readonly<Record<string, LocalizedText>> = deepFreeze({
  schema_required: { nb: 'Feltet mangler.', en: 'The field is missing.' },
  schema_invalid_type: { nb: 'Feltet har feil type.', en: 'The field has the wrong type.' },
  schema_invalid_value: {
    nb: 'Verdien er ikke en av de tillatte verdiene.',
    en: 'The value is not one of the allowed values.',
  },
  schema_invalid_date: {
    nb: 'Datoen er ikke en gyldig kalenderdato (ÅÅÅÅ-MM-DD).',
    en: 'The date is not a real calendar date (YYYY-MM-DD).',
  },
  schema_invalid_format: { nb: 'Feltet har feil format.', en: 'The field has the wrong format.' },
  schema_too_small: {
    nb: 'Verdien er for liten eller for kort.',
    en: 'The value is too small or too short.',
  },
  schema_too_big: { nb: 'Verdien er for stor eller for lang.', en: 'The value is too large or too long.' },
  schema_unrecognized_key: { nb: 'Feltet er ukjent.', en: 'The field is not known.' },
  schema_invalid: { nb: 'Verdien er ugyldig.', en: 'The value is not valid.' },
  too_many_issues: {
    nb: 'Det er flere feil enn listen viser; rett disse og kontroller på nytt.',
    en: 'There are more issues than the list shows; fix these and check again.',
  },
});

/** The fixed message of a schema issue code. */
export function schemaMessage(code: SchemaIssueCode): LocalizedText {
  return MESSAGES[code] ?? (MESSAGES['schema_invalid'] as LocalizedText);
}

/** A fresh copy of the fixed message of a code, so that no two results share a message object. */
export function messageOf(code: SchemaIssueCode): LocalizedText {
  const message = schemaMessage(code);
  return { nb: message.nb, en: message.en };
}

/**
 * Cuts an issue list to `INPUT_LIMITS.issues` entries, the last of them a
 * `too_many_issues` issue when anything was cut.
 */
export function capIssues(issues: NonEmptyArray<Issue>): NonEmptyArray<Issue> {
  if (issues.length <= INPUT_LIMITS.issues) return issues;
  const kept = issues.slice(0, INPUT_LIMITS.issues - 1);
  return [
    ...kept,
    { code: 'too_many_issues', severity: 'error', path: [], message: messageOf('too_many_issues') },
  ] as unknown as NonEmptyArray<Issue>;
}
