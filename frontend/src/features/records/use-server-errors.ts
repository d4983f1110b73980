import { useEffect, useMemo } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/lib/api-error';
import { t } from '@/lib/i18n';
import { fieldErrorText, problemTitle } from '@/lib/problem-text';
import { mapServerErrors } from './server-errors';

/**
 * Puts a failed mutation's `errors[]` on the form's fields and returns what is left to show
 * above the form (null when nothing failed).
 */
export function useServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldNames: string[],
  error: Error | null,
): Error | null {
  const namesKey = fieldNames.join(',');
  const mapped = useMemo(
    () =>
      error instanceof ApiError
        ? mapServerErrors(namesKey.split(','), error.errors, fieldErrorText)
        : undefined,
    [error, namesKey],
  );

  useEffect(() => {
    for (const [name, problem] of Object.entries(mapped?.byField ?? {})) {
      setError(
        name as Path<T>,
        { type: problem.code, message: problem.message },
        { shouldFocus: true },
      );
    }
  }, [mapped, setError]);

  if (!error) return null;
  if (!(error instanceof ApiError) || !mapped) return error;
  if (mapped.general.length > 0 || Object.keys(mapped.byField).length === 0) {
    return new ApiError(error.status, { ...error, errors: mapped.general }, error.requestId);
  }
  return new Error(t('problems.fixFields', { title: problemTitle(error) }));
}
