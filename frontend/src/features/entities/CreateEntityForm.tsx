import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { FormField } from '@/components/FormField';
import { ErrorAlert } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import { useServerErrors } from '@/features/records/use-server-errors';
import { useCreateEntity } from './hooks';
import { nameRules, nameSchema } from './name-rules';

const createEntitySchema = z.object({
  name: nameSchema,
  displayName: z.string().check(z.trim()),
  description: z.string().check(z.trim()),
});

type CreateEntityForm = z.infer<typeof createEntitySchema>;

export function CreateEntityForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const mutation = useCreateEntity();
  const form = useForm<CreateEntityForm>({
    resolver: zodResolver(createEntitySchema),
    mode: 'onTouched',
    defaultValues: { name: '', displayName: '', description: '' },
  });
  const { errors } = form.formState;
  const general = useServerErrors(
    form.setError,
    ['name', 'displayName', 'description'],
    mutation.error,
  );

  const onSubmit = form.handleSubmit((values) =>
    mutation.mutate(
      {
        name: values.name,
        displayName: values.displayName || undefined,
        description: values.description || undefined,
      },
      {
        onSuccess: (created) => {
          toast(t('createEntity.created', { name: created.name }));
          navigate(`/entities/${created.id}`);
        },
      },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="create-entity-title" className="panel">
      <h2 id="create-entity-title">{t('createEntity.title')}</h2>
      {general && <ErrorAlert error={general} />}
      <FormField label={t('createEntity.name')} hint={nameRules()} error={errors.name?.message}>
        {(props) => <input {...props} autoComplete="off" {...form.register('name')} />}
      </FormField>
      <FormField label={t('createEntity.displayName')} error={errors.displayName?.message}>
        {(props) => <input {...props} {...form.register('displayName')} />}
      </FormField>
      <FormField label={t('createEntity.description')} error={errors.description?.message}>
        {(props) => <textarea {...props} rows={2} {...form.register('description')} />}
      </FormField>
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('createEntity.submitting') : t('createEntity.submit')}
      </button>
    </form>
  );
}
