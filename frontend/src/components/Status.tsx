import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api-error';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p role="status" className="muted">
      {label}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

function describe(error: unknown): { title: string; detail?: string; requestId?: string } {
  if (error instanceof ApiError) {
    return { title: error.title, detail: error.detail, requestId: error.requestId };
  }
  return { title: error instanceof Error ? error.message : 'Something went wrong' };
}

export function ErrorAlert({ error, retry }: { error: unknown; retry?: () => void }) {
  const { title, detail, requestId } = describe(error);
  return (
    <div role="alert" className="alert">
      <strong>{title}</strong>
      {detail && <p>{detail}</p>}
      {error instanceof ApiError && error.errors.length > 0 && (
        <ul>
          {error.errors.map((item, index) => (
            <li key={`${item.field}-${index}`}>
              {item.field ? `${item.field}: ` : ''}
              {item.message}
            </li>
          ))}
        </ul>
      )}
      {requestId && <small className="muted">Request {requestId}</small>}
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
