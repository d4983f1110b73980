import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/Status';
import type { EntityDetail } from '@/features/entities/api';
import { ApiError } from '@/lib/api-error';
import { getRecordAt, type EntityRecord } from '../api';
import type { FormValue } from '../field-values';
import { FieldInput } from '../FieldInput';
import { useUpdateRecord } from '../hooks';
import { serializePatch, type PayloadValue } from '../record-body';
import { recordSchema } from '../record-schema';
import { useServerErrors } from '../use-server-errors';
import { ConflictPanel } from './ConflictPanel';
import { conflictRows, recordFormValues } from './record-values';

interface EditRecordFormProps {
  entity: EntityDetail;
  /** The version the form starts from; its `version` goes out as If-Match. */
  record: EntityRecord;
  onSaved: (record: EntityRecord) => void;
  /** The user chose the server's version: the page reopens the form on it. */
  onRebase: (latest: EntityRecord) => void;
}

type Values = Record<string, FormValue>;
type Payload = Record<string, PayloadValue>;

interface Conflict {
  latest: EntityRecord;
  payload: Payload;
  changed: string[];
}

/** The generated form of an existing record; sends only what changed, with If-Match. */
export function EditRecordForm({ entity, record, onSaved, onRebase }: EditRecordFormProps) {
  const { t } = useTranslation();
  const { fields } = entity;
  const schema = useMemo(() => recordSchema(fields), [fields]);
  const form = useForm<Values, unknown, Payload>({
    resolver: zodResolver(schema),
    defaultValues: useMemo(() => recordFormValues(fields, record), [fields, record]),
  });
  const mutation = useUpdateRecord(entity.id, record.id);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const names = useMemo(() => fields.map((field) => field.name), [fields]);
  const stale = mutation.error instanceof ApiError && mutation.error.status === 412;
  const general = useServerErrors(form.setError, names, stale ? null : mutation.error);
  const { errors, isSubmitted, isValid, dirtyFields } = form.formState;

  const save = (payload: Payload, changed: string[], version: number) =>
    mutation.mutate(
      { body: serializePatch(payload, changed), version },
      {
        onSuccess: (saved) => onSaved(saved),
        onError: async (error) => {
          if (!(error instanceof ApiError) || error.status !== 412) return;
          const latest = await getRecordAt(entity.id, record.id, { includeDeleted: true });
          setConflict({ latest, payload, changed });
        },
      },
    );

  const onSubmit = form.handleSubmit((payload) => {
    setConflict(null);
    const changed = names.filter((name) => dirtyFields[name]);
    if (changed.length === 0) {
      onSaved(record);
      return;
    }
    save(payload, changed, record.version);
  });

  if (conflict) {
    return (
      <>
        {mutation.error && !stale && <ErrorAlert error={mutation.error} />}
        <ConflictPanel
          rows={conflictRows(fields, record, conflict.latest, conflict.payload, conflict.changed)}
          latest={conflict.latest}
          busy={mutation.isPending}
          onKeepMine={() => save(conflict.payload, conflict.changed, conflict.latest.version)}
          onTakeTheirs={() => onRebase(conflict.latest)}
        />
      </>
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t('recordEdit.formLabel', { name: entity.name })}
      className="panel"
    >
      {general && <ErrorAlert error={general} />}
      {isSubmitted && !isValid && !general && (
        <p role="alert" className="alert">
          {t('recordForm.attention')}
        </p>
      )}
      <p className="muted">{t('recordEdit.basedOn', { version: record.version })}</p>
      {fields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          register={form.register}
          error={errors[field.name]?.message}
        />
      ))}
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('recordForm.saving') : t('recordEdit.save')}
      </button>
    </form>
  );
}
