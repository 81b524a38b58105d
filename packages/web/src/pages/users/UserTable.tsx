import { App, Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { usersApi } from '../../api/endpoints';
import type { UserRecord } from '../../api/types';
import { errorMessage } from '../../lib/errors';

interface Props {
  rows: UserRecord[];
  loading: boolean;
  onEdit: (u: UserRecord) => void;
  onAssign: (u: UserRecord) => void;
  onChanged: () => void;
}

function RoleTags({ user, onChanged }: { user: UserRecord; onChanged: () => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const remove = (r: UserRecord['roles'][number]) =>
    modal.confirm({
      title: t('users.removeRoleConfirm', { role: t(`roles.${r.role}`), region: r.regionName, user: user.displayName }),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await usersApi.removeRole(user.id, r.id);
          message.success(t('common.deleted'));
          onChanged();
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });
  if (!user.roles.length) return <span className="gw-muted">{t('user.noRoles')}</span>;
  return (
    <Space size={[4, 4]} wrap>
      {user.roles.map((r) => (
        <Tag
          key={r.id}
          color="blue"
          closable={r.removable}
          onClose={(e) => {
            e.preventDefault();
            remove(r);
          }}
        >
          {t(`roles.${r.role}`)} · {r.regionName}
        </Tag>
      ))}
    </Space>
  );
}

/** Users with their roles; row actions follow each row's abilities. */
export function UserTable({ rows, loading, onEdit, onAssign, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <Table<UserRecord>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      scroll={{ x: true }}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      data-testid="user-table"
      columns={[
        { title: t('users.username'), dataIndex: 'username', render: (v: string) => <span className="gw-mono">{v}</span> },
        { title: t('users.displayName'), dataIndex: 'displayName' },
        {
          title: t('users.status'),
          dataIndex: 'active',
          width: 80,
          render: (v: boolean) => (v ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>),
        },
        { title: t('users.roles'), key: 'roles', render: (_, u) => <RoleTags user={u} onChanged={onChanged} /> },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 170,
          render: (_, u) => (
            <Space size="small">
              {u.abilities.update && (
                <Button size="small" onClick={() => onEdit(u)}>
                  {t('common.edit')}
                </Button>
              )}
              {u.abilities.assignRoles && (
                <Button size="small" onClick={() => onAssign(u)}>
                  {t('users.assignRole')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
