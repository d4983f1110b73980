import { useDeferredValue, useMemo, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ControlProps } from '@/components/FormField';
import { useRecordIndex } from './hooks';
import { labelMatches } from './record-label';

const MAX_OPTIONS = 200;

interface ReferencePickerProps {
  control: ControlProps;
  registration: UseFormRegisterReturn;
  label: string;
  reference: string | undefined;
}

/**
 * A select of the referenced entity's records by label, narrowed by a search box. The list's `q`
 * searches every text field, not the label, and ignores no accents, so the labels are loaded
 * once and searched here.
 */
export function ReferencePicker({ control, registration, label, reference }: ReferencePickerProps) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useDeferredValue(query);
  const index = useRecordIndex(reference);
  const matches = useMemo(() => {
    const records = index.data?.records ?? [];
    const found = search.trim()
      ? records.filter((record) => labelMatches(record.label, search, i18n.language))
      : records;
    return found.slice(0, MAX_OPTIONS);
  }, [index.data, search, i18n.language]);
  const total = index.data?.records.length ?? 0;
  const repeated = useMemo(() => {
    const seen = new Map<string, number>();
    for (const record of matches) seen.set(record.label, (seen.get(record.label) ?? 0) + 1);
    return seen;
  }, [matches]);
  const placeholder = index.isPending
    ? t('picker.loading')
    : total === 0
      ? t('picker.noRecords')
      : matches.length === 0
        ? t('picker.noMatch')
        : t('picker.choose');

  return (
    <div className="reference-picker">
      <input
        type="search"
        aria-label={t('picker.search', { label })}
        placeholder={t('picker.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <select {...control} {...registration}>
        <option value="">{placeholder}</option>
        {matches.map((record) => (
          <option key={record.id} value={record.id}>
            {(repeated.get(record.label) ?? 0) > 1
              ? `${record.label} (${record.id.slice(0, 8)})`
              : record.label}
          </option>
        ))}
      </select>
      {search.trim() && !index.isPending && (
        <small className="muted" aria-live="polite">
          {t('picker.count', { count: matches.length })}
        </small>
      )}
      {index.isError && (
        <small className="error" role="alert">
          {t('picker.loadError', { message: index.error.message })}
        </small>
      )}
    </div>
  );
}
