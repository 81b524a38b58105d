import { App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usersApi } from '../../api/endpoints';
import type { Id, RoleCode, UserRecord } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionPicker } from '../../components/RegionPicker';

/** Gives a user a role at a region; the role applies to that region and everything below it. */
export function RoleAssignModal({ user, onClose, onSaved }: { user: UserRecord; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ role: RoleCode; regionId: Id }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async ({ role, regionId }: { role: RoleCode; regionId: Id }) => {
    setBusy(true);
    setError(null);
    try {
      await usersApi.addRole(user.id, role, regionId);
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('users.assignTitle', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={user.abilities.grantableRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} data-testid="role-select" />
        </Form.Item>
        <Form.Item
          name="regionId"
          label={t('users.region')}
          extra={t('users.regionHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <RegionPicker />
        </Form.Item>
      </Form>
      <ErrorAlert error={error} />
    </Modal>
  );
}
