/**
 * Roll call on a phone (A4, A6): one row per person with four large buttons (到 / 迟到 / 缺席 / 请假);
 * one tap saves that person's mark. "其余全部到" marks everyone not yet called present. Those who may
 * not take the roll see the marks only.
 */
import { Button, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE, type Attendance } from '../api/meetings';
import type { Id } from '../api/types';
import { ErrorAlert } from './ErrorAlert';
import './roll-call.css';

export interface RollRow {
  id: Id;
  name: string;
  attendance: Attendance | null;
  /** Shown under the name (a leave request, say). */
  note?: ReactNode;
  /** 请假 is offered only with approved leave (meetings, A4); training roll calls offer it always. */
  mayBeOnLeave?: boolean;
}

export const ATTENDANCE_COLOURS: Record<Attendance, string> = {
  present: 'success',
  late: 'warning',
  absent: 'error',
  'on-leave': 'processing',
};

export function AttendanceTag({ value }: { value: Attendance | null }) {
  const { t } = useTranslation();
  return value ? <Tag color={ATTENDANCE_COLOURS[value]}>{t(`attendance.${value}`)}</Tag> : <Tag>{t('attendance.none')}</Tag>;
}

interface Props {
  rows: RollRow[];
  editable: boolean;
  onMark: (entries: Array<{ userId: Id; status: Attendance }>) => Promise<unknown>;
}

export function RollCall({ rows, editable, onMark }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const counts = Object.fromEntries(ATTENDANCE.map((a) => [a, rows.filter((r) => r.attendance === a).length])) as Record<
    Attendance,
    number
  >;
  const uncalled = rows.filter((r) => r.attendance === null);

  const mark = async (who: string, entries: Array<{ userId: Id; status: Attendance }>) => {
    if (entries.length === 0) return;
    setBusy(who);
    setError(null);
    try {
      await onMark(entries);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="gw-roll" data-testid="roll-call">
      <div className="gw-roll-summary" data-testid="roll-summary">
        <span>{t('attendance.invited', { count: rows.length })}</span>
        {ATTENDANCE.map((a) => (
          <span key={a}>
            {t(`attendance.${a}`)} <b>{counts[a]}</b>
          </span>
        ))}
        <span>
          {t('attendance.none')} <b>{uncalled.length}</b>
        </span>
      </div>
      <ErrorAlert error={error} />
      {rows.map((r) => (
        <div key={r.id} className="gw-roll-row" data-testid="roll-row" data-user-id={r.id} data-attendance={r.attendance ?? ''}>
          <div className="gw-roll-name">
            <span>{r.name}</span>
            {!editable && <AttendanceTag value={r.attendance} />}
            {r.note && <div className="gw-roll-note">{r.note}</div>}
          </div>
          {editable && (
            <div className="gw-roll-marks">
              {ATTENDANCE.map((a) => (
                <Button
                  key={a}
                  size="large"
                  type={r.attendance === a ? 'primary' : 'default'}
                  autoInsertSpace={false}
                  className={`gw-roll-mark gw-roll-${a}`}
                  aria-pressed={r.attendance === a}
                  disabled={busy !== null || (a === 'on-leave' && r.mayBeOnLeave === false)}
                  loading={busy === `${r.id}:${a}`}
                  onClick={() => void mark(`${r.id}:${a}`, [{ userId: r.id, status: a }])}
                  data-testid={`roll-${a}`}
                >
                  {t(`attendance.short.${a}`)}
                </Button>
              ))}
            </div>
          )}
        </div>
      ))}
      {editable && uncalled.length > 0 && (
        <Button
          block
          size="large"
          className="gw-roll-all"
          loading={busy === 'all'}
          disabled={busy !== null}
          onClick={() =>
            void mark(
              'all',
              uncalled.map((r) => ({ userId: r.id, status: 'present' as const })),
            )
          }
          data-testid="roll-all-present"
        >
          {t('attendance.allPresent', { count: uncalled.length })}
        </Button>
      )}
    </div>
  );
}
