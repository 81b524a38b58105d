/** Sign-in: username and password, a generic error, and the demo accounts in demo mode. */
import { Alert, Button, Card, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { authApi } from '../../api/endpoints';
import { FullPageSpin } from '../../components/FullPageSpin';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { homePath } from '../../layout/navItems';
import { isApiError } from '../../lib/errors';
import { useSession } from '../../state/session';
import { DemoAccounts } from './DemoAccounts';

interface Credentials {
  username: string;
  password: string;
}

/** The page the user was heading for, if it is one of ours; else null (the user's landing page). */
function safeNext(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : null;
}

function loginErrorKey(e: unknown): string {
  if (isApiError(e, 'TOO_MANY_ATTEMPTS')) return 'login.tooMany';
  if (isApiError(e, 'INVALID_CREDENTIALS') || isApiError(e, 'VALIDATION_FAILED')) return 'login.invalid';
  if (isApiError(e) && (e.status === 0 || e.status >= 500)) return 'login.unavailable';
  return 'login.invalid';
}

/** Signs in, loads the full user (/auth/me: roles and abilities), then goes where the user was heading (else home). */
function useLogin(next: string | null) {
  const { refreshUser } = useSession();
  const [busy, setBusy] = useState(false);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const navigate = useNavigate();
  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setErrorKey(null);
    try {
      await authApi.login(username.trim(), password);
      const user = await refreshUser();
      navigate(next ?? (user ? homePath(user) : '/map'), { replace: true });
    } catch (e) {
      setErrorKey(loginErrorKey(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, errorKey, submit };
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { ready, user, demo } = useSession();
  const [form] = Form.useForm<Credentials>();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { busy, errorKey, submit } = useLogin(next);

  if (!ready) return <FullPageSpin />;
  if (user) return <Navigate to={next ?? homePath(user)} replace />;

  return (
    <div className="gw-login">
      <div className="gw-login-lang">
        <LanguageSwitch />
      </div>
      <Card className="gw-login-card">
        <div className="gw-login-brand">
          <span className="gw-brand-mark" aria-hidden>
            ▦
          </span>{' '}
          {t('app.name')}
          {demo && (
            <Tag color="orange" className="gw-demo-tag" data-testid="demo-tag">
              {t('demo.tag')}
            </Tag>
          )}
        </div>
        <div className="gw-muted gw-login-sub">{t('login.subtitle')}</div>
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input size="large" autoComplete="username" autoCapitalize="off" data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password size="large" autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          {errorKey && <Alert type="error" showIcon title={t(errorKey)} className="gw-login-error" data-testid="login-error" />}
          <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        {demo && <DemoAccounts onPick={(username, password) => form.setFieldsValue({ username, password })} />}
      </Card>
    </div>
  );
}
