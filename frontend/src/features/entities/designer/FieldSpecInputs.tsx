import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/FormField';
import { FIELD_TYPES, type EntitySummary, type FieldSpec } from '../api';
import { DefaultValueInput } from '../DefaultValueInput';
import { allows } from '../field-rules';
import type { FieldForm } from '../field-spec';
import { nameRules } from '../name-rules';

interface FieldSpecInputsProps {
  form: UseFormReturn<FieldForm, unknown, FieldSpec>;
  entities: EntitySummary[];
  /** Editing an existing field: its type (and reference) are shown, not changed. */
  lockType?: boolean;
}

/** The inputs of a field spec, showing only the rules its type allows. */
export function FieldSpecInputs({ form, entities, lockType = false }: FieldSpecInputsProps) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const { errors } = formState;
  const type = useWatch({ control: form.control, name: 'type' });
  const reference = useWatch({ control: form.control, name: 'reference' });
  return (
    <>
      <FormField label={t('addField.name')} hint={nameRules()} error={errors.name?.message}>
        {(props) => <input {...props} autoComplete="off" {...register('name')} />}
      </FormField>
      {lockType ? (
        <p>
          <span className="muted">{t('addField.type')}:</span> {type && t(`fieldTypes.${type}`)}
          <small className="muted"> {t('designer.typeFixed')}</small>
        </p>
      ) : (
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
      )}
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
      {allows(type, 'reference') && lockType && (
        <p>
          <span className="muted">{t('addField.reference')}:</span>{' '}
          {entities.find((entity) => entity.id === reference)?.name ?? reference}
        </p>
      )}
      {allows(type, 'reference') && !lockType && (
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
    </>
  );
}
