export {
  CERTIFICATE_FACTS,
  CERTIFICATE_FILTERS,
  type CertificateFilter,
  type CertificateTemplate,
  certificateStatement,
  checkDefinition,
  type FieldDefinition,
  type FormDefinition,
  formChanges,
  type Localized,
  localizeForm,
  placeholdersOf,
  type StepDefinition,
} from './definition.js';
export { isAnswered, type Journey, replayJourney, validatorFor } from './journey.js';
export { MESSAGES, type MessageKey, requiredKey } from './messages.js';
export { normalizeAnswer } from './normalize.js';
export * from './types.js';
export {
  checkAnswer,
  type FieldError,
  type ValidateOptions,
  type Validation,
  validateAnswers,
} from './validate.js';
