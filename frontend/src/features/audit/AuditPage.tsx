import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import { ApiError } from '@/lib/api-error';
import { problemTitle } from '@/lib/problem-text';
import { saveFile } from '@/lib/save-file';
import { usePageTitle } from '@/lib/use-page-title';
import { exportAudit, type ExportFormat } from './api';
import { auditQuery, NO_FILTERS, type AuditFilterValues } from './audit-query';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditTrail } from './hooks';
import './audit.css';

function useExport(query: ReturnType<typeof auditQuery>) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      saveFile(await exportAudit(format, query), `audit.${format}`);
      toast(t('audit.exported'));
    } catch (error) {
      toast(error instanceof ApiError ? problemTitle(error) : t('common.somethingWrong'), 'error');
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}

/** Every change ever made, for ADMIN and AUDITOR: filter, read, fold out the details, export. */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const query = useMemo(() => auditQuery(filters), [filters]);
  const trail = useAuditTrail(query);
  const exports = useExport(query);
  const rows = trail.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <section aria-labelledby="audit-title">
      <div className="title-row">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <div className="row">
          {(['csv', 'jsonl'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="secondary"
              disabled={exports.busy !== null}
              onClick={() => void exports.run(format)}
            >
              {t(`audit.export.${format}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="muted">{t('audit.intro')}</p>
      <AuditFilters values={filters} onApply={setFilters} />
      {trail.isPending ? (
        <Loading label={t('audit.loading')} lines={6} />
      ) : trail.isError ? (
        <ErrorAlert error={trail.error} retry={() => void trail.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('audit.empty')}>{t('audit.emptyHint')}</EmptyState>
      ) : (
        <>
          <AuditTable rows={rows} />
          {trail.hasNextPage && (
            <button
              type="button"
              className="secondary"
              disabled={trail.isFetchingNextPage}
              onClick={() => void trail.fetchNextPage()}
            >
              {trail.isFetchingNextPage ? t('audit.loadingMore') : t('audit.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
