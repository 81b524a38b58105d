/**
 * 三访四清 (A7.1): visits beyond households — to party branch members, party group leaders, owners'
 * committees and residents — month by month, newest first, in the grid selected in the tree (else the
 * whole scope); "登记三访四清" opens the phone form. Beside 我的走访 for grid workers.
 */
import { addDays } from '@gridwork/core/calendar/dates';
import { Button, Empty, Spin, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOUR_CLEAR, outreachApi, type OutreachVisit } from '../../api/surveys';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatMinute } from '../../lib/caseFormat';
import { addMonths, todayShanghai } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { MonthNav } from '../meetings/MonthNav';
import { OutreachForm } from './OutreachForm';
import { VisitTabs } from './VisitTabs';
import '../cases/cases.css';
import '../team/team.css';
import './visits.css';
import { RuleText } from '../../components/RuleText';

function OutreachCard({ v }: { v: OutreachVisit }) {
  const { t, i18n } = useTranslation();
  const clear = FOUR_CLEAR.filter((c) => v.checklist.includes(c));
  return (
    <div className="gw-team-card" data-testid="outreach-item" data-outreach-id={v.id}>
      <div className="gw-team-card-top">
        <Tag color="blue">{t(`outreach.targets.${v.target}`, { defaultValue: v.target })}</Tag>
        <span className="gw-team-card-title">{v.targetName}</span>
      </div>
      <div className="gw-team-card-meta">
        <span>{formatMinute(v.visitedAt, i18n.language)}</span>
        <span>{v.gridName}</span>
        <span>{t('outreach.by', { name: v.visitor.name })}</span>
      </div>
      <div className="gw-outreach-clear">
        {clear.length === 0 ? (
          <span className="gw-muted">{t('outreach.none')}</span>
        ) : (
          clear.map((c) => (
            <Tag key={c} color="success">
              ✓ {t(`outreach.checklist.${c}`)}
            </Tag>
          ))
        )}
      </div>
      {v.notes && <div className="gw-pre gw-outreach-notes">{v.notes}</div>}
    </div>
  );
}

export default function OutreachPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { selected, index } = useRegions();
  const thisMonth = todayShanghai().slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const [recording, setRecording] = useState(false);
  const gridId = selected?.inScope && selected.type === 'grid' ? selected.id : undefined;
  const list = useAsync(
    (signal) => outreachApi.list({ gridId, from: `${month}-01`, to: addDays(`${addMonths(month, 1)}-01`, -1) }, signal),
    [gridId, month],
  );
  // the grid to record in: the one selected, else the user's own grid, else the only grid in scope
  const defaultGridId = useMemo<Id | undefined>(() => {
    if (gridId) return gridId;
    const own = user.roles.map((r) => index.byId.get(r.regionId)).find((r) => r?.type === 'grid' && r.inScope);
    if (own) return own.id;
    const grids = [...index.byId.values()].filter((r) => r.type === 'grid' && r.inScope);
    return grids.length === 1 ? grids[0].id : undefined;
  }, [gridId, user.roles, index]);
  const items = list.data ?? [];

  return (
    <div className="gw-page gw-outreach-page">
      <VisitTabs current="outreach" />
      <PageHeader
        title={t('outreach.title')}
        extra={
          !recording && (
            <Button type="primary" size="large" onClick={() => setRecording(true)} data-testid="outreach-new">
              {t('outreach.record')}
            </Button>
          )
        }
      />
      <div className="gw-muted gw-outreach-intro">
        <RuleText text={t('outreach.intro')} />
      </div>
      {recording && (
        <OutreachForm
          defaultGridId={defaultGridId}
          onCancel={() => setRecording(false)}
          onSaved={(v) => {
            setRecording(false);
            const at = v.visitedAt.slice(0, 7);
            if (at === month) list.reload();
            else setMonth(at);
          }}
        />
      )}
      <div className="gw-outreach-head">
        <MonthNav month={month} onChange={setMonth} max={thisMonth} />
        {list.data && <span className="gw-muted">{t('outreach.count', { count: items.length })}</span>}
      </div>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Spin spinning={list.loading}>
        {list.data && items.length === 0 && <Empty description={t('outreach.empty')} />}
        <div className="gw-team-cards" data-testid="outreach-list">
          {items.map((v) => (
            <OutreachCard key={v.id} v={v} />
          ))}
        </div>
      </Spin>
    </div>
  );
}
