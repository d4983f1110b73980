import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/ScrollRegion';
import type { User } from './api';

interface UsersTableProps {
  users: User[];
  /** The signed-in user's email: their own row says so. */
  self: string | undefined;
  /** Only for admins: opens the editor for one user. */
  onManage?: (user: User) => void;
}

export function UsersTable({ users, self, onManage }: UsersTableProps) {
  const { t } = useTranslation();
  const isSelf = (user: User) => user.email.toLowerCase() === self?.toLowerCase();
  return (
    <ScrollRegion label={t('users.caption')}>
      <table className="users">
        <caption>{t('users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.status')}</th>
            {onManage && <th scope="col">{t('users.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-user={user.email}>
              <th scope="row" className="user-email">
                {user.email}
                {isSelf(user) && <span className="muted"> {t('users.you')}</span>}
              </th>
              <td>
                <span className="tag">{t(`roles.${user.role}`, { defaultValue: user.role })}</span>
              </td>
              <td>
                {user.disabled ? (
                  <span className="tag danger">{t('users.disabled')}</span>
                ) : (
                  <span className="tag subtle">{t('users.active')}</span>
                )}
              </td>
              {onManage && (
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={t('users.manageNamed', { email: user.email })}
                    onClick={() => onManage(user)}
                  >
                    {t('users.manage')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
