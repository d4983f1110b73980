import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import { useServerErrors } from '@/features/records/use-server-errors';
import type { EntitySummary, FieldSpec } from './api';
import { FieldSpecInputs } from './designer/FieldSpecInputs';
import { EMPTY_FIELD_FORM, fieldSpecSchema, type FieldForm } from './field-spec';
import { useAddField } from './hooks';

const FORM_KEYS = Object.keys(EMPTY_FIELD_FORM);

interface AddFieldFormProps {
  entityId: string;
  entities: EntitySummary[];
}

export function AddFieldForm({ entityId, entities }: AddFieldFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const mutation = useAddField(entityId);
  const form = useForm<FieldForm, unknown, FieldSpec>({
    resolver: zodResolver(fieldSpecSchema),
    mode: 'onTouched',
    defaultValues: EMPTY_FIELD_FORM,
  });
  const general = useServerErrors(form.setError, FORM_KEYS, mutation.error);

  const onSubmit = form.handleSubmit((spec) => {
    mutation.mutate(spec, {
      onSuccess: (result) => {
        toast(t('addField.added', { name: spec.name, version: result.schemaVersion }));
        form.reset(EMPTY_FIELD_FORM);
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-field-title" className="panel">
      <h2 id="add-field-title">{t('addField.title')}</h2>
      {general && <ErrorAlert error={general} />}
      <FieldSpecInputs form={form} entities={entities} />
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('addField.submitting') : t('addField.submit')}
      </button>
    </form>
  );
}
