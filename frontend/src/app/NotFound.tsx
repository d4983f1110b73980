import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/lib/use-page-title';

export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('common.notFound'));
  return (
    <section>
      <h1>{t('common.notFound')}</h1>
      <p>
        <Link to="/entities">{t('common.notFoundHint')}</Link>
      </p>
    </section>
  );
}
