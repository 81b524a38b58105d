/** 办理过程: every step with its actor, time, status change and details (deadline changes included). */
import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseRecord, TimelineEntry } from '../../../api/cases';
import { formatMinute } from '../../../lib/caseFormat';
import { detailLines, peopleOf, type DetailContext } from './timelineDetails';

const COLOURS: Record<string, string> = {
  reject: 'red',
  reopen: 'red',
  escalate: 'orange',
  'request-extension': 'orange',
  feedback: 'green',
  close: 'green',
  archive: 'gray',
};

function EntryBody({ e, ctx }: { e: TimelineEntry; ctx: DetailContext }) {
  const { t } = useTranslation();
  const lines = detailLines(t, e, ctx);
  const moved = e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus;
  return (
    <div className="gw-tl-entry" data-action={e.action}>
      <div className="gw-tl-head">
        <strong>{t(`caseActions.${e.action}`, { defaultValue: e.action })}</strong>
        <span>{e.actor?.name ?? t('caseDetail.system')}</span>
      </div>
      <div className="gw-muted gw-tl-time">
        {formatMinute(e.at, ctx.lang)}
        {moved && ` · ${t('caseDetail.fromTo', { from: t(`caseStatus.${e.fromStatus}`), to: t(`caseStatus.${e.toStatus}`) })}`}
      </div>
      {lines.length > 0 && (
        <ul className="gw-tl-details">
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface Props {
  timeline: TimelineEntry[];
  /** The people the API names for ids in the details. */
  people?: CaseRecord['people'];
  ctx: Omit<DetailContext, 'people'>;
}

export function CaseTimeline({ timeline, people, ctx }: Props) {
  const full = { ...ctx, people: peopleOf(timeline, people) };
  return (
    <Timeline
      className="gw-case-timeline"
      data-testid="case-timeline"
      items={timeline.map((e) => ({ key: e.seq, color: COLOURS[e.action] ?? 'blue', content: <EntryBody e={e} ctx={full} /> }))}
    />
  );
}
