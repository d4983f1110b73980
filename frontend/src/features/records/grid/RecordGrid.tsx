import { useQueries } from '@tanstack/react-query';
import { useTable, type SortingState } from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import type { EntityDetail } from '@/features/entities/api';
import { config } from '@/lib/config';
import { formatCount } from '@/lib/format';
import { recordIndexQuery, useRecordPages } from '../hooks';
import { toSortParam } from '../sort-param';
import { ColumnsMenu } from './ColumnsMenu';
import { gridColumns } from './grid-columns';
import { gridFeatures } from './grid-features';
import { GridTable } from './GridTable';

const PAGE_SIZES = [25, 100, 1000] as const;

interface RecordGridProps {
  entity: EntityDetail;
  pageSize: number;
  onPageSize: (size: number) => void;
  highlightId?: string;
  canWrite: boolean;
}

/** The labels of every entity this one references, by entity id then record id. */
function useReferenceLabels(entity: EntityDetail) {
  const references = [...new Set(entity.fields.map((field) => field.reference).filter(Boolean))];
  const indexes = useQueries({
    queries: references.map((reference) => recordIndexQuery(reference as string)),
  });
  const stamp = indexes.map((index) => index.dataUpdatedAt).join(',');
  const referenceKey = references.join(',');
  return useMemo(
    () =>
      new Map(
        referenceKey
          .split(',')
          .filter(Boolean)
          .map((reference, i) => [
            reference,
            indexes[i]?.data?.labels ?? new Map<string, string>(),
          ]),
      ),
    // The index results change identity on every render; the stamp says when their data did.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stamp, referenceKey],
  );
}

export function RecordGrid({
  entity,
  pageSize,
  onPageSize,
  highlightId,
  canWrite,
}: RecordGridProps) {
  const { t, i18n } = useTranslation();
  const sizeId = useId();
  const [sorting, setSorting] = useState<SortingState>([]);
  const sort = config.serverSort ? toSortParam(sorting) : '';
  const pages = useRecordPages(entity.id, pageSize, sort);
  const labels = useReferenceLabels(entity);
  const locale = i18n.language;
  const columns = useMemo(
    () =>
      gridColumns({
        entity,
        labels,
        locale,
        headers: { createdAt: t('records.createdAt'), createdBy: t('records.createdBy') },
      }),
    [entity, labels, locale, t],
  );
  const data = useMemo(() => pages.data?.pages.flatMap((page) => page.data) ?? [], [pages.data]);
  const table = useTable({
    features: gridFeatures,
    columns,
    data,
    getRowId: (record) => record.id,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: config.serverSort,
    columnResizeMode: 'onChange',
    enableSortingRemoval: true,
    sortDescFirst: false,
  });

  const nextPageError = pages.isFetchNextPageError ? pages.error : null;
  if (pages.isPending) return <Loading label={t('records.loading')} lines={8} />;
  if (pages.isError) return <ErrorAlert error={pages.error} retry={pages.refetch} />;
  if (data.length === 0) {
    return (
      <EmptyState title={t('records.empty')}>
        {canWrite && entity.fields.length > 0 ? t('records.emptyHint') : t('records.emptyReadOnly')}
      </EmptyState>
    );
  }
  return (
    <>
      <div className="grid-toolbar">
        <ColumnsMenu columns={table.getAllLeafColumns()} />
        <div className="inline-field">
          <label htmlFor={sizeId}>{t('records.pageSize')}</label>
          <select
            id={sizeId}
            value={pageSize}
            onChange={(event) => onPageSize(Number(event.target.value))}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {formatCount(size, locale)}
              </option>
            ))}
          </select>
        </div>
        {!config.serverSort && sorting.length > 0 && pages.hasNextPage && (
          <small className="muted">{t('records.loadedOnly')}</small>
        )}
      </div>
      <GridTable
        table={table}
        label={t('records.gridLabel', { name: entity.name })}
        highlightId={highlightId}
      />
      {nextPageError && <ErrorAlert error={nextPageError} />}
      <p className="muted" role="status">
        {t('records.shown', { count: data.length })}
      </p>
      {pages.hasNextPage && (
        <button
          type="button"
          onClick={() => pages.fetchNextPage()}
          disabled={pages.isFetchingNextPage}
        >
          {pages.isFetchingNextPage ? t('records.loadingMore') : t('records.loadMore')}
        </button>
      )}
    </>
  );
}
