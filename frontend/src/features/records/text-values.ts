import type { Field } from '@/features/entities/api';
import { t } from '@/lib/i18n';
import { fail, ok, type ParseResult } from './parse-result';

// The server's own shapes: an address with a dotted domain; an http(s) URL with a host.
const EMAIL_PATTERN = /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/;
const URL_PATTERN = /^https?:\/\/[^\s/?#]+\S*$/i;

/** Like the server's Matcher.find(): the pattern must occur; anchor it with ^…$ for a full match. */
function matches(pattern: string, text: string): boolean | null {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return null; // A server-side (Java) regex JavaScript cannot compile: the server checks it.
  }
}

function checkText(field: Field, text: string): ParseResult | null {
  if (text.includes('\u0000')) return fail('invalid_character', t('validation.textNul'));
  const length = [...text].length;
  if (field.maxLength !== undefined && length > field.maxLength) {
    return fail('max_length', t('validation.maxLength', { max: field.maxLength }));
  }
  if (field.pattern && matches(field.pattern, text) === false) {
    return fail('pattern', t('validation.pattern', { pattern: field.pattern }));
  }
  return null;
}

export function parseText(field: Field, text: string): ParseResult {
  return checkText(field, text) ?? ok(text);
}

export function parseEmail(field: Field, text: string): ParseResult {
  if (!EMAIL_PATTERN.test(text)) return fail('invalid_email', t('validation.email'));
  return parseText(field, text);
}

export function parseUrl(field: Field, text: string): ParseResult {
  if (!URL_PATTERN.test(text)) {
    return fail('invalid_url', t('validation.url'));
  }
  return parseText(field, text);
}

export function parseEnum(field: Field, text: string): ParseResult {
  if (!(field.options ?? []).includes(text)) {
    return fail(
      'not_an_option',
      t('validation.option', { options: (field.options ?? []).join(', ') }),
    );
  }
  return ok(text);
}
