import { App, Form, Input, Modal, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usersApi } from '../../api/endpoints';
import type { UserRecord } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';

/** The server's rules (users.schemas.ts), checked here first so a phone gets the message at once. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;
const PASSWORD_MIN = 10;

interface FormValues {
  username: string;
  displayName: string;
  password?: string;
  active: boolean;
}

/** Creates the user, or sends only the fields that changed, with the version the form was opened at. */
async function saveUser(user: UserRecord | undefined, v: FormValues): Promise<void> {
  if (!user) {
    await usersApi.create({ username: v.username.trim(), displayName: v.displayName.trim(), password: v.password ?? '' });
    return;
  }
  const body: Parameters<typeof usersApi.update>[1] = { expectedVersion: user.version };
  if (v.displayName.trim() !== user.displayName) body.displayName = v.displayName.trim();
  if (v.active !== user.active) body.active = v.active;
  if (v.password) body.password = v.password;
  await usersApi.update(user.id, body);
}

/** New user (username, name, password) or edit (name, active, new password) with expectedVersion. */
export function UserFormModal({ user, onClose, onSaved }: { user?: UserRecord; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async (v: FormValues) => {
    setBusy(true);
    setError(null);
    try {
      await saveUser(user, v);
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
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={user ? { username: user.username, displayName: user.displayName, active: user.active } : { active: true }}
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={user ? undefined : t('users.usernameHint')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: USERNAME, message: t('users.usernameHint') },
          ]}
        >
          <Input disabled={Boolean(user)} autoCapitalize="off" autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 60 }]}
        >
          <Input data-testid="user-display-name" />
        </Form.Item>
        <Form.Item
          name="password"
          label={user ? t('users.newPassword') : t('users.password')}
          extra={user ? t('users.passwordKeep') : undefined}
          rules={[
            { required: !user, message: t('common.required') },
            { min: PASSWORD_MIN, message: t('users.passwordMin', { min: PASSWORD_MIN }) },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
        {user && (
          <Form.Item name="active" label={t('users.status')} valuePropName="checked">
            <Switch checkedChildren={t('users.active')} unCheckedChildren={t('users.inactive')} />
          </Form.Item>
        )}
      </Form>
      <ErrorAlert error={error} />
    </Modal>
  );
}
