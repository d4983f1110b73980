import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/FormField';
import type { FieldSpec } from './api';
import type { FieldForm } from './field-spec';

const DEFAULT_INPUT_TYPE: Partial<Record<string, string>> = {
  DATE: 'date',
  DATETIME: 'datetime-local',
  INTEGER: 'number',
};

/** The default value, edited with an input that suits the chosen type. */
export function DefaultValueInput({
  form,
}: {
  form: UseFormReturn<FieldForm, unknown, FieldSpec>;
}) {
  const { t } = useTranslation();
  const type = useWatch({ control: form.control, name: 'type' });
  const error = form.formState.errors.defaultValue?.message;
  return (
    <FormField label={t('addField.defaultValue')} error={error} hint={t('addField.defaultHint')}>
      {(props) =>
        type === 'BOOLEAN' ? (
          <select {...props} {...form.register('defaultValue')}>
            <option value="">{t('addField.none')}</option>
            <option value="true">{t('common.yes')}</option>
            <option value="false">{t('common.no')}</option>
          </select>
        ) : type === 'JSON' ? (
          <textarea {...props} rows={3} className="code" {...form.register('defaultValue')} />
        ) : (
          <input
            {...props}
            type={DEFAULT_INPUT_TYPE[type] ?? 'text'}
            step={type === 'DATETIME' ? 1 : undefined}
            {...form.register('defaultValue')}
          />
        )
      }
    </FormField>
  );
}
