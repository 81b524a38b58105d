/**
 * 个人资料: one's own name and 手机号 for SMS notices (MobileForm; each saved with the version it was read
 * at: a change made elsewhere is a 409, and the latest is loaded), the username and roles. The signed-in
 * user is refreshed after a change (header, menus).
 */
import { App, Button, Card, Descriptions, Form, Input, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { accountApi, type Profile } from '../../api/account';
import { memberPath } from '../../api/members';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/errors';
import type { AsyncState } from '../../lib/useAsync';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useSession, useUser } from '../../state/session';
import { MobileForm } from './MobileForm';

const NAME_MAX = 60;

export function ProfileCard({ profile }: { profile: AsyncState<Profile> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const { refreshUser } = useSession();
  const [form] = Form.useForm<{ displayName: string }>();
  const { busy, error, submit } = useFormSubmit(form, ['displayName'], t);
  const current = profile.data;

  useEffect(() => {
    if (current) form.setFieldsValue({ displayName: current.displayName });
  }, [current, form]);

  const save = (v: { displayName: string }) =>
    submit(async () => {
      if (!current) return;
      try {
        profile.setData(await accountApi.updateProfile({ expectedVersion: current.version, displayName: v.displayName.trim() }));
      } catch (e) {
        if (!isApiError(e, 'VERSION_CONFLICT')) throw e;
        profile.reload();
        message.warning(t('account2.profile.stale'));
        return;
      }
      await refreshUser();
      message.success(t('account2.profile.saved'));
    });

  return (
    <Card
      size="small"
      className="gw-block"
      title={t('account2.profile.title')}
      data-testid="account-profile"
      extra={
        <Link to={memberPath(user.id)} data-testid="account-member-profile">
          {t('members.mine')}
        </Link>
      }
    >
      <ErrorAlert error={profile.error ?? error} onRetry={profile.error ? profile.reload : undefined} />
      <Form form={form} layout="vertical" onFinish={save} disabled={!current} requiredMark={false}>
        <Form.Item label={t('account2.profile.displayName')} extra={t('account2.profile.displayNameHint')} required>
          <Space.Compact block>
            <Form.Item
              name="displayName"
              noStyle
              rules={[
                { required: true, whitespace: true, message: t('account2.profile.blank') },
                { max: NAME_MAX, message: t('account2.profile.tooLong', { max: NAME_MAX }) },
              ]}
            >
              <Input maxLength={NAME_MAX} autoComplete="name" data-testid="account-name" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="account-name-save">
              {t('account2.profile.save')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      <MobileForm profile={profile} />
      <Descriptions
        size="small"
        column={1}
        items={[
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
  );
}
