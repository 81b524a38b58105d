/** Small badges: a household's visit class (override marked) and a visit status. */
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLASS_TAG, STATUS_TAG } from './householdFormat';

export function ClassTag({ visitClass, override }: { visitClass: string; override?: { reason: string } | null }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={CLASS_TAG[visitClass]} data-testid="visit-class" data-class={visitClass}>
      {t(`visitClass.${visitClass}`, { defaultValue: visitClass })}
      {override ? ` · ${t('household.override')}` : ''}
    </Tag>
  );
  return override ? <Tooltip title={override.reason}>{tag}</Tooltip> : tag;
}

export function VisitStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_TAG[status]} data-testid="visit-status" data-status={status}>
      {t(`visitStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function VisitTypeTag({ type, inPerson }: { type: string; inPerson: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={inPerson ? 'blue' : 'default'}>
      {t(`visitTypes.${type}`, { defaultValue: type })}
      {inPerson ? '' : ` · ${t('household.notCounted')}`}
    </Tag>
  );
}
