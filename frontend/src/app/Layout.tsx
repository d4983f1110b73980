import { Link, NavLink, Outlet } from 'react-router';
import { config } from '@/lib/config';
import { logout, useSession } from '@/lib/use-session';

export function Layout() {
  const session = useSession();
  return (
    <>
      <header className="app-header">
        <Link to="/" className="brand">
          {config.appName}
        </Link>
        <nav aria-label="Main">
          <NavLink to="/entities">Entities</NavLink>
        </nav>
        <div className="user">
          {session && (
            <span>
              {session.email} <span className="badge">{session.role}</span>
            </span>
          )}
          <button type="button" onClick={logout}>
            Log out
          </button>
        </div>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </>
  );
}
