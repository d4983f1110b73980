import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormField } from '@/components/FormField';
import { ErrorAlert } from '@/components/Status';
import { useServerErrors } from '@/features/records/use-server-errors';
import { FIELD_TYPES, type EntitySummary, type FieldSpec } from './api';
import { allows } from './field-rules';
import { EMPTY_FIELD_FORM, fieldSpecSchema, type FieldForm } from './field-spec';
import { useAddField } from './hooks';
import { DefaultValueInput } from './DefaultValueInput';
import { NAME_RULES } from './name-rules';

const FORM_KEYS = Object.keys(EMPTY_FIELD_FORM);

interface AddFieldFormProps {
  entityId: string;
  entities: EntitySummary[];
}

export function AddFieldForm({ entityId, entities }: AddFieldFormProps) {
  const mutation = useAddField(entityId);
  const [added, setAdded] = useState<string | null>(null);
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
    setAdded(null);
    mutation.mutate(spec, {
      onSuccess: (result) => {
        setAdded(`Field "${spec.name}" added; schema version ${result.schemaVersion}.`);
        form.reset(EMPTY_FIELD_FORM);
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-field-title" className="panel">
      <h2 id="add-field-title">Add a field</h2>
      {added && <p role="status">{added}</p>}
      {general && <ErrorAlert error={general} />}
      <FormField label="Field name" hint={NAME_RULES} error={errors.name?.message}>
        {(props) => <input {...props} autoComplete="off" {...register('name')} />}
      </FormField>
      <FormField label="Type" error={errors.type?.message}>
        {(props) => (
          <select {...props} {...register('type')}>
            <option value="">Choose a type…</option>
            {FIELD_TYPES.map((fieldType) => (
              <option key={fieldType} value={fieldType}>
                {fieldType}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Label" error={errors.displayName?.message}>
        {(props) => <input {...props} {...register('displayName')} />}
      </FormField>
      <FormField label="Required" inline>
        {(props) => <input {...props} type="checkbox" {...register('required')} />}
      </FormField>
      {allows(type, 'unique') && (
        <FormField label="Unique" inline>
          {(props) => <input {...props} type="checkbox" {...register('unique')} />}
        </FormField>
      )}
      {allows(type, 'minMax') && (
        <div className="row">
          <FormField label="Minimum" error={errors.min?.message}>
            {(props) => <input {...props} inputMode="decimal" {...register('min')} />}
          </FormField>
          <FormField label="Maximum" error={errors.max?.message}>
            {(props) => <input {...props} inputMode="decimal" {...register('max')} />}
          </FormField>
        </div>
      )}
      {allows(type, 'precisionScale') && (
        <div className="row">
          <FormField label="Precision" hint="Total digits" error={errors.precision?.message}>
            {(props) => <input {...props} inputMode="numeric" {...register('precision')} />}
          </FormField>
          <FormField label="Scale" hint="Digits after the point" error={errors.scale?.message}>
            {(props) => <input {...props} inputMode="numeric" {...register('scale')} />}
          </FormField>
        </div>
      )}
      {allows(type, 'maxLength') && (
        <FormField label="Maximum length" error={errors.maxLength?.message}>
          {(props) => <input {...props} inputMode="numeric" {...register('maxLength')} />}
        </FormField>
      )}
      {allows(type, 'pattern') && (
        <FormField
          label="Pattern"
          hint="A regular expression the value must contain; anchor it with ^…$ to match the whole value."
          error={errors.pattern?.message}
        >
          {(props) => <input {...props} {...register('pattern')} />}
        </FormField>
      )}
      {allows(type, 'options') && (
        <FormField label="Options" hint="One per line." error={errors.options?.message}>
          {(props) => <textarea {...props} rows={4} {...register('options')} />}
        </FormField>
      )}
      {allows(type, 'reference') && (
        <FormField label="Referenced entity" error={errors.reference?.message}>
          {(props) => (
            <select {...props} {...register('reference')}>
              <option value="">Choose an entity…</option>
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
        {mutation.isPending ? 'Adding…' : 'Add field'}
      </button>
    </form>
  );
}
