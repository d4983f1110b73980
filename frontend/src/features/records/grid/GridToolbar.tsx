import type { Column } from '@tanstack/react-table';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityDetail } from '@/features/entities/api';
import { formatCount } from '@/lib/format';
import type { EntityRecord } from '../api';
import { ExportButtons } from '../query/ExportButtons';
import type { FilterableField } from '../query/filter-fields';
import { FilterBuilder } from '../query/FilterBuilder';
import { viewQuery, type Condition, type ListView } from '../query/list-view';
import { SearchBox } from '../query/SearchBox';
import { ColumnsMenu } from './ColumnsMenu';
import type { GridFeatures } from './grid-features';

const PAGE_SIZES = [25, 100, 1000] as const;

interface GridToolbarProps {
  entity: EntityDetail;
  view: ListView;
  fields: FilterableField[];
  columns: Column<GridFeatures, EntityRecord>[];
  onChange: (next: Partial<ListView>, options?: { replace?: boolean }) => void;
  /** Present when the user may import: the import panel's id and whether it is open. */
  importToggle?: { panelId: string; open: boolean; toggle: () => void };
}

/** Search, filters, columns, page size, export and import: everything that shapes the view. */
export function GridToolbar(props: GridToolbarProps) {
  const { entity, view, fields, columns, onChange, importToggle } = props;
  const { t, i18n } = useTranslation();
  const sizeId = useId();
  return (
    <div className="grid-toolbar">
      <SearchBox value={view.q} onSearch={(q) => onChange({ q }, { replace: true })} />
      <ColumnsMenu columns={columns} />
      <div className="inline-field">
        <label htmlFor={sizeId}>{t('records.pageSize')}</label>
        <select
          id={sizeId}
          value={view.limit}
          onChange={(event) => onChange({ limit: Number(event.target.value) })}
        >
          {[...new Set([...PAGE_SIZES, view.limit])].map((size) => (
            <option key={size} value={size}>
              {formatCount(size, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <ExportButtons entity={entity} query={viewQuery(view)} />
      {importToggle && (
        <button
          type="button"
          className="secondary"
          aria-expanded={importToggle.open}
          aria-controls={importToggle.panelId}
          onClick={importToggle.toggle}
        >
          {t('import.open')}
        </button>
      )}
      <FilterBuilder
        filters={view.filters}
        fields={fields}
        onApply={(filters: Condition[]) => onChange({ filters })}
      />
    </div>
  );
}
