/**
 * 成员档案 (issue "Team operations" item 4): one member's roles and areas, this week's diary standing,
 * the year's diary weeks met (A5.2), meeting and training attendance (A4, A6) and their rewards and
 * penalties (A10, the register's cards: approvable here too), with a year picker (`?year=`).
 * Read by the member and by those who read the people of the member's area (the server decides).
 */
import { Button, Card, Empty, Spin, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { membersApi, type AttendanceTally, type MemberProfile } from '../../api/members';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, todayShanghai } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { DiaryStatusTag } from '../diaries/DiaryStatusChip';
import { RewardCard } from '../rewards/RewardCard';
import { YearNav } from '../trainings/YearNav';
import '../rewards/rewards.css';
import './team.css';
import './member-profile.css';

function Stat({ label, value, detail, testId }: { label: string; value: ReactNode; detail?: ReactNode; testId: string }) {
  return (
    <div className="gw-member-stat" data-testid={testId}>
      <div className="gw-member-stat-label">{label}</div>
      <div className="gw-member-stat-value">{value}</div>
      {detail && <div className="gw-member-stat-detail">{detail}</div>}
    </div>
  );
}

function AttendanceStat({ label, tally, testId }: { label: string; tally: AttendanceTally; testId: string }) {
  const { t } = useTranslation();
  const done = tally.present + tally.late;
  // A4: leave with an approved request is left out, as in the assessment
  const of = done + tally.absent;
  const detail = (['present', 'late', 'absent', 'onLeave'] as const).map((k) => (
    <span key={k} className="gw-member-tally">
      {t(`members.tally.${k}`, { count: tally[k] })}
    </span>
  ));
  const none = of === 0 && tally.onLeave === 0;
  return <Stat label={label} value={none ? '—' : t('members.attended', { done, of })} detail={none ? undefined : detail} testId={testId} />;
}

/** The year's figures; this week's diary standing only while the year runs. */
function Figures({ p, thisYear }: { p: MemberProfile; thisYear: boolean }) {
  const { t } = useTranslation();
  const points = p.rewards.points;
  return (
    <div className="gw-member-stats">
      {thisYear && (
        <Stat
          label={t('members.thisWeek')}
          value={p.diaries.thisWeek.required > 0 ? <DiaryStatusTag status={p.diaries.thisWeek} /> : t('members.noDiaryDuty')}
          testId="member-this-week"
        />
      )}
      <Stat
        label={t('members.diaryWeeks')}
        value={p.diaries.weeks === 0 ? '—' : t('members.weeks', { met: p.diaries.weeksMet, weeks: p.diaries.weeks })}
        testId="member-diary-weeks"
      />
      <AttendanceStat label={t('members.meetings')} tally={p.attendance.meetings} testId="member-meetings" />
      <AttendanceStat label={t('members.trainings')} tally={p.attendance.trainings} testId="member-trainings" />
      <Stat
        label={t('members.points')}
        value={
          <span className={points > 0 ? 'gw-reward-plus' : points < 0 ? 'gw-reward-minus' : undefined}>
            {points > 0 ? `+${points}` : points}
          </span>
        }
        detail={t('members.pointsHint')}
        testId="member-points"
      />
    </div>
  );
}

/** `?year=` when it is a year, else this year. */
function yearOf(raw: string | null, current: number): number {
  const y = Number(raw);
  return raw && /^\d{4}$/.test(raw) && y >= 2000 && y <= current ? y : current;
}

export default function MemberProfilePage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const current = Number(todayShanghai().slice(0, 4));
  const year = yearOf(params.get('year'), current);
  const profile = useAsync((signal) => membersApi.profile(id, year, signal), [id, year]);
  // another year's figures stay while the next load runs (under the spinner); another person's never
  const p = profile.data?.id === id ? profile.data : undefined;

  return (
    <div className="gw-page gw-member-page" data-testid="member-profile">
      {location.key !== 'default' && (
        <Button type="link" className="gw-link-button gw-member-back" onClick={() => navigate(-1)}>
          ‹ {t('members.back')}
        </Button>
      )}
      <PageHeader
        title={p ? p.name : t('members.title')}
        extra={
          !profile.error && <YearNav year={year} onChange={(y) => setParams(y === current ? {} : { year: String(y) }, { replace: true })} />
        }
      >
        {p && <span className="gw-muted">{t('members.title')}</span>}
        {p && !p.active && <Tag>{t('members.inactive')}</Tag>}
      </PageHeader>
      <ErrorAlert error={profile.error} onRetry={profile.reload} />
      <Spin spinning={profile.loading}>
        {p && (
          <>
            <Card size="small" className="gw-block" title={t('members.roles')}>
              <div className="gw-member-roles" data-testid="member-roles">
                {p.roles.length === 0 && <span className="gw-muted">{t('members.noRoles')}</span>}
                {p.roles.map((r) => (
                  <span key={`${r.role}-${r.regionId}`} className="gw-role-line">
                    <Tag color="blue">{t(`roles.${r.role}`, { defaultValue: r.role })}</Tag>
                    {r.regionName}
                  </span>
                ))}
              </div>
              {!p.teamMember && <div className="gw-muted gw-member-note">{t('members.notTeamMember')}</div>}
            </Card>
            <div className="gw-muted gw-member-asof">{t('members.asOf', { year: p.year, date: formatDate(p.asOf, i18n.language) })}</div>
            <Figures p={p} thisYear={p.year === current} />
            <h3 className="gw-member-h">{t('members.rewards', { count: p.rewards.items.length })}</h3>
            {p.rewards.items.length === 0 && <Empty description={t('members.noRewards')} />}
            <div className="gw-team-cards" data-testid="member-rewards">
              {p.rewards.items.map((r) => (
                <RewardCard key={r.id} reward={r} showPerson={false} onChange={profile.reload} />
              ))}
            </div>
          </>
        )}
      </Spin>
    </div>
  );
}
