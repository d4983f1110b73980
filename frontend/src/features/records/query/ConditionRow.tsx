import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordIndex } from '../hooks';
import type { FilterableField } from './filter-fields';
import { initialValues, operatorsFor, valueKindFor, type Operator } from './filter-operators';
import { isoToLocalInput, linesToValues, localInputToIso, valuesToLines } from './filter-values';
import type { Condition } from './list-view';

interface ValueProps {
  field: FilterableField;
  condition: Condition;
  onValues: (values: string[]) => void;
  id: string;
  hintId: string;
}

function ReferenceChoice({ field, condition, onValues, id }: ValueProps) {
  const { t } = useTranslation();
  const index = useRecordIndex(field.reference);
  return (
    <select id={id} value={condition.values[0] ?? ''} onChange={(e) => onValues([e.target.value])}>
      <option value="">{t('filters.choose')}</option>
      {(index.data?.records ?? []).map((record) => (
        <option key={record.id} value={record.id}>
          {record.label}
        </option>
      ))}
    </select>
  );
}

/** The value input that fits the field's type and the operator. */
function ValueInput(props: ValueProps) {
  const { t } = useTranslation();
  const { field, condition, onValues, id, hintId } = props;
  const value = condition.values[0] ?? '';
  const set = (next: string) => onValues([next]);
  switch (valueKindFor(field.type, condition.op)) {
    case 'emptiness':
    case 'boolean':
      return (
        <select id={id} value={value} onChange={(e) => set(e.target.value)}>
          <option value="true">{t('common.yes')}</option>
          <option value="false">{t('common.no')}</option>
        </select>
      );
    case 'options':
      return (
        <select id={id} value={value} onChange={(e) => set(e.target.value)}>
          <option value="">{t('filters.choose')}</option>
          {(field.options ?? []).map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      );
    case 'reference':
      return <ReferenceChoice {...props} />;
    case 'list':
      return (
        <textarea
          id={id}
          rows={3}
          aria-describedby={hintId}
          value={valuesToLines(condition.values)}
          onChange={(e) => onValues(linesToValues(e.target.value))}
        />
      );
    case 'integer':
      return (
        <input
          id={id}
          type="number"
          step="1"
          inputMode="numeric"
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      );
    case 'decimal':
      return (
        <input id={id} inputMode="decimal" value={value} onChange={(e) => set(e.target.value)} />
      );
    case 'date':
      return <input id={id} type="date" value={value} onChange={(e) => set(e.target.value)} />;
    case 'datetime':
      return (
        <input
          id={id}
          type="datetime-local"
          step="1"
          value={isoToLocalInput(value)}
          onChange={(e) => set(localInputToIso(e.target.value))}
        />
      );
    default:
      return <input id={id} value={value} onChange={(e) => set(e.target.value)} />;
  }
}

interface ConditionRowProps {
  number: number;
  condition: Condition;
  fields: FilterableField[];
  onChange: (condition: Condition) => void;
  onRemove: () => void;
}

/** One condition: field, operator, value. Changing the field keeps the operator when it still fits. */
export function ConditionRow({ number, condition, fields, onChange, onRemove }: ConditionRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = fields.find((f) => f.name === condition.field) ?? fields[0]!;
  const ops = operatorsFor(field.type);
  const chooseField = (name: string) => {
    const next = fields.find((f) => f.name === name) ?? field;
    const nextOps = operatorsFor(next.type);
    const op = nextOps.includes(condition.op) ? condition.op : nextOps[0]!;
    onChange({ field: next.name, op, values: initialValues(next.type, op) });
  };
  const chooseOp = (op: Operator) => {
    const sameInput = valueKindFor(field.type, op) === valueKindFor(field.type, condition.op);
    onChange({
      ...condition,
      op,
      values: sameInput ? condition.values : initialValues(field.type, op),
    });
  };
  const listHint = valueKindFor(field.type, condition.op) === 'list';
  return (
    <fieldset className="condition">
      <legend className="visually-hidden">{t('filters.condition', { number })}</legend>
      <div className="condition-part">
        <label htmlFor={`${id}-field`}>{t('filters.field')}</label>
        <select id={`${id}-field`} value={field.name} onChange={(e) => chooseField(e.target.value)}>
          {fields.map((f) => (
            <option key={f.name} value={f.name}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <div className="condition-part">
        <label htmlFor={`${id}-op`}>{t('filters.operator')}</label>
        <select
          id={`${id}-op`}
          value={condition.op}
          onChange={(e) => chooseOp(e.target.value as Operator)}
        >
          {ops.map((op) => (
            <option key={op} value={op}>
              {t(`filters.ops.${op}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="condition-part condition-value">
        <label htmlFor={`${id}-value`}>{t('filters.value')}</label>
        <ValueInput
          field={field}
          condition={condition}
          onValues={(values) => onChange({ ...condition, values })}
          id={`${id}-value`}
          hintId={`${id}-hint`}
        />
        {listHint && (
          <small id={`${id}-hint`} className="hint">
            {t('filters.onePerLine')}
          </small>
        )}
      </div>
      <button
        type="button"
        className="secondary small condition-remove"
        onClick={onRemove}
        aria-label={t('filters.remove', { number })}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </fieldset>
  );
}
