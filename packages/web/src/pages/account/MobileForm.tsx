/**
 * 手机号（用于短信提醒）: one's own mobile for SMS notices. The server keeps it sealed and only ever
 * shows it masked (138****5678); a new one replaces it, 清除 removes it. Saved with the profile's version
 * (a change made elsewhere is a 409 and the latest is loaded).
 */
import { App, Button, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { accountApi, type Profile } from '../../api/account';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/errors';
import type { AsyncState } from '../../lib/useAsync';
import { useFormSubmit } from '../../lib/useFormSubmit';

/** Mainland China mobile numbers, as the server checks them (spaces and dashes allowed while typing). */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const isMobile = (raw: string) => MOBILE_PATTERN.test(raw.replace(/[\s-]/g, ''));

export function MobileForm({ profile }: { profile: AsyncState<Profile> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ mobile: string }>();
  const { busy, error, submit } = useFormSubmit(form, ['mobile'], t);
  const current = profile.data;

  const change = (mobile: string | null) =>
    submit(async () => {
      if (!current) return;
      try {
        profile.setData(await accountApi.updateProfile({ expectedVersion: current.version, displayName: current.displayName, mobile }));
      } catch (e) {
        if (!isApiError(e, 'VERSION_CONFLICT')) throw e;
        profile.reload();
        message.warning(t('account2.profile.stale'));
        return;
      }
      form.resetFields();
      message.success(t(mobile ? 'account2.mobile.saved' : 'account2.mobile.cleared'));
    });

  return (
    <Form form={form} layout="vertical" onFinish={(v) => change(v.mobile.replace(/[\s-]/g, ''))} disabled={!current} requiredMark={false}>
      <ErrorAlert error={error} />
      <Form.Item label={t('account2.mobile.label')} extra={t('account2.mobile.hint')}>
        <Typography.Text data-testid="account-mobile-current">{current?.mobileMasked ?? t('account2.mobile.none')}</Typography.Text>
        <Space.Compact block className="gw-block">
          <Form.Item
            name="mobile"
            noStyle
            rules={[
              { required: true, whitespace: true, message: t('account2.mobile.required') },
              {
                validator: (_r, v: string | undefined) =>
                  !v || isMobile(v) ? Promise.resolve() : Promise.reject(new Error(t('account2.mobile.invalid'))),
              },
            ]}
          >
            <Input
              maxLength={20}
              inputMode="tel"
              autoComplete="tel"
              placeholder={t('account2.mobile.placeholder')}
              data-testid="account-mobile"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="account-mobile-save">
            {t('account2.mobile.save')}
          </Button>
          {current?.mobileMasked ? (
            <Button danger onClick={() => void change(null)} loading={busy} data-testid="account-mobile-clear">
              {t('account2.mobile.clear')}
            </Button>
          ) : null}
        </Space.Compact>
      </Form.Item>
    </Form>
  );
}
