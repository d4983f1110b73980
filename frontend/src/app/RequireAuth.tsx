import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@/lib/use-session';

/** Any signed-out state (logout, expiry, a 401 from the API) lands on the login page. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}
