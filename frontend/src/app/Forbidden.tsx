import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/lib/use-page-title';
import { useRole } from '@/lib/use-session';

/** A page the signed-in role may not use, reached by its address: said plainly, with a way on. */
export function Forbidden() {
  const { t } = useTranslation();
  const role = useRole();
  usePageTitle(t('users.forbidden.title'));
  return (
    <section aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t('users.forbidden.title')}</h1>
      <p role="alert">{t('users.forbidden.body', { role: role ? t(`roles.${role}`) : '' })}</p>
      <p>
        <Link to="/entities">{t('common.notFoundHint')}</Link>
      </p>
    </section>
  );
}
