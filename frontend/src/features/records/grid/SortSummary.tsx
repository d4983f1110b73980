import { useTranslation } from 'react-i18next';
import type { ColumnSort } from '../sort-param';
import type { FilterableField } from '../query/filter-fields';

interface SortSummaryProps {
  id: string;
  sort: ColumnSort[];
  fields: FilterableField[];
  onClear: () => void;
}

/** Says what the rows are sorted by, and how to add a key: the hint the headers point to. */
export function SortSummary({ id, sort, fields, onClear }: SortSummaryProps) {
  const { t } = useTranslation();
  const label = (name: string) => fields.find((field) => field.name === name)?.label ?? name;
  const keys = sort
    .map((key) => `${label(key.id)} ${key.desc ? '↓' : '↑'}`)
    .join(t('records.sortThen'));
  return (
    <p className="sort-summary muted">
      {sort.length > 0 && (
        <>
          <span>{t('records.sortedBy', { keys })}</span>{' '}
          <button type="button" className="ghost small" onClick={onClear}>
            {t('records.clearSort')}
          </button>{' '}
        </>
      )}
      <small id={id}>{t('records.sortHint')}</small>
    </p>
  );
}
