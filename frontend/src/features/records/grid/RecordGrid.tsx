import { useQueries } from '@tanstack/react-query';
import { useTable, type Updater, type SortingState } from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import type { EntityDetail } from '@/features/entities/api';
import { recordIndexQuery, useRecordPages } from '../hooks';
import { ImportPanel } from '../import/ImportPanel';
import { isComplete, listQuery, type ListView } from '../query/list-view';
import { useListView } from '../query/use-list-view';
import { gridColumns } from './grid-columns';
import { gridFeatures } from './grid-features';
import { GridTable } from './GridTable';
import { GridToolbar } from './GridToolbar';
import { SortSummary } from './SortSummary';
import './grid-view.css';

interface RecordGridProps {
  entity: EntityDetail;
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

const narrowed = (view: ListView) => view.q.trim() !== '' || view.filters.some(isComplete);

/**
 * The records of the view in the address, a keyset page at a time: the server filters,
 * searches and sorts (header click; Shift+click adds a key), "Load more" follows `page.next`.
 */
export function RecordGrid({ entity, highlightId, canWrite }: RecordGridProps) {
  const { t } = useTranslation();
  const sortHintId = useId();
  const importId = useId();
  const [importOpen, setImportOpen] = useState(false);
  const { view, change, fields } = useListView(entity);
  const query = useMemo(() => listQuery(view), [view]);
  const pages = useRecordPages(entity.id, query);
  const labels = useReferenceLabels(entity);
  const columns = useMemo(
    () =>
      gridColumns({
        entity,
        labels,
        headers: { createdAt: t('records.createdAt'), createdBy: t('records.createdBy') },
      }),
    [entity, labels, t],
  );
  const data = useMemo(() => pages.data?.pages.flatMap((page) => page.data) ?? [], [pages.data]);
  const sorting: SortingState = view.sort;
  const onSortingChange = (updater: Updater<SortingState>) =>
    change({ sort: typeof updater === 'function' ? updater(sorting) : updater });
  const table = useTable({
    features: gridFeatures,
    columns,
    data,
    getRowId: (record) => record.id,
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    columnResizeMode: 'onChange',
    enableSortingRemoval: true,
    sortDescFirst: false,
  });

  const nextPageError = pages.isFetchNextPageError ? pages.error : null;
  const body = () => {
    if (pages.isPending) return <Loading label={t('records.loading')} lines={8} />;
    if (pages.isError && !nextPageError) {
      return <ErrorAlert error={pages.error} retry={pages.refetch} />;
    }
    if (data.length === 0 && narrowed(view)) {
      return (
        <EmptyState title={t('records.noMatch')}>
          <button
            type="button"
            className="secondary"
            onClick={() => change({ filters: [], q: '' })}
          >
            {t('records.clearView')}
          </button>
        </EmptyState>
      );
    }
    if (data.length === 0) {
      return (
        <EmptyState title={t('records.empty')}>
          {canWrite && entity.fields.length > 0
            ? t('records.emptyHint')
            : t('records.emptyReadOnly')}
        </EmptyState>
      );
    }
    return (
      <>
        <GridTable
          table={table}
          label={t('records.gridLabel', { name: entity.name })}
          highlightId={highlightId}
          busy={pages.isPlaceholderData}
          sortHintId={sortHintId}
        />
        {nextPageError && <ErrorAlert error={nextPageError} />}
        <p className="muted" role="status">
          {pages.isPlaceholderData
            ? t('records.loading')
            : t('records.shown', { count: data.length })}
        </p>
        {pages.hasNextPage && !pages.isPlaceholderData && (
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
  };
  return (
    <>
      <GridToolbar
        entity={entity}
        view={view}
        fields={fields}
        columns={table.getAllLeafColumns()}
        onChange={change}
        importToggle={
          canWrite && entity.fields.length > 0
            ? { panelId: importId, open: importOpen, toggle: () => setImportOpen((open) => !open) }
            : undefined
        }
      />
      {importOpen && <ImportPanel entity={entity} id={importId} />}
      <SortSummary
        id={sortHintId}
        sort={view.sort}
        fields={fields}
        onClear={() => change({ sort: [] })}
      />
      {body()}
    </>
  );
}
