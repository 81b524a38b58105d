/**
 * 修改密码: the current password, the new one twice. The server's rules are checked here first (length,
 * the repeat); its answers land under their fields: a wrong current password (WRONG_PASSWORD, which counts
 * toward the sign-in lockout), the demo password refused. Every other device is signed out on success.
 */
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { accountApi } from '../../api/account';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/errors';
import { useFormSubmit } from '../../lib/useFormSubmit';

/** The server's rules (auth/password.ts, the administrator's user form). */
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 256;

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export function PasswordCard({ demoInUse, onChanged }: { demoInUse: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useFormSubmit(null, [], t);

  const save = (v: Values) =>
    submit(async () => {
      try {
        await accountApi.changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword });
      } catch (e) {
        if (isApiError(e, 'WRONG_PASSWORD')) {
          form.setFields([{ name: 'currentPassword', errors: [t('account2.password.wrong')] }]);
          return;
        }
        const details = isApiError(e, 'VALIDATION_FAILED') && Array.isArray(e.details) ? (e.details as Array<{ field?: string }>) : [];
        const field = details.map((d) => d.field?.replace(/^body\./, '')).find((f) => f === 'newPassword' || f === 'currentPassword');
        if (!field) throw e;
        const problem = details.some((d) => (d as { problem?: string }).problem === 'demo-password') ? 'demo' : 'tooShort';
        form.setFields([{ name: field, errors: [t(`account2.password.${problem}`, { min: PASSWORD_MIN })] }]);
        return;
      }
      form.resetFields();
      message.success(t('account2.password.saved'));
      onChanged();
    });

  const lengthRules = [
    { required: true, message: t('account2.password.required') },
    { min: PASSWORD_MIN, message: t('account2.password.tooShort', { min: PASSWORD_MIN }) },
    { max: PASSWORD_MAX, message: t('account2.password.tooLong', { max: PASSWORD_MAX }) },
  ];

  return (
    <Card size="small" className="gw-block" title={t('account2.password.title')} data-testid="account-password">
      {demoInUse && <Alert type="warning" showIcon className="gw-error" title={t('account2.password.demoInUse')} />}
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={save} requiredMark={false} className="gw-account-password">
        <Form.Item
          name="currentPassword"
          label={t('account2.password.current')}
          rules={[
            { required: true, message: t('account2.password.required') },
            { max: PASSWORD_MAX, message: t('account2.password.tooLong', { max: PASSWORD_MAX }) },
          ]}
        >
          <Input.Password autoComplete="current-password" data-testid="account-password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account2.password.next')}
          extra={t('account2.password.hint', { min: PASSWORD_MIN })}
          rules={lengthRules}
        >
          <Input.Password autoComplete="new-password" data-testid="account-password-new" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('account2.password.repeat')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('account2.password.required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('account2.password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="account-password-repeat" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block data-testid="account-password-save">
          {t('account2.password.save')}
        </Button>
      </Form>
    </Card>
  );
}
