/**
 * The header's notice bell: unread notices (临期/超期提醒, 新分派, 待反馈居民, 督办催办; 集中走访报告的报送、
 * 确认与待报送; 年度核查任务; 会议告知; 敏感信息查看超限) with the unread count, kept live by the shared notice
 * store (state/notices.ts: one stream per tab, closed on sign-out). Opening a notice marks it read and opens
 * what it is about: its case, the rounds page of its month, the verification page, the meeting.
 * "查看全部" opens 消息 (/notifications) with every notice, read ones too.
 */
import { Badge, Button, Dropdown, type MenuProps } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { noticeLink } from '../api/supervision';
import { formatMinute } from '../lib/caseFormat';
import { noticeDetail, noticeKindLabel } from '../lib/notices';
import { markNoticeRead, useNotices } from '../state/notices';

/** A bell outline (24×24). */
const BELL =
  'M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66' +
  'A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z';

/** The popup: the unread notices scroll; "查看全部" stays in view below them. */
const POPUP: CSSProperties = { background: '#fff', borderRadius: 8, boxShadow: '0 6px 16px rgba(0, 0, 0, 0.12)', maxWidth: 360 };
const FOOT: CSSProperties = { display: 'block', padding: '10px 16px', borderTop: '1px solid #f0f0f0', textAlign: 'center' };

export function NoticeBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { unread: notices, count } = useNotices();
  const [open, setOpen] = useState(false);

  const items: MenuProps['items'] = notices.length
    ? notices.map((n) => ({
        key: String(n.id),
        label: (
          <div className="gw-notice-item" data-testid="notice-item">
            <strong>{noticeKindLabel(t, n)}</strong>
            {' · '}
            {noticeDetail(t, n, i18n.language)}
            <div className="gw-muted">{formatMinute(n.at, i18n.language)}</div>
          </div>
        ),
      }))
    : [{ key: 'none', disabled: true, label: t('notices.empty') }];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    setOpen(false);
    const n = notices.find((x) => String(x.id) === key);
    if (!n) return;
    markNoticeRead(n);
    const link = noticeLink(n);
    if (link) navigate(link);
  };

  return (
    <Dropdown
      menu={{ items, onClick, style: { maxHeight: 380, overflowY: 'auto', boxShadow: 'none' } }}
      trigger={['click']}
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      popupRender={(menu) => (
        <div style={POPUP}>
          {menu}
          <Link to="/notifications" style={FOOT} onClick={() => setOpen(false)} data-testid="notice-view-all">
            {t('noticeCentre.viewAll')}
          </Link>
        </div>
      )}
    >
      <Button type="text" aria-label={t('notices.title')} data-testid="notice-bell">
        <Badge count={count} size="small" overflowCount={99}>
          {/* drawn, not an emoji: web views without an emoji font showed an empty box */}
          <svg aria-hidden width="18" height="18" viewBox="0 0 24 24" fill="currentColor" style={{ display: 'block' }}>
            <path d={BELL} />
          </svg>
        </Badge>
        <span data-testid="notice-count" data-count={count} hidden>
          {count}
        </span>
      </Button>
    </Dropdown>
  );
}
