import { Button, Dropdown, Tag, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { setLanguage, type Language } from '../i18n';
import { useSession, useUser } from '../state/session';

const LANGUAGE_ITEMS: Array<{ value: Language; label: string }> = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'EN' },
];

/**
 * The user's name; the dropdown lists each role with its region, 我的账户 (/me: the calendar feed) and
 * sign-out. On a phone the header has no room for the language switch, so the dropdown carries the
 * language choice too.
 */
export function UserMenu({ withLanguage = false }: { withLanguage?: boolean }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const { logout } = useSession();
  const navigate = useNavigate();

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

  const current: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const languageItems: MenuProps['items'] = withLanguage
    ? [
        {
          key: 'language',
          type: 'group',
          label: t('app.language'),
          children: LANGUAGE_ITEMS.map((l) => ({
            key: `lang-${l.value}`,
            label: <span data-testid={`user-menu-lang-${l.value}`}>{l.value === current ? `✓ ${l.label}` : l.label}</span>,
          })),
        },
        { type: 'divider' },
      ]
    : [];

  const items: MenuProps['items'] = [
    { key: 'who', type: 'group', label: `${user.displayName} (${user.username})`, children: roleItems },
    { type: 'divider' },
    { key: 'account', label: <span data-testid="user-menu-account">{t('account.menu')}</span> },
    { type: 'divider' },
    ...languageItems,
    { key: 'logout', danger: true, label: <span data-testid="logout">{t('user.logout')}</span> },
  ];

  const onClick: MenuProps['onClick'] = async ({ key }) => {
    const language = LANGUAGE_ITEMS.find((l) => key === `lang-${l.value}`);
    if (language) setLanguage(language.value);
    if (key === 'account') navigate('/me');
    if (key !== 'logout') return;
    await logout(); // RequireAuth then routes to /login
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" className="gw-user-button" title={user.displayName} data-testid="user-menu">
        <span className="gw-user-name">{user.displayName}</span>
      </Button>
    </Dropdown>
  );
}
