import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-error';
import { fieldErrorText, problemDetail, problemTitle } from '@/lib/problem-text';

/** Grey placeholder lines where content is coming; screen readers hear the label. */
export function Loading({ label, lines = 3 }: { label?: string; lines?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="skeleton" aria-live="polite">
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}

/** Nothing here yet: says so, and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children && <p className="empty-hint">{children}</p>}
    </div>
  );
}

function describe(error: unknown, fallback: string) {
  if (error instanceof ApiError) {
    return { title: problemTitle(error), detail: problemDetail(error), requestId: error.requestId };
  }
  return { title: error instanceof Error ? error.message : fallback };
}

export function ErrorAlert({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  const { title, detail, requestId } = describe(error, t('common.somethingWrong'));
  return (
    <div role="alert" className="alert">
      <strong>{title}</strong>
      {detail && <p>{detail}</p>}
      {error instanceof ApiError && error.errors.length > 0 && (
        <ul>
          {error.errors.map((item, index) => (
            <li key={`${item.field}-${index}`}>
              {item.field ? `${item.field}: ` : ''}
              {fieldErrorText(item)}
            </li>
          ))}
        </ul>
      )}
      {requestId && <small className="muted">{t('common.requestId', { id: requestId })}</small>}
      {retry && (
        <button type="button" onClick={retry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
