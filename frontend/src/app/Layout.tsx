import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/Status';
import { config } from '@/lib/config';
import { can } from '@/lib/permissions';
import { logout, useSession } from '@/lib/use-session';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useCurrentRole } from './use-current-role';

/** After a navigation, focus moves to the new screen's heading so it is announced. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The new screen's heading appears once its data has loaded: wait for it a little.
    let frame = 0;
    let tries = 0;
    const focusHeading = () => {
      const heading = main.current?.querySelector<HTMLElement>('h1');
      if (!heading && tries++ < 120) {
        frame = requestAnimationFrame(focusHeading);
        return;
      }
      const target = heading ?? main.current;
      if (!target || target.contains(document.activeElement)) return;
      if (
        main.current?.contains(document.activeElement) &&
        document.activeElement !== main.current
      ) {
        return;
      }
      target.tabIndex = -1;
      target.focus();
    };
    frame = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return main;
}

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const role = session?.role;
  const main = useFocusOnNavigation();
  useCurrentRole();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('header.skip')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          {config.appName}
        </Link>
        <nav aria-label={t('header.main')}>
          <NavLink to="/entities">{t('header.entities')}</NavLink>
          {can(role, 'readAudit') && <NavLink to="/audit">{t('header.audit')}</NavLink>}
          {can(role, 'readUsers') && <NavLink to="/users">{t('users.nav')}</NavLink>}
          {can(role, 'readProjections') && (
            <NavLink to="/admin/projections">{t('header.projections')}</NavLink>
          )}
        </nav>
        <div className="user">
          {session && (
            <span className="who">
              <span className="email">{session.email}</span>{' '}
              <span className="badge">{t(`roles.${session.role}`)}</span>
            </span>
          )}
          <LanguageSwitcher />
          <button type="button" className="secondary" onClick={logout}>
            {t('header.logout')}
          </button>
        </div>
      </header>
      <main className="content" id="main" ref={main}>
        <Suspense fallback={<Loading lines={6} />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
