/** The agenda (A4, C5.1): the convener's topics, then the area's open cases, overdue and hot ones first. */
import { Button, Empty, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AgendaItem } from '../../api/meetings';

/** Shown before "show all": a phone keeps the roll call near the top. */
const FIRST = 8;

const REASON_COLOURS: Record<string, string> = { overdue: 'red', 'several-residents': 'orange', escalated: 'volcano', flagged: 'magenta' };

export function MeetingAgenda({ items }: { items: AgendaItem[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.agenda.empty')} />;
  return (
    <>
      <ol className="gw-meet-agenda" data-testid="meeting-agenda">
        {(all ? items : items.slice(0, FIRST)).map((it, i) => (
          <li key={i} className="gw-meet-agenda-item">
            {it.kind === 'case' && it.caseId ? <Link to={`/cases/${it.caseId}`}>{it.title}</Link> : <b>{it.title}</b>}
            {it.kind === 'case' && (
              <span className="gw-meet-agenda-tags">
                {it.caseId && <span className="gw-muted">#{it.caseId}</span>}
                {it.gridName && <span className="gw-muted">{it.gridName}</span>}
                {(it.reasons ?? []).map((r) => (
                  <Tag key={r} color={REASON_COLOURS[r]}>
                    {t(`meetings.agenda.reasons.${r}`, { defaultValue: r })}
                  </Tag>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
      {!all && items.length > FIRST && (
        <Button type="link" className="gw-link-button" onClick={() => setAll(true)} data-testid="meeting-agenda-all">
          {t('meetings.agenda.showAll', { count: items.length })}
        </Button>
      )}
    </>
  );
}
