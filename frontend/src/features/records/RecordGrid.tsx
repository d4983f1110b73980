import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import type { EntityDetail } from '@/features/entities/api';
import { fieldLabel } from './field-inputs';
import { formatValue } from './format-value';
import { useRecordPages } from './hooks';

interface RecordGridProps {
  entity: EntityDetail;
  highlightId?: string;
}

export function RecordGrid({ entity, highlightId }: RecordGridProps) {
  const pages = useRecordPages(entity.id);
  const nextPageError = pages.isFetchNextPageError ? pages.error : null;
  if (pages.isPending) return <Loading label="Loading records…" />;
  if (pages.isError) return <ErrorAlert error={pages.error} retry={pages.refetch} />;

  const records = pages.data.pages.flatMap((page) => page.data);
  if (records.length === 0) return <EmptyState>No records yet.</EmptyState>;

  return (
    <>
      <div className="table-scroll">
        <table aria-label={`Records of ${entity.name}`} className="records">
          <thead>
            <tr>
              {entity.fields.map((field) => (
                <th key={field.id} scope="col">
                  {fieldLabel(field)}
                </th>
              ))}
              <th scope="col">Created</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={record.id} className={record.id === highlightId ? 'highlight' : undefined}>
                {entity.fields.map((field) => {
                  const text = formatValue(field.type, record[field.name]);
                  return (
                    <td key={field.id} title={text}>
                      {text}
                    </td>
                  );
                })}
                <td>{formatValue('DATETIME', record.created_at)}</td>
                <td>{record.created_by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextPageError && <ErrorAlert error={nextPageError} />}
      <p className="muted">
        {records.length} record{records.length === 1 ? '' : 's'} shown
      </p>
      {pages.hasNextPage && (
        <button
          type="button"
          onClick={() => pages.fetchNextPage()}
          disabled={pages.isFetchingNextPage}
        >
          {pages.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}
