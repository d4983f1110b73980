import type { Column } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { EntityRecord } from '../api';
import type { GridFeatures } from './grid-features';

/** Show or hide columns; a disclosure so it works the same with a mouse, keys or touch. */
export function ColumnsMenu({ columns }: { columns: Column<GridFeatures, EntityRecord>[] }) {
  const { t } = useTranslation();
  return (
    <details className="menu">
      <summary>{t('records.columns')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('records.columns')}</legend>
        {columns
          .filter((column) => column.getCanHide())
          .map((column) => (
            <label key={column.id}>
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                onChange={column.getToggleVisibilityHandler()}
              />{' '}
              {String(column.columnDef.header)}
            </label>
          ))}
      </fieldset>
    </details>
  );
}
