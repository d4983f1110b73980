import { ApiError, type ProblemFieldError } from '@/lib/api-error';
import { t } from '@/lib/i18n';
import { fieldErrorText } from '@/lib/problem-text';

export interface PlacedProblems<C extends string> {
  /** The message to show at each control, in the user's language. */
  byControl: Partial<Record<C, string>>;
  /** What no control can show (a 403, a network failure, an unknown field), else null. */
  rest: unknown;
}

/** A user-administration problem in the user's language, falling back to the server's words. */
export function userProblemText(problem: Pick<ProblemFieldError, 'code' | 'message'>): string {
  return t(`users.errors.${problem.code}`, { defaultValue: fieldErrorText(problem) });
}

/**
 * Puts a failed call's field problems at the controls that caused them. `controls` maps the
 * server's field names to this form's controls: the self-lockout conflict names `id`, which the
 * form shows at the control that asked for it.
 */
export function placeProblems<C extends string>(
  error: unknown,
  controls: Partial<Record<string, C>>,
): PlacedProblems<C> {
  const byControl: Partial<Record<C, string>> = {};
  if (!(error instanceof ApiError)) return { byControl, rest: error ?? null };
  const unplaced: ProblemFieldError[] = [];
  for (const problem of error.errors) {
    const control = controls[problem.field];
    if (!control) {
      unplaced.push(problem);
      continue;
    }
    const text = userProblemText(problem);
    byControl[control] = byControl[control] ? `${byControl[control]}; ${text}` : text;
  }
  const placedAll = error.errors.length > 0 && unplaced.length === 0;
  const rest = placedAll
    ? null
    : new ApiError(error.status, { ...error, errors: unplaced }, error.requestId);
  return { byControl, rest };
}
