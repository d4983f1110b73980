import { useWatch, type UseFormReturn } from 'react-hook-form';
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
  const type = useWatch({ control: form.control, name: 'type' });
  const error = form.formState.errors.defaultValue?.message;
  return (
    <FormField label="Default value" error={error} hint="Used when a record leaves it empty.">
      {(props) =>
        type === 'BOOLEAN' ? (
          <select {...props} {...form.register('defaultValue')}>
            <option value="">None</option>
            <option value="true">true</option>
            <option value="false">false</option>
          </select>
        ) : type === 'JSON' ? (
          <textarea {...props} rows={3} {...form.register('defaultValue')} />
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
