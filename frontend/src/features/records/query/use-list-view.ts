import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { EntityDetail } from '@/features/entities/api';
import { filterableFields } from './filter-fields';
import { viewFromSearch, viewToSearch, type ListView } from './list-view';

/** The fields a view can use, with the system fields named in the user's language. */
export function useFilterableFields(entity: EntityDetail) {
  const { t } = useTranslation();
  return useMemo(
    () =>
      filterableFields(entity, {
        id: t('records.system.id'),
        version: t('records.system.version'),
        created_at: t('records.createdAt'),
        updated_at: t('records.system.updatedAt'),
        created_by: t('records.createdBy'),
        updated_by: t('records.system.updatedBy'),
      }),
    [entity, t],
  );
}

/**
 * The grid's view (sort, filters, search, page size) lives in the address, so a reload or a
 * shared link shows the same records. Typing in the search box replaces the history entry;
 * every other change adds one, so Back undoes it.
 */
export function useListView(entity: EntityDetail) {
  const fields = useFilterableFields(entity);
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the address text says when it changed
  const view = useMemo(() => viewFromSearch(search, fields), [key, fields]);
  const change = useCallback(
    (next: Partial<ListView>, options: { replace?: boolean } = {}) =>
      setSearch(viewToSearch({ ...view, ...next }), { replace: options.replace }),
    [view, setSearch],
  );
  return { view, change, fields };
}
