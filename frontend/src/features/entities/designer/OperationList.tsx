import { useTranslation } from 'react-i18next';
import type { EntityDetail, RollbackOperation } from '../api';

const words = (value: unknown) =>
  value === undefined || value === null
    ? '—'
    : typeof value === 'string'
      ? value
      : typeof value === 'object' && 'name' in value && typeof value.name === 'string'
        ? value.name
        : JSON.stringify(value);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A changeField's specs reduced to the rules that differ: `max: 20 → 10`. */
function ruleChanges(from: unknown, to: unknown): { from: string; to: string } {
  if (!isObject(from) || !isObject(to)) return { from: words(from), to: words(to) };
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter(
    (key) => JSON.stringify(from[key] ?? null) !== JSON.stringify(to[key] ?? null),
  );
  const side = (spec: Record<string, unknown>) =>
    keys.map((key) => `${key}: ${JSON.stringify(spec[key] ?? null)}`).join(', ');
  return { from: side(from), to: side(to) };
}

/** Rollback operations in words; field ids are named from the schema documents at hand. */
export function OperationList({
  operations,
  schemas,
  label,
}: {
  operations: RollbackOperation[];
  schemas: (EntityDetail | undefined)[];
  label: string;
}) {
  const { t } = useTranslation();
  const nameOf = (id?: string) => {
    for (const schema of schemas) {
      const found = schema?.fields.find((field) => field.id === id);
      if (found) return found.name;
    }
    return id ?? '';
  };
  if (operations.length === 0) return <p className="muted">{t('rollback.nothing')}</p>;
  return (
    <ol aria-label={label} className="operations">
      {operations.map((operation, index) => (
        <li key={`${operation.op}-${operation.field ?? ''}-${index}`}>
          {t(`rollback.ops.${operation.op}`, {
            defaultValue: operation.op,
            field: nameOf(operation.field),
            ...(operation.op === 'changeField'
              ? ruleChanges(operation.from, operation.to)
              : { from: words(operation.from), to: words(operation.to) }),
          })}
        </li>
      ))}
    </ol>
  );
}
