import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/toast-context';
import { ApiError } from '@/lib/api-error';
import { problemTitle } from '@/lib/problem-text';
import { saveFile } from '@/lib/save-file';
import type { EntityDetail } from '@/features/entities/api';
import { exportRecords, type ExportFormat, type ListQuery } from '../api';

const FORMATS: ExportFormat[] = ['csv', 'jsonl'];

/** Every record of the current view (its filters, search and sort, not just the loaded pages). */
export function ExportButtons({ entity, query }: { entity: EntityDetail; query: ListQuery }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      saveFile(await exportRecords(entity.id, format, query), `${entity.name}.${format}`);
      toast(t('export.done'));
    } catch (error) {
      toast(error instanceof ApiError ? problemTitle(error) : t('common.somethingWrong'), 'error');
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={t('export.label')}>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="secondary"
          disabled={busy !== null}
          onClick={() => void run(format)}
        >
          {busy === format ? t('export.busy') : t(`export.${format}`)}
        </button>
      ))}
    </div>
  );
}
