import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/ScrollRegion';
import type { EntityRecord } from '../api';
import { fieldLabel } from '../field-inputs';
import { formatValue } from '../format-value';
import type { ConflictRow } from './record-values';

interface ConflictPanelProps {
  rows: ConflictRow[];
  latest: EntityRecord;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** A 412 explained: the other change beside the user's, and the two ways out. */
export function ConflictPanel({
  rows,
  latest,
  busy,
  onKeepMine,
  onTakeTheirs,
}: ConflictPanelProps) {
  const { t, i18n } = useTranslation();
  const show = (row: ConflictRow, value: unknown) =>
    value === null || value === undefined
      ? t('records.emptyValue')
      : formatValue(row.field.type, value, i18n.language);
  return (
    <section className="panel conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p>
        {t('conflict.body', {
          who: latest.updated_by,
          version: latest.version,
        })}
      </p>
      <ScrollRegion label={t('conflict.caption')}>
        <table>
          <caption>{t('conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.before')}</th>
              <th scope="col">{t('conflict.mine')}</th>
              <th scope="col">{t('conflict.theirs', { who: latest.updated_by })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field.id} className={row.clash ? 'clash' : undefined}>
                <th scope="row">
                  {fieldLabel(row.field)}
                  {row.clash && <span className="tag"> {t('conflict.clash')}</span>}
                </th>
                <td>{show(row, row.base)}</td>
                <td>{show(row, row.mine)}</td>
                <td>{show(row, row.theirs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <div className="dialog-actions">
        <button type="button" onClick={onKeepMine} disabled={busy}>
          {busy ? t('recordForm.saving') : t('conflict.keepMine')}
        </button>
        <button type="button" className="secondary" onClick={onTakeTheirs} disabled={busy}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </section>
  );
}
