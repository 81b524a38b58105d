/**
 * In the header: 离线 while the connection is gone (or the page shows the device's copies), and what
 * waits in the outbox (待发送 N, 发送失败 N) as a link to 待发送. Nothing when all is sent and online.
 */
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatMinute } from '../lib/caseFormat';
import { useConnection, useOutbox } from '../lib/offline/useOutbox';
import { useUser } from '../state/session';

export function OfflineStatus() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const conn = useConnection();
  const outbox = useOutbox(user.id);
  const offline = !conn.online;
  return (
    <span className="gw-offline-status">
      {offline && (
        <Tooltip title={conn.fromDeviceAt ? t('offline.fromDevice', { time: formatMinute(conn.fromDeviceAt, i18n.language) }) : undefined}>
          <Tag color="default" data-testid="offline-tag">
            {t('offline.offlineTag')}
          </Tag>
        </Tooltip>
      )}
      {(outbox.waiting > 0 || outbox.failed > 0) && (
        <Link to="/outbox" data-testid="outbox-link" data-waiting={outbox.waiting} data-failed={outbox.failed}>
          {outbox.failed > 0 ? (
            <Tag color="red">{t('offline.failed', { count: outbox.failed })}</Tag>
          ) : (
            <Tag color="orange">{t('offline.waiting', { count: outbox.waiting })}</Tag>
          )}
        </Link>
      )}
    </span>
  );
}
