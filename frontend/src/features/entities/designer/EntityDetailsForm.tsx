import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/FormField';
import type { EntityDetail } from '../api';
import { nameRules } from '../name-rules';
import { detailsSchema, entityChange, type Details } from './entity-change';
import type { Designer } from './use-designer';

/** Rename or relabel the entity. */
export function EntityDetailsForm({
  entity,
  designer,
}: {
  entity: EntityDetail;
  designer: Designer;
}) {
  const { t } = useTranslation();
  const form = useForm<Details>({
    resolver: zodResolver(detailsSchema),
    mode: 'onTouched',
    values: {
      name: entity.name,
      displayName: entity.displayName ?? '',
      description: entity.description ?? '',
    },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) => {
    const change = entityChange(entity, values);
    if (Object.keys(change).length === 0) return;
    designer.send(
      { kind: 'updateEntity', change },
      {
        success: (result: { schemaVersion: number }) =>
          t('designer.entitySaved', { version: result.schemaVersion }),
      },
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="entity-details-title" className="panel">
      <h2 id="entity-details-title">{t('designer.entityDetails')}</h2>
      <FormField label={t('createEntity.name')} hint={nameRules()} error={errors.name?.message}>
        {(props) => <input {...props} autoComplete="off" {...form.register('name')} />}
      </FormField>
      <FormField label={t('createEntity.displayName')} error={errors.displayName?.message}>
        {(props) => <input {...props} {...form.register('displayName')} />}
      </FormField>
      <FormField label={t('createEntity.description')} error={errors.description?.message}>
        {(props) => <textarea {...props} rows={2} {...form.register('description')} />}
      </FormField>
      <button type="submit" disabled={designer.busy}>
        {t('designer.saveEntity')}
      </button>
    </form>
  );
}
