import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/Status';
import type { EntityDetail } from '@/features/entities/api';
import { initialFormValues } from './field-inputs';
import type { FormValue } from './field-values';
import { FieldInput } from './FieldInput';
import { useCreateRecord } from './hooks';
import { serializeRecord, type PayloadValue } from './record-body';
import { recordSchema } from './record-schema';
import { useServerErrors } from './use-server-errors';

interface RecordFormProps {
  entity: EntityDetail;
  onSaved: (id: string) => void;
}

type Values = Record<string, FormValue>;
type Payload = Record<string, PayloadValue>;

/** A form generated from the entity's fields, checked with the same rules as the server. */
export function RecordForm({ entity, onSaved }: RecordFormProps) {
  const { t } = useTranslation();
  const { fields } = entity;
  const schema = useMemo(() => recordSchema(fields), [fields]);
  const form = useForm<Values, unknown, Payload>({
    resolver: zodResolver(schema),
    defaultValues: useMemo(() => initialFormValues(fields), [fields]),
  });
  const mutation = useCreateRecord(entity.id);
  const names = useMemo(() => fields.map((field) => field.name), [fields]);
  const general = useServerErrors(form.setError, names, mutation.error);
  const { errors, isSubmitted, isValid } = form.formState;

  const onSubmit = form.handleSubmit((payload) =>
    mutation.mutate(serializeRecord(payload), { onSuccess: (record) => onSaved(record.id) }),
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t('recordForm.formLabel', { name: entity.name })}
      className="panel"
    >
      {general && <ErrorAlert error={general} />}
      {isSubmitted && !isValid && !general && (
        <p role="alert" className="alert">
          {t('recordForm.attention')}
        </p>
      )}
      {fields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          register={form.register}
          error={errors[field.name]?.message}
        />
      ))}
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('recordForm.saving') : t('recordForm.save')}
      </button>
    </form>
  );
}
