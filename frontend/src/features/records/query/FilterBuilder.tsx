import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConditionRow } from './ConditionRow';
import type { FilterableField } from './filter-fields';
import { initialValues, operatorsFor } from './filter-operators';
import { isComplete, type Condition } from './list-view';

interface FilterBuilderProps {
  filters: Condition[];
  fields: FilterableField[];
  onApply: (filters: Condition[]) => void;
}

function newCondition(fields: FilterableField[]): Condition {
  const field = fields[0]!;
  const op = operatorsFor(field.type)[0]!;
  return { field: field.name, op, values: initialValues(field.type, op) };
}

/**
 * Conditions on any field, all of which a record must meet, with the operators its type allows.
 * They are edited as a draft and sent together on Apply: one request per change of mind.
 */
export function FilterBuilder({ filters, fields, onApply }: FilterBuilderProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const [applied, setApplied] = useState(filters);
  // The address changed (Back, a link, Clear): show what it now says.
  if (applied !== filters) {
    setApplied(filters);
    setDraft(filters);
  }
  const active = filters.filter(isComplete).length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft.filter(isComplete));
  };
  const update = (index: number, condition: Condition) =>
    setDraft((current) => current.map((c, i) => (i === index ? condition : c)));
  const remove = (index: number) => setDraft((current) => current.filter((_, i) => i !== index));
  return (
    <details className="filters" open={active > 0 || undefined}>
      <summary>
        {active > 0 ? t('filters.titleCount', { count: active }) : t('filters.title')}
      </summary>
      <form onSubmit={submit} aria-label={t('filters.title')} className="filters-form">
        {draft.length === 0 && <p className="muted">{t('filters.none')}</p>}
        {draft.map((condition, index) => (
          <ConditionRow
            key={index}
            number={index + 1}
            condition={condition}
            fields={fields}
            onChange={(next) => update(index, next)}
            onRemove={() => remove(index)}
          />
        ))}
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => setDraft((current) => [...current, newCondition(fields)])}
          >
            {t('filters.add')}
          </button>
          <button type="submit">{t('filters.apply')}</button>
          {(active > 0 || draft.length > 0) && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setDraft([]);
                onApply([]);
              }}
            >
              {t('filters.clear')}
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
