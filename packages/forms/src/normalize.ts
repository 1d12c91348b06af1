/**
 * Answers as people type them, made into the form the schemas check and the portal keeps: a phone
 * number with spaces, brackets or dashes, or in the national form (050 123 45 67), becomes
 * +994501234567; a FIN in lower case becomes upper case; a decimal comma becomes a point; text
 * loses the spaces around it. The error messages show the spaced form, so it has to be accepted.
 */
import type { FormField } from './types.js';

const PHONE_SEPARATORS = /[\s\u00a0().-]/g;

function phone(value: string): string {
  const compact = value.replace(PHONE_SEPARATORS, '');
  if (/^0\d{9}$/.test(compact)) return `+994${compact.slice(1)}`;
  if (/^00994\d{9}$/.test(compact)) return `+${compact.slice(2)}`;
  if (/^994\d{9}$/.test(compact)) return `+${compact}`;
  return compact;
}

/** `value` as the form keeps it, for a field of `field`'s kind; other values as they are. */
export function normalizeAnswer(field: Pick<FormField, 'kind'>, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  switch (field.kind) {
    case 'phone':
      return phone(value);
    case 'fin':
      return value.trim().toUpperCase();
    case 'number': {
      const decimal = value.trim().replace(',', '.');
      return /^-?\d+(\.\d+)?$/.test(decimal) ? Number(decimal) : value;
    }
    case 'text':
    case 'longText':
    case 'address':
    case 'email':
      return value.trim();
    default:
      return value;
  }
}
