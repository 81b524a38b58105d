/**
 * A5.5: put the entry on a month's shortlist (the workstation, the lead) or select it excellent (the
 * community grid lead). Shown by the entry's abilities; the month is the entry's own or a later one up to now.
 */
import { App, Button, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diariesApi, type Diary } from '../../api/diaries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { addMonths, formatMonth, todayShanghai } from '../../lib/format';
import { RuleText } from '../../components/RuleText';

/** The months an entry may be marked for: its own month up to this one (at most a year's worth). */
function monthsFor(occurredAt: string): string[] {
  const first = todayShanghai(new Date(occurredAt)).slice(0, 7);
  const out: string[] = [];
  for (let m = todayShanghai().slice(0, 7); m >= first && out.length < 12; m = addMonths(m, -1)) out.push(m);
  return out;
}

export function DiarySelectActions({ diary, onChange }: { diary: Diary; onChange: (d: Diary) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const months = useMemo(() => monthsFor(diary.occurredAt), [diary.occurredAt]);
  const [month, setMonth] = useState(months.at(-1) ?? todayShanghai().slice(0, 7));
  const [busy, setBusy] = useState<'shortlist' | 'select' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { shortlist, select } = diary.abilities;
  if (!shortlist && !select) return null;

  const mark = async (verb: 'shortlist' | 'select') => {
    setBusy(verb);
    setError(null);
    try {
      onChange(await diariesApi[verb](diary.id, month));
      message.success(t(`diaries.select.${verb}Done`, { month: formatMonth(month, i18n.language) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="gw-diary-select" data-testid="diary-select-actions">
      <Space wrap>
        <Select
          value={month}
          onChange={setMonth}
          options={months.map((m) => ({ value: m, label: formatMonth(m, i18n.language) }))}
          className="gw-diary-month"
          aria-label={t('diaries.select.month')}
          data-testid="diary-select-month"
        />
        {shortlist && (
          <Button
            loading={busy === 'shortlist'}
            disabled={busy !== null}
            onClick={() => void mark('shortlist')}
            data-testid="diary-shortlist"
          >
            {t('diaries.select.shortlist')}
          </Button>
        )}
        {select && (
          <Button
            type="primary"
            loading={busy === 'select'}
            disabled={busy !== null}
            onClick={() => void mark('select')}
            data-testid="diary-select"
          >
            {t('diaries.select.select')}
          </Button>
        )}
      </Space>
      <div className="gw-muted gw-hint">
        <RuleText text={t('diaries.select.hint')} />
      </div>
      <ErrorAlert error={error} />
    </div>
  );
}
