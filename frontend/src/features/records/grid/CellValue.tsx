import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Field } from '@/features/entities/api';
import { formatDate, formatDateTime, formatDecimal } from '@/lib/format';
import type { EntityRecord } from '../api';

interface CellValueProps {
  field: Field;
  value: unknown;
  record: EntityRecord;
  entityId: string;
  /** The referenced entity's labels by record id, for a REFERENCE field. */
  labels?: Map<string, string>;
  /** The entity's label field: its value links to the record. */
  isTitle: boolean;
}

/** JSON stays one collapsed line; the button opens the whole value in a popover. */
function JsonValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="json-cell">
      <code className="truncate">{JSON.stringify(value)}</code>
      <button type="button" className="ghost small" popoverTarget={id} tabIndex={-1}>
        <span aria-hidden="true">{'{…}'}</span>
        <span className="visually-hidden">{t('cell.showJson')}</span>
      </button>
      <pre id={id} popover="auto" className="json-popover">
        {JSON.stringify(value, null, 2)}
      </pre>
    </span>
  );
}

/** A stored value as the grid shows it, by its field's type, in the user's locale. */
export function CellValue({ field, value, record, entityId, labels, isTitle }: CellValueProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (value === null || value === undefined || value === '') {
    return <span className="visually-hidden">{t('records.emptyValue')}</span>;
  }
  switch (field.type) {
    case 'INTEGER':
    case 'DECIMAL':
      return <span className="number">{formatDecimal(String(value), locale)}</span>;
    case 'BOOLEAN':
      return value ? (
        <span role="img" className="check yes" aria-label={t('common.yes')}>
          ✓
        </span>
      ) : (
        <span role="img" className="check no" aria-label={t('common.no')}>
          ✗
        </span>
      );
    case 'DATE':
      return <time dateTime={String(value)}>{formatDate(String(value), locale)}</time>;
    case 'DATETIME':
      return <time dateTime={String(value)}>{formatDateTime(String(value), locale)}</time>;
    case 'ENUM':
      return <span className="tag">{String(value)}</span>;
    case 'JSON':
      return <JsonValue value={value} />;
    case 'REFERENCE': {
      const id = String(value);
      const label = labels?.get(id) ?? id;
      return (
        <Link to={`/entities/${field.reference}/records/${id}`} tabIndex={-1} className="truncate">
          {label}
        </Link>
      );
    }
    default:
      return isTitle ? (
        <Link to={`/entities/${entityId}/records/${record.id}`} tabIndex={-1} className="truncate">
          {String(value)}
        </Link>
      ) : (
        <span className="truncate">{String(value)}</span>
      );
  }
}
