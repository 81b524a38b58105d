import { Button, Dropdown, Tag, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession, useUser } from '../state/session';

/** The user's name; the dropdown lists each role with its region, and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useUser();
  const { logout } = useSession();

  const roleItems: MenuProps['items'] = user.roles.length
    ? user.roles.map((r) => ({
        key: `role-${r.id}`,
        disabled: true,
        label: (
          <span className="gw-role-line">
            <Tag color="blue">{t(`roles.${r.role}`)}</Tag>
            {r.regionName}
          </span>
        ),
      }))
    : [{ key: 'no-role', disabled: true, label: t('user.noRoles') }];

  const items: MenuProps['items'] = [
    { key: 'who', type: 'group', label: `${user.displayName} (${user.username})`, children: roleItems },
    { type: 'divider' },
    { key: 'logout', danger: true, label: <span data-testid="logout">{t('user.logout')}</span> },
  ];

  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key !== 'logout') return;
    await logout(); // RequireAuth then routes to /login
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" className="gw-user-button" data-testid="user-menu">
        <span className="gw-user-name">{user.displayName}</span>
      </Button>
    </Dropdown>
  );
}
