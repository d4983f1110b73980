import { useTranslation } from 'react-i18next';
import type { Designer } from './use-designer';

/** Why a change was refused with 412, shown until dismissed or the next change succeeds. */
export function StaleNotice({ designer }: { designer: Designer }) {
  const { t } = useTranslation();
  if (designer.stale === null) return null;
  return (
    <div role="alert" className="alert" data-testid="stale-notice">
      <strong>{t('designer.staleTitle')}</strong>
      <p>{designer.staleMessage}</p>
      <button type="button" className="secondary" onClick={designer.dismissStale}>
        {t('common.close')}
      </button>
    </div>
  );
}
