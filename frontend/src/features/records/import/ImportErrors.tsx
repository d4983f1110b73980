import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/ScrollRegion';
import { formatCount } from '@/lib/format';
import { fieldErrorText } from '@/lib/problem-text';
import type { ImportRowError } from '../api';

/** Enough to fix a file by; a file with 100,000 bad rows must not freeze the page. */
const SHOWN = 200;

/** The rows an import refused, by row (1 = the first data row), field and problem. */
export function ImportErrors({ errors }: { errors: ImportRowError[] }) {
  const { t, i18n } = useTranslation();
  const shown = errors.slice(0, SHOWN);
  return (
    <ScrollRegion label={t('import.errorsTitle')}>
      <table className="import-errors">
        <caption>
          {t('import.errorsTitle')}
          {errors.length > SHOWN && (
            <small className="muted">
              {' '}
              {t('import.errorsFirst', {
                shown: formatCount(SHOWN, i18n.language),
                total: formatCount(errors.length, i18n.language),
              })}
            </small>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('import.row')}
            </th>
            <th scope="col">{t('import.field')}</th>
            <th scope="col">{t('import.code')}</th>
            <th scope="col">{t('import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((error, index) => (
            <tr key={`${error.row}-${error.field ?? ''}-${index}`}>
              <td className="number">{error.row}</td>
              <td>{error.field ?? ''}</td>
              <td>
                <code>{error.code}</code>
              </td>
              <td>{fieldErrorText(error)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
