import type { ApiError, ProblemFieldError } from './api-error';
import { t } from './i18n';

/** A problem's title by its type (`validation-failed` …), else what the server said. */
export function problemTitle(error: ApiError): string {
  if (error.status === 0) return t('common.networkError');
  return t(`problems.${error.kind}`, { defaultValue: error.title });
}

/** A problem's detail; a network failure's own text is ours, so it is translated too. */
export function problemDetail(error: ApiError): string | undefined {
  if (error.status === 0) return t('common.unreachable');
  return error.detail;
}

/** A field error by its `code` in the user's language, falling back to the server's message. */
export function fieldErrorText(error: Pick<ProblemFieldError, 'code' | 'message'>): string {
  return t(`serverErrors.${error.code}`, { defaultValue: error.message });
}
