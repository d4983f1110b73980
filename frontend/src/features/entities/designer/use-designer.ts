import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/toast-context';
import { ApiError } from '@/lib/api-error';
import { fieldErrorText, problemDetail, problemTitle } from '@/lib/problem-text';
import { useSchemaCommand, type SchemaCommand } from '../hooks';

interface SendOptions<T> {
  success?: (result: T) => string;
  onSuccess?: (result: T) => void;
  /** After success or failure alike, e.g. to close the confirmation that started it. */
  onSettled?: () => void;
}

/**
 * The designer's one way to change a schema: If-Match of the version on screen, a toast on
 * success, and on 412 a lasting explanation while the page reloads the latest schema.
 */
export function useDesigner(entity: string, schemaVersion: number) {
  const { t } = useTranslation();
  const toast = useToast();
  const mutation = useSchemaCommand(entity, schemaVersion);
  const [stale, setStale] = useState<number | null>(null);

  function send<T = unknown>(command: SchemaCommand, options: SendOptions<T> = {}) {
    mutation.mutate(command, {
      onSettled: () => options.onSettled?.(),
      onSuccess: (result) => {
        setStale(null);
        if (options.success) toast(options.success(result as T));
        options.onSuccess?.(result as T);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 412) {
          setStale(schemaVersion);
          return;
        }
        const extra =
          error instanceof ApiError
            ? [problemDetail(error), ...error.errors.map(fieldErrorText)].filter(Boolean)
            : [];
        const title = error instanceof ApiError ? problemTitle(error) : error.message;
        toast([title, ...extra].join(' — '), 'error');
      },
    });
  }

  return {
    send,
    busy: mutation.isPending,
    /** The schema version the admin's stale change was based on, or null. */
    stale,
    dismissStale: () => setStale(null),
    staleMessage: stale === null ? '' : t('designer.stale', { version: stale }),
  };
}

export type Designer = ReturnType<typeof useDesigner>;
