import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/FormField';
import { ErrorAlert } from '@/components/Status';
import type { EntityDetail } from '@/features/entities/api';
import { useImportRecords } from '../hooks';
import { contentTypeOf, importOutcome, percentOf, type ImportOutcome } from './import-outcome';
import { ImportErrors } from './ImportErrors';

interface Progress {
  sent: number;
  total: number;
}

/** How much of the file has gone out; then, while the server writes the rows, an open-ended bar. */
function UploadProgress({ sent, total }: Progress) {
  const { t } = useTranslation();
  const id = useId();
  const percent = percentOf(sent, total);
  const sending = sent < total;
  return (
    <div className="upload-progress">
      <label htmlFor={id}>
        {sending ? t('import.sending', { percent }) : t('import.processing')}
      </label>
      <progress id={id} max={100} value={sending ? percent : undefined} />
    </div>
  );
}

function OutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'problem') return <ErrorAlert error={outcome.error} />;
  const { result } = outcome;
  return (
    <div className="import-outcome">
      {outcome.kind === 'refused' ? (
        <p role="alert" className="alert">
          {t('import.refused', { count: result.failed })}
        </p>
      ) : (
        <p role="status" className="import-done">
          {t('import.created', { count: result.created })}{' '}
          {result.failed > 0 && t('import.failed', { count: result.failed })}
        </p>
      )}
      {result.errors.length > 0 && <ImportErrors errors={result.errors} />}
    </div>
  );
}

/** CSV (a header row of field names) or a JSON array, uploaded with its progress shown. */
export function ImportPanel({ entity, id }: { entity: EntityDetail; id: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [atomic, setAtomic] = useState(true);
  const [progress, setProgress] = useState<Progress | null>(null);
  const importing = useImportRecords(entity.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setProgress({ sent: 0, total: file.size });
    importing.mutate({
      file,
      options: {
        contentType: contentTypeOf(file),
        atomic,
        onProgress: (sent, total) => setProgress({ sent, total }),
      },
    });
  };
  const finished = importing.isSuccess || importing.isError;
  return (
    <section id={id} className="panel import-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('import.title')}</h2>
      <form onSubmit={submit} className="import-form">
        <FormField label={t('import.file')} hint={t('import.fileHint')}>
          {(props) => (
            <input
              {...props}
              type="file"
              accept=".csv,.json,text/csv,application/json"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <FormField label={t('import.atomic')} hint={t('import.atomicHint')} inline>
          {(props) => (
            <input
              {...props}
              type="checkbox"
              checked={atomic}
              onChange={(event) => setAtomic(event.target.checked)}
            />
          )}
        </FormField>
        <button type="submit" disabled={!file || importing.isPending}>
          {importing.isPending ? t('import.importing') : t('import.submit')}
        </button>
      </form>
      {importing.isPending && progress && <UploadProgress {...progress} />}
      {finished && <OutcomeView outcome={importOutcome(importing.data, importing.error)} />}
    </section>
  );
}
