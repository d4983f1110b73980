import type { Field } from '@/features/entities/api';
import {
  compareDecimal,
  decimalParts,
  isDecimalText,
  normalizeDecimal,
  toPlainDecimal,
} from './decimal';
import { t } from '@/lib/i18n';
import { fail, ok, type ParseResult } from './parse-result';
import { RawJson } from './record-body';
import { parseEmail, parseEnum, parseText, parseUrl } from './text-values';

export type { ParseResult } from './parse-result';

/** What a generated input holds: text for most types, a boolean for a checkbox. */
export type FormValue = string | boolean | null | undefined;

type Check = (field: Field, text: string) => ParseResult;

const INT64_MIN = '-9223372036854775808';
const INT64_MAX = '9223372036854775807';
const INTEGER_PATTERN = /^[+-]?\d+$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$/;
const ZONED_DATETIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkBounds(field: Field, value: string): ParseResult | null {
  if (field.min !== undefined && compareDecimal(value, field.min) < 0) {
    return fail('min', t('validation.min', { min: field.min }));
  }
  if (field.max !== undefined && compareDecimal(value, field.max) > 0) {
    return fail('max', t('validation.max', { max: field.max }));
  }
  return null;
}

function parseInteger(field: Field, text: string): ParseResult {
  if (!INTEGER_PATTERN.test(text)) return fail('wrong_type', t('validation.wholeNumber'));
  const value = normalizeDecimal(text);
  if (compareDecimal(value, INT64_MIN) < 0 || compareDecimal(value, INT64_MAX) > 0) {
    return fail('wrong_type', t('validation.int64'));
  }
  return checkBounds(field, value) ?? ok(new RawJson(value));
}

function parseDecimal(field: Field, text: string): ParseResult {
  if (!isDecimalText(text)) return fail('invalid_decimal', t('validation.decimal'));
  const value = normalizeDecimal(toPlainDecimal(text));
  const { integer, fraction } = decimalParts(value);
  if (field.scale !== undefined && fraction.length > field.scale) {
    return fail('invalid_decimal', t('validation.scale', { scale: field.scale }));
  }
  if (field.precision !== undefined) {
    const integerDigits = field.precision - (field.scale ?? 0);
    if (integer.length > integerDigits) {
      return fail('invalid_decimal', t('validation.integerDigits', { digits: integerDigits }));
    }
  }
  return checkBounds(field, value) ?? ok(value);
}

function parseBoolean(_field: Field, text: string): ParseResult {
  if (text === 'true' || text === 'false') return ok(text === 'true');
  return fail('wrong_type', t('validation.trueFalse'));
}

function parseDate(_field: Field, text: string): ParseResult {
  const match = DATE_PATTERN.exec(text);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return ok(text);
  }
  return fail('invalid_date', t('validation.date'));
}

function parseDateTime(_field: Field, text: string): ParseResult {
  // A datetime-local input has no offset: it is the user's local time.
  const zoned = ZONED_DATETIME_PATTERN.test(text);
  if (zoned || LOCAL_DATETIME_PATTERN.test(text)) {
    const time = new Date(text);
    if (!Number.isNaN(time.getTime())) return ok(time.toISOString());
  }
  return fail('invalid_datetime', t('validation.datetime'));
}

function parseReference(_field: Field, text: string): ParseResult {
  if (!UUID_PATTERN.test(text)) return fail('wrong_type', t('validation.chooseRecord'));
  return ok(text.toLowerCase());
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => containsNul(key) || containsNul(item));
  }
  return false;
}

function parseJson(_field: Field, text: string): ParseResult {
  try {
    if (containsNul(JSON.parse(text))) {
      return fail('invalid_character', t('validation.jsonNul'));
    }
    return ok(new RawJson(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'parse error';
    return fail('invalid_json', t('validation.json', { reason }));
  }
}

const PARSERS: Record<Field['type'], Check> = {
  TEXT: parseText,
  LONG_TEXT: parseText,
  INTEGER: parseInteger,
  DECIMAL: parseDecimal,
  BOOLEAN: parseBoolean,
  DATE: parseDate,
  DATETIME: parseDateTime,
  EMAIL: parseEmail,
  URL: parseUrl,
  ENUM: parseEnum,
  REFERENCE: parseReference,
  JSON: parseJson,
};

const KEEPS_WHITESPACE = new Set<Field['type']>(['TEXT', 'LONG_TEXT', 'JSON']);

/** Turns what an input holds into the JSON value the API expects, or the rule it breaks. */
export function parseFieldValue(field: Field, raw: FormValue): ParseResult {
  if (typeof raw === 'boolean') {
    return field.type === 'BOOLEAN' ? ok(raw) : fail('wrong_type', t('validation.wrongBoolean'));
  }
  const text = raw == null ? '' : KEEPS_WHITESPACE.has(field.type) ? raw : raw.trim();
  if (text === '' || (field.type === 'JSON' && text.trim() === '')) {
    return field.required ? fail('required', t('validation.required')) : ok(null);
  }
  return PARSERS[field.type](field, text);
}
