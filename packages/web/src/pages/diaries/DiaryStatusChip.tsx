/** This week's diary standing (A5.2, D9: one entry a week): "本周 0/1 · 待写", coloured like visit statuses. */
import { addDays } from '@gridwork/core/calendar/dates';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { diariesApi, type DiaryStatus } from '../../api/diaries';
import type { Id } from '../../api/types';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useRuleText } from '../../lib/ruleIds';

const COLOURS = { met: 'success', due: 'processing', 'at-risk': 'warning', overdue: 'error' } as const;

export function DiaryStatusChip({ userId }: { userId?: Id }) {
  const status = useAsync((signal) => diariesApi.status({ userId }, signal), [userId]);
  return status.data ? <DiaryStatusTag status={status.data} /> : null;
}

/** The chip for a standing already read (a member's profile carries it); nothing when nothing is asked. */
export function DiaryStatusTag({ status: s }: { status: DiaryStatus }) {
  const { t, i18n } = useTranslation();
  const ruleText = useRuleText();
  if (s.required === 0) return null;
  const weekly = addDays(s.period.start, 6) === s.period.end;
  const tip = ruleText(
    t('diaries.status.period', {
      start: formatDate(s.period.start, i18n.language),
      end: formatDate(s.period.end, i18n.language),
      rule: s.rule,
    }),
  );
  return (
    <Tooltip title={tip}>
      <Tag color={COLOURS[s.status]} className="gw-diary-status" data-testid="diary-status" data-status={s.status}>
        {t(weekly ? 'diaries.status.chipWeek' : 'diaries.status.chipPeriod', {
          done: s.done,
          required: s.required,
          status: t(`diaries.status.${s.status}`),
        })}
      </Tag>
    </Tooltip>
  );
}
