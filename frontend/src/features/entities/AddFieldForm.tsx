import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/FormField';
import { ErrorAlert } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import { useServerErrors } from '@/features/records/use-server-errors';
import { FIELD_TYPES, type EntitySummary, type FieldSpec } from './api';
import { allows } from './field-rules';
import { EMPTY_FIELD_FORM, fieldSpecSchema, type FieldForm } from './field-spec';
import { useAddField } from './hooks';
import { DefaultValueInput } from './DefaultValueInput';
import { nameRules } from './name-rules';

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
  const { register, formState } = form;
  const { errors } = formState;
  const type = useWatch({ control: form.control, name: 'type' });
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
      <FormField label={t('addField.name')} hint={nameRules()} error={errors.name?.message}>
        {(props) => <input {...props} autoComplete="off" {...register('name')} />}
      </FormField>
      <FormField label={t('addField.type')} error={errors.type?.message}>
        {(props) => (
          <select {...props} {...register('type')}>
            <option value="">{t('addField.chooseType')}</option>
            {FIELD_TYPES.map((fieldType) => (
              <option key={fieldType} value={fieldType}>
                {t(`fieldTypes.${fieldType}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('addField.label')} error={errors.displayName?.message}>
        {(props) => <input {...props} {...register('displayName')} />}
      </FormField>
      <FormField label={t('addField.required')} inline>
        {(props) => <input {...props} type="checkbox" {...register('required')} />}
      </FormField>
      {allows(type, 'unique') && (
        <FormField label={t('addField.unique')} inline>
          {(props) => <input {...props} type="checkbox" {...register('unique')} />}
        </FormField>
      )}
      {allows(type, 'minMax') && (
        <div className="row">
          <FormField label={t('addField.minimum')} error={errors.min?.message}>
            {(props) => <input {...props} inputMode="decimal" {...register('min')} />}
          </FormField>
          <FormField label={t('addField.maximum')} error={errors.max?.message}>
            {(props) => <input {...props} inputMode="decimal" {...register('max')} />}
          </FormField>
        </div>
      )}
      {allows(type, 'precisionScale') && (
        <div className="row">
          <FormField
            label={t('addField.precision')}
            hint={t('addField.precisionHint')}
            error={errors.precision?.message}
          >
            {(props) => <input {...props} inputMode="numeric" {...register('precision')} />}
          </FormField>
          <FormField
            label={t('addField.scale')}
            hint={t('addField.scaleHint')}
            error={errors.scale?.message}
          >
            {(props) => <input {...props} inputMode="numeric" {...register('scale')} />}
          </FormField>
        </div>
      )}
      {allows(type, 'maxLength') && (
        <FormField label={t('addField.maxLength')} error={errors.maxLength?.message}>
          {(props) => <input {...props} inputMode="numeric" {...register('maxLength')} />}
        </FormField>
      )}
      {allows(type, 'pattern') && (
        <FormField
          label={t('addField.pattern')}
          hint={t('addField.patternHint')}
          error={errors.pattern?.message}
        >
          {(props) => <input {...props} {...register('pattern')} />}
        </FormField>
      )}
      {allows(type, 'options') && (
        <FormField
          label={t('addField.options')}
          hint={t('addField.optionsHint')}
          error={errors.options?.message}
        >
          {(props) => <textarea {...props} rows={4} {...register('options')} />}
        </FormField>
      )}
      {allows(type, 'reference') && (
        <FormField label={t('addField.reference')} error={errors.reference?.message}>
          {(props) => (
            <select {...props} {...register('reference')}>
              <option value="">{t('addField.chooseEntity')}</option>
              {entities.map((entity) => (
                <option key={entity.id} value={entity.id}>
                  {entity.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {allows(type, 'defaultValue') && <DefaultValueInput form={form} />}
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('addField.submitting') : t('addField.submit')}
      </button>
    </form>
  );
}
