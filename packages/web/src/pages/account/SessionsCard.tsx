/**
 * 登录设备: the signed-in user's live sessions (browser and system, when signed in, last used), this
 * device marked 本机; 退出此设备 ends one, 退出其他所有设备 all but this one (after a confirm). Both at once.
 */
import { App, Button, Card, Popconfirm, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi } from '../../api/account';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMinute } from '../../lib/caseFormat';
import { useAsync } from '../../lib/useAsync';

export function SessionsCard({ reloadKey }: { reloadKey: number }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const sessions = useAsync((signal) => accountApi.sessions(signal), [reloadKey]);
  const [busy, setBusy] = useState<number | 'others' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = sessions.data ?? [];
  const others = list.filter((s) => !s.current).length;

  const run = async (key: number | 'others', work: () => Promise<string>) => {
    setBusy(key);
    setError(null);
    try {
      message.success(await work());
      sessions.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const end = (id: number) =>
    run(id, async () => {
      await accountApi.endSession(id);
      return t('account2.sessions.ended');
    });
  const endOthers = () => run('others', async () => t('account2.sessions.endedOthers', { count: (await accountApi.endOthers()).ended }));

  return (
    <Card size="small" className="gw-block" title={t('account2.sessions.title')} data-testid="account-sessions">
      <p className="gw-muted gw-sessions-intro">{t('account2.sessions.intro')}</p>
      <ErrorAlert error={sessions.error ?? error} onRetry={sessions.error ? sessions.reload : undefined} />
      <Spin spinning={sessions.loading}>
        <ul className="gw-sessions">
          {list.map((s) => (
            <li key={s.id} className="gw-session" data-testid="account-session" data-current={String(s.current)}>
              <div className="gw-session-main">
                <div className="gw-session-device">
                  <span>{s.device ?? t('account2.sessions.unknownDevice')}</span>
                  {s.current && <Tag color="green">{t('account2.sessions.current')}</Tag>}
                </div>
                <div className="gw-muted gw-session-times">
                  <span>{t('account2.sessions.lastSeen', { time: formatMinute(s.lastSeenAt, i18n.language) })}</span>
                  <span>{t('account2.sessions.signedIn', { time: formatMinute(s.createdAt, i18n.language) })}</span>
                </div>
              </div>
              {!s.current && (
                <Popconfirm title={t('account2.sessions.endConfirm')} onConfirm={() => end(s.id)}>
                  <Button size="small" danger loading={busy === s.id} disabled={busy !== null} data-testid="account-session-end">
                    {t('account2.sessions.end')}
                  </Button>
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
        {sessions.data && others === 0 && <p className="gw-muted">{t('account2.sessions.none')}</p>}
        {others > 0 && (
          <Popconfirm title={t('account2.sessions.endOthersConfirm')} onConfirm={endOthers}>
            <Button danger block loading={busy === 'others'} disabled={busy !== null} data-testid="account-sessions-end-others">
              {t('account2.sessions.endOthers')}
            </Button>
          </Popconfirm>
        )}
      </Spin>
    </Card>
  );
}
