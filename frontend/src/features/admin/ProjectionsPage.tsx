import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ScrollRegion } from '@/components/ScrollRegion';
import { EmptyState, ErrorAlert, Loading } from '@/components/Status';
import { useToast } from '@/components/toast-context';
import { ApiError } from '@/lib/api-error';
import { formatCount } from '@/lib/format';
import { problemTitle } from '@/lib/problem-text';
import { usePageTitle } from '@/lib/use-page-title';
import { useCan } from '@/lib/use-session';
import type { Projection } from './api';
import { useProjections, useReplayProjection } from './hooks';
import './projections.css';

/** The catalog's name for a projection; one the catalogs do not know keeps its own name. */
function useProjectionText() {
  const { t } = useTranslation();
  return {
    label: (name: string) => t(`projections.names.${name}`, { defaultValue: name }),
    description: (name: string) => t(`projections.descriptions.${name}`, { defaultValue: '' }),
  };
}

function Lag({ lag }: { lag: number }) {
  const { t, i18n } = useTranslation();
  if (lag === 0) return <>{t('projections.upToDate')}</>;
  return <>{t('projections.behind', { count: lag, value: formatCount(lag, i18n.language) })}</>;
}

function StatusTag({ status }: { status: Projection['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`tag projection-status ${status}`} data-testid="projection-status">
      {t(`projections.statuses.${status}`, { defaultValue: status })}
    </span>
  );
}

interface RowProps {
  projection: Projection;
  onRebuild?: (name: string) => void;
}

function ProjectionRow({ projection, onRebuild }: RowProps) {
  const { t, i18n } = useTranslation();
  const text = useProjectionText();
  const { name, position, lag, status } = projection;
  return (
    <tr data-projection={name}>
      <th scope="row">
        <span className="projection-name">{text.label(name)}</span>
        <span className="projection-description">{text.description(name)}</span>
        <code className="muted">{name}</code>
      </th>
      <td className="number">{formatCount(position, i18n.language)}</td>
      <td>
        <Lag lag={lag} />
      </td>
      <td>
        <StatusTag status={status} />
      </td>
      {onRebuild && (
        <td>
          <button
            type="button"
            className="secondary"
            disabled={status === 'replaying'}
            aria-label={t('projections.rebuildOf', { name: text.label(name) })}
            onClick={() => onRebuild(name)}
          >
            {t('projections.rebuild')}
          </button>
        </td>
      )}
    </tr>
  );
}

function ProjectionTable({ canRebuild }: { canRebuild: boolean }) {
  const { t } = useTranslation();
  const text = useProjectionText();
  const toast = useToast();
  const projections = useProjections();
  const replay = useReplayProjection();
  const [asked, setAsked] = useState<string | null>(null);

  if (projections.isPending) return <Loading label={t('projections.loading')} lines={3} />;
  if (projections.isError) {
    return <ErrorAlert error={projections.error} retry={() => void projections.refetch()} />;
  }
  if (projections.data.length === 0) {
    return <EmptyState title={t('projections.empty')}>{t('projections.emptyHint')}</EmptyState>;
  }

  const confirm = (name: string) =>
    replay.mutate(name, {
      onSuccess: () => toast(t('projections.started', { name: text.label(name) })),
      onError: (error) => {
        if (!(error instanceof ApiError)) return toast(t('common.somethingWrong'), 'error');
        const conflict = error.status === 409;
        toast(
          conflict
            ? t('projections.alreadyRunning', { name: text.label(name) })
            : problemTitle(error),
          'error',
        );
      },
      onSettled: () => setAsked(null),
    });

  return (
    <>
      <ScrollRegion label={t('projections.caption')}>
        <table className="projections">
          <caption>{t('projections.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('projections.projection')}</th>
              <th scope="col" className="number">
                {t('projections.position')}
              </th>
              <th scope="col">{t('projections.lag')}</th>
              <th scope="col">{t('projections.status')}</th>
              {canRebuild && <th scope="col">{t('projections.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {projections.data.map((projection) => (
              <ProjectionRow
                key={projection.name}
                projection={projection}
                onRebuild={canRebuild ? setAsked : undefined}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {canRebuild && (
        <ConfirmDialog
          open={asked !== null}
          title={t('projections.confirmTitle', { name: text.label(asked ?? '') })}
          body={t('projections.confirmBody', { name: text.label(asked ?? '') })}
          confirmLabel={t('projections.confirm')}
          busy={replay.isPending}
          onConfirm={() => asked && confirm(asked)}
          onCancel={() => setAsked(null)}
        />
      )}
    </>
  );
}

export function ProjectionsPage() {
  const { t } = useTranslation();
  const canRebuild = useCan('rebuildProjections');
  usePageTitle(t('projections.title'));
  return (
    <section aria-labelledby="projections-title">
      <h1 id="projections-title">{t('projections.title')}</h1>
      <p className="muted">{t('projections.intro')}</p>
      <ProjectionTable canRebuild={canRebuild} />
    </section>
  );
}
