import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EntitySummary, Field, FieldSpec } from '../api';
import { fieldSpecSchema, type FieldForm } from '../field-spec';
import { fieldToForm, specChange } from './field-form';
import { FieldSpecInputs } from './FieldSpecInputs';
import type { Designer } from './use-designer';

interface FieldEditorProps {
  field: Field;
  entities: EntitySummary[];
  designer: Designer;
  onClose: () => void;
}

/** Rename a field, relabel it or change its rules; its type stays. */
export function FieldEditor({ field, entities, designer, onClose }: FieldEditorProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useForm<FieldForm, unknown, FieldSpec>({
    resolver: zodResolver(fieldSpecSchema),
    mode: 'onTouched',
    defaultValues: fieldToForm(field),
  });
  useEffect(() => heading.current?.focus(), []);

  const onSubmit = form.handleSubmit((spec) => {
    const change = specChange(field, spec);
    if (Object.keys(change).length === 0) {
      onClose();
      return;
    }
    designer.send(
      { kind: 'updateField', field: field.id, change },
      {
        success: (result: { schemaVersion: number }) =>
          t('designer.fieldSaved', { name: spec.name, version: result.schemaVersion }),
        onSuccess: onClose,
      },
    );
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="edit-field-title"
      className="panel"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <h2 id="edit-field-title" ref={heading} tabIndex={-1}>
        {t('designer.editField', { name: field.name })}
      </h2>
      <p className="hint">{t('designer.rulesApplyFromNow')}</p>
      <FieldSpecInputs form={form} entities={entities} lockType />
      <div className="actions">
        <button type="submit" disabled={designer.busy}>
          {designer.busy ? t('addField.submitting') : t('designer.saveField')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
