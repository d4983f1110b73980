import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormField } from '@/components/FormField';
import { ErrorAlert, Loading } from '@/components/Status';
import type { EntityDetail, RollbackOperation } from '../api';
import { useSchemaAt } from '../hooks';
import { OperationList } from './OperationList';
import { rollbackPreview } from './schema-diff';
import { StaleNotice } from './StaleNotice';
import { useDesigner } from './use-designer';

interface Done {
  from: number;
  to: number;
  schemaVersion: number;
  operations: RollbackOperation[];
}

/** Choose a version, see what rolling back to it does, confirm; then what it did. */
export function RollbackPanel({ entity }: { entity: EntityDetail }) {
  const { t } = useTranslation();
  const latest = entity.schemaVersion;
  const designer = useDesigner(entity.id, latest);
  const [target, setTarget] = useState(latest > 1 ? latest - 1 : 0);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const current = useSchemaAt(entity.id, latest);
  const targetDoc = useSchemaAt(entity.id, target);
  const preview =
    current.data && targetDoc.data ? rollbackPreview(current.data, targetDoc.data) : null;

  const rollback = () =>
    designer.send(
      { kind: 'rollback', toVersion: target },
      {
        success: (result: { schemaVersion: number }) =>
          t('rollback.done', { version: target, schemaVersion: result.schemaVersion }),
        onSettled: () => setConfirming(false),
        onSuccess: (result: { schemaVersion: number; operations: RollbackOperation[] }) => {
          setDone({ from: latest, to: target, ...result });
        },
      },
    );

  return (
    <section aria-labelledby="rollback-title" className="panel">
      <h2 id="rollback-title">{t('rollback.title')}</h2>
      <StaleNotice designer={designer} />
      {done && (
        <div role="status" className="done" data-testid="rollback-result">
          <p>
            {t('rollback.result', {
              version: done.to,
              schemaVersion: done.schemaVersion,
            })}
          </p>
          <OperationList
            operations={done.operations ?? []}
            schemas={[current.data, targetDoc.data]}
            label={t('rollback.applied')}
          />
        </div>
      )}
      {latest < 2 ? (
        <p className="muted">{t('rollback.onlyOne')}</p>
      ) : (
        <>
          <p className="hint">{t('rollback.explain')}</p>
          <FormField label={t('rollback.target')}>
            {(props) => (
              <select
                {...props}
                value={target}
                onChange={(event) => setTarget(Number(event.target.value))}
              >
                {Array.from({ length: latest - 1 }, (_, index) => latest - 1 - index).map(
                  (number) => (
                    <option key={number} value={number}>
                      {t('history.version', { version: number })}
                    </option>
                  ),
                )}
              </select>
            )}
          </FormField>
          <h3>{t('rollback.preview')}</h3>
          {current.isError || targetDoc.isError ? (
            <ErrorAlert error={current.error ?? targetDoc.error} />
          ) : preview ? (
            <OperationList
              operations={preview}
              schemas={[current.data, targetDoc.data]}
              label={t('rollback.preview')}
            />
          ) : (
            <Loading label={t('diff.loading')} />
          )}
          <button
            type="button"
            className="danger"
            disabled={!preview || designer.busy}
            onClick={() => setConfirming(true)}
          >
            {t('rollback.submit', { version: target })}
          </button>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('rollback.confirmTitle', { version: target })}
        body={t('rollback.confirmBody', {
          version: target,
          count: preview?.length ?? 0,
          next: latest + 1,
        })}
        confirmLabel={t('rollback.confirm')}
        busy={designer.busy}
        onConfirm={rollback}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
