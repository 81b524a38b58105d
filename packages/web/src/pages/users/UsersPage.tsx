/** 人员与角色: users in scope, their roles per region; create, edit, assign and remove roles. */
import { Button, Input, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usersApi } from '../../api/endpoints';
import type { UserRecord } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../lib/useAsync';
import { useUser } from '../../state/session';
import { RoleAssignModal } from './RoleAssignModal';
import { UserFormModal } from './UserFormModal';
import { UserTable } from './UserTable';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserRecord } | { kind: 'role'; user: UserRecord } | null;

function matches(u: UserRecord, q: string): boolean {
  const s = q.trim().toLowerCase();
  return (
    !s || u.username.toLowerCase().includes(s) || u.displayName.toLowerCase().includes(s) || u.roles.some((r) => r.regionName.includes(s))
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const me = useUser();
  const users = useAsync(() => usersApi.list(), []);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const rows = useMemo(() => (users.data ?? []).filter((u) => matches(u, query)), [users.data, query]);

  const done = () => {
    setDialog(null);
    users.reload();
  };

  return (
    <div className="gw-page">
      <PageHeader
        title={t('users.title')}
        extra={
          <Space wrap>
            <Input.Search allowClear placeholder={t('users.search')} onChange={(e) => setQuery(e.target.value)} style={{ width: 200 }} />
            {me.abilities.manageUsers && (
              <Button type="primary" onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">
                {t('users.create')}
              </Button>
            )}
          </Space>
        }
      />
      <ErrorAlert error={users.error} onRetry={users.reload} />
      <UserTable
        rows={rows}
        loading={users.loading}
        onEdit={(u) => setDialog({ kind: 'edit', user: u })}
        onAssign={(u) => setDialog({ kind: 'role', user: u })}
        onChanged={users.reload}
      />
      {dialog?.kind === 'create' && <UserFormModal onClose={() => setDialog(null)} onSaved={done} />}
      {dialog?.kind === 'edit' && <UserFormModal user={dialog.user} onClose={() => setDialog(null)} onSaved={done} />}
      {dialog?.kind === 'role' && <RoleAssignModal user={dialog.user} onClose={() => setDialog(null)} onSaved={done} />}
    </div>
  );
}
