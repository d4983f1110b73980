import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/FormField';
import { useEntities } from '@/features/entities/hooks';
import { EVENT_TYPES } from './api';
import { NO_FILTERS, type AuditFilterValues } from './audit-query';

interface Props {
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

/** Entity, user, event type and time range; applied together, so one request per change of mind. */
export function AuditFilters({ values, onApply }: Props) {
  const { t } = useTranslation();
  const entities = useEntities();
  const [draft, setDraft] = useState(values);
  const set = (key: keyof AuditFilterValues) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(NO_FILTERS);
    onApply(NO_FILTERS);
  };
  return (
    <form className="audit-filters panel" onSubmit={submit} aria-label={t('audit.filters')}>
      <FormField label={t('audit.entity')}>
        {(props) => (
          <select {...props} value={draft.entity} onChange={(e) => set('entity')(e.target.value)}>
            <option value="">{t('audit.anyEntity')}</option>
            {(entities.data ?? []).map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.displayName || entity.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('audit.user')} hint={t('audit.userHint')}>
        {(props) => (
          <input
            {...props}
            type="search"
            value={draft.user}
            onChange={(e) => set('user')(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('audit.type')}>
        {(props) => (
          <select {...props} value={draft.type} onChange={(e) => set('type')(e.target.value)}>
            <option value="">{t('audit.anyType')}</option>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`audit.types.${type}`, { defaultValue: type })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('audit.from')}>
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            value={draft.from}
            onChange={(e) => set('from')(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('audit.to')}>
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            value={draft.to}
            onChange={(e) => set('to')(e.target.value)}
          />
        )}
      </FormField>
      <div className="row audit-filter-actions">
        <button type="submit">{t('audit.apply')}</button>
        <button type="button" className="secondary" onClick={clear}>
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
