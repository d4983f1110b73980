import type { Field } from '@/features/entities/api';
import { formatDate, formatDateTime, formatDecimal } from '@/lib/format';
import { t } from '@/lib/i18n';

/** A stored value as plain text in the user's locale (record page, tooltips). */
export function formatValue(type: Field['type'], value: unknown, locale: string): string {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'BOOLEAN':
      return value ? t('common.yes') : t('common.no');
    case 'INTEGER':
    case 'DECIMAL':
      return formatDecimal(String(value), locale);
    case 'DATE':
      return formatDate(String(value), locale);
    case 'DATETIME':
      return formatDateTime(String(value), locale);
    case 'JSON':
      return JSON.stringify(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
