/** 我的账户 (/me, from the user menu): who is signed in with their roles (我的档案 links their profile), and the private calendar feed. */
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { memberPath } from '../../api/members';
import { PageHeader } from '../../components/PageHeader';
import { useUser } from '../../state/session';
import { CalendarFeedCard } from './CalendarFeedCard';
import './account.css';

export default function AccountPage() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <div className="gw-page gw-account-page">
      <PageHeader title={t('account.title')} />
      <div className="gw-account-cards">
        <Card
          size="small"
          className="gw-block"
          title={t('account.profile')}
          extra={
            <Link to={memberPath(user.id)} data-testid="account-member-profile">
              {t('members.mine')}
            </Link>
          }
        >
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'name', label: t('account.name'), children: user.displayName },
              { key: 'username', label: t('account.username'), children: user.username },
              {
                key: 'roles',
                label: t('account.roles'),
                children: user.roles.length ? (
                  <span className="gw-account-roles">
                    {user.roles.map((r) => (
                      <span key={r.id} className="gw-role-line">
                        <Tag color="blue">{t(`roles.${r.role}`)}</Tag>
                        {r.regionName}
                      </span>
                    ))}
                  </span>
                ) : (
                  t('user.noRoles')
                ),
              },
            ]}
          />
        </Card>
        <CalendarFeedCard />
      </div>
    </div>
  );
}
