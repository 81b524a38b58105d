/** Small case badges: the traffic light, the status, the deadline (relative, provisional marked). */
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseRecord, CaseStatus, Light } from '../../api/cases';
import { deadlineText, formatMinute, LIGHT_COLOURS, LIGHT_TAG } from '../../lib/caseFormat';

/** A coloured dot, with the light's name for screen readers and on hover. */
export function LightDot({ light }: { light: Light }) {
  const { t } = useTranslation();
  const label = `${t(`light.${light}.name`)} ${t(`light.${light}.state`)}`;
  return (
    <span
      className="gw-light-dot"
      style={{ background: LIGHT_COLOURS[light] }}
      role="img"
      aria-label={label}
      title={label}
      data-light={light}
    />
  );
}

export function LightTag({ light }: { light: Light }) {
  const { t } = useTranslation();
  return (
    <Tag color={LIGHT_TAG[light]} className="gw-light-tag" data-light={light}>
      <LightDot light={light} /> {t(`light.${light}.name`)} · {t(`light.${light}.state`)}
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
