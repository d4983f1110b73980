import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField, type ControlProps } from '@/components/FormField';
import type { Field } from '@/features/entities/api';
import { fieldLabel, inputFor, inputHint, ruleHints } from './field-inputs';
import type { FormValue } from './field-values';
import { ReferencePicker } from './ReferencePicker';

type Values = Record<string, FormValue>;

interface FieldInputProps {
  field: Field;
  register: UseFormRegister<Values>;
  error?: string;
}

function Control({ field, register, control }: FieldInputProps & { control: ControlProps }) {
  const { t } = useTranslation();
  const spec = inputFor(field);
  const registration = register(field.name);
  const required = field.required && spec.kind !== 'checkbox';
  switch (spec.kind) {
    case 'textarea':
    case 'json':
      return (
        <textarea
          {...control}
          {...registration}
          rows={spec.kind === 'json' ? 5 : 3}
          maxLength={spec.maxLength}
          aria-required={required}
          spellCheck={spec.kind !== 'json'}
          className={spec.kind === 'json' ? 'code' : undefined}
        />
      );
    case 'select':
      return (
        <select {...control} {...registration} aria-required={required}>
          <option value="">{field.required ? t('recordForm.choose') : t('recordForm.none')}</option>
          {spec.options?.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
    case 'reference':
      return (
        <ReferencePicker
          control={control}
          registration={registration}
          label={fieldLabel(field)}
          reference={field.reference}
        />
      );
    default:
      return (
        <input
          {...control}
          {...registration}
          type={spec.htmlType}
          inputMode={spec.inputMode}
          step={spec.step}
          min={spec.min}
          max={spec.max}
          maxLength={spec.maxLength}
          aria-required={required}
        />
      );
  }
}

/** The generated input for one field, with its label, rules and error. */
export function FieldInput(props: FieldInputProps) {
  const { field, error } = props;
  const hints = [...ruleHints(field), inputHint(field)].filter(Boolean);
  return (
    <FormField
      label={fieldLabel(props.field)}
      hint={hints.length ? hints.join(' · ') : undefined}
      error={error}
      inline={field.type === 'BOOLEAN'}
    >
      {(control) => <Control {...props} control={control} />}
    </FormField>
  );
}
