/** Small case badges: the traffic light, the status, the deadline (relative, provisional marked). */
import { shownLight } from '@gridwork/core/cases/light';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseRecord, CaseStatus, Light } from '../../api/cases';
import { deadlineText, formatMinute, LIGHT_COLOURS, LIGHT_TAG } from '../../lib/caseFormat';

/** With the case's status, a finished case (closed, archived, rejected, merged) shows no light (D2). */
interface LightProps {
  light: Light;
  status?: CaseStatus;
}

/** A coloured dot, with the light's name for screen readers and on hover; a grey ring once finished. */
export function LightDot({ light, status }: LightProps) {
  const { t } = useTranslation();
  const shown = status ? shownLight({ status, light }) : light;
  const label =
    shown === null ? `${t(`caseStatus.${status}`)} · ${t('light.off')}` : `${t(`light.${shown}.name`)} ${t(`light.${shown}.state`)}`;
  return (
    <span
      className={shown === null ? 'gw-light-dot gw-light-dot-off' : 'gw-light-dot'}
      style={shown === null ? undefined : { background: LIGHT_COLOURS[shown] }}
      role="img"
      aria-label={label}
      title={label}
      data-light={shown ?? 'off'}
    />
  );
}

/** The light's name and state ("绿灯 · 正常"); once finished the status and "不亮灯" ("已归档 · 不亮灯"). */
export function LightTag({ light, status }: LightProps) {
  const { t } = useTranslation();
  const shown = status ? shownLight({ status, light }) : light;
  if (shown === null) {
    return (
      <Tag className="gw-light-tag" data-light="off">
        <LightDot light={light} status={status} /> {t(`caseStatus.${status}`)} · {t('light.off')}
      </Tag>
    );
  }
  return (
    <Tag color={LIGHT_TAG[shown]} className="gw-light-tag" data-light={shown}>
      <LightDot light={shown} /> {t(`light.${shown}.name`)} · {t(`light.${shown}.state`)}
    </Tag>
  );
}

const STATUS_COLOURS: Partial<Record<CaseStatus, string>> = {
  received: 'default',
  accepted: 'blue',
  'in-progress': 'processing',
  responded: 'cyan',
  'fed-back': 'geekblue',
  verified: 'purple',
  closed: 'green',
  archived: 'default',
  rejected: 'orange',
  merged: 'default',
  reopened: 'magenta',
};

export function StatusTag({ status, testId }: { status: CaseStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid={testId} data-status={status}>
      {t(`caseStatus.${status}`)}
    </Tag>
  );
}

/** "剩 2 天" in the light's colour; the exact deadline on hover; "暂定" when provisional. */
export function DeadlineText({ c }: { c: Pick<CaseRecord, 'deadline' | 'onTime' | 'light' | 'deadlineProvisional'> }) {
  const { t, i18n } = useTranslation();
  const colour = c.onTime === null && c.light !== 'green' ? LIGHT_COLOURS[c.light] : undefined;
  return (
    <span className="gw-deadline">
      <Tooltip title={formatMinute(c.deadline, i18n.language)}>
        <span style={{ color: colour }}>{deadlineText(t, c)}</span>
      </Tooltip>
      {c.deadlineProvisional && (
        <Tooltip title={t('cases.provisionalHint')}>
          <Tag color="gold" className="gw-provisional">
            {t('cases.provisional')}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}
