/** The case at a glance: title, light, status, deadline (暂定 when provisional), class, tier, grid and the facts. */
import { shownLight } from '@gridwork/core/cases/light';
import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseCategory, CaseRecord } from '../../../api/cases';
import { formatMinute } from '../../../lib/caseFormat';
import { DeadlineText, LightTag, StatusTag } from '../CaseTags';
import { categoryLabel, classText, type ClassOption, type TierOption } from '../useCaseRefs';

interface Props {
  c: CaseRecord;
  gridName: string;
  classes: ClassOption[];
  tiers: TierOption[];
  categories: CaseCategory[] | undefined;
}

function Notices({ c }: { c: CaseRecord }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {c.extension && (
        <Alert
          type="info"
          showIcon
          className="gw-block"
          title={t('caseDetail.extensionPending', {
            reason: c.extension.reason,
            deadline: formatMinute(c.extension.proposedDeadline, i18n.language),
          })}
        />
      )}
      {c.mergedInto && <Alert type="info" showIcon className="gw-block" title={t('caseDetail.mergedInto', { id: c.mergedInto })} />}
    </>
  );
}

export function CaseHeader({ c, gridName, classes, tiers, categories }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const tier = tiers.find((x) => x.code === c.tier)?.label ?? c.tier;
  return (
    <section className="gw-case-head">
      <div className="gw-case-head-tags">
        <span className="gw-muted">#{c.id}</span>
        {shownLight(c) !== null && <LightTag light={c.light} />}
        <StatusTag status={c.status} testId="case-status" />
        <Link to={`/cases/${c.id}/print`} style={{ marginLeft: 'auto' }} data-testid="case-print-form">
          {t('feedbackForm.button')}
        </Link>
      </div>
      <Typography.Title level={4} className="gw-case-title">
        {c.title}
      </Typography.Title>
      <Notices c={c} />
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} className="gw-case-facts">
        <Descriptions.Item label={t('cases.col.deadline')}>
          <span className="gw-case-deadline">
            <DeadlineText c={c} />
            <span className="gw-muted">{formatMinute(c.deadline, lang)}</span>
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.col.caseClass')}>{classText(t, c.caseClass, classes)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.col.tier')}>{tier}</Descriptions.Item>
        <Descriptions.Item label={t('cases.col.grid')}>{gridName}</Descriptions.Item>
        <Descriptions.Item label={t('cases.col.category')}>{categoryLabel(categories, c.category, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.col.source')}>{t(`caseSources.${c.source}`, { defaultValue: c.source })}</Descriptions.Item>
        <Descriptions.Item label={t('cases.col.receivedAt')}>{formatMinute(c.receivedAt, lang)}</Descriptions.Item>
        {c.handlingUnit && <Descriptions.Item label={t('cases.col.handlingUnit')}>{c.handlingUnit}</Descriptions.Item>}
      </Descriptions>
      <Typography.Paragraph className="gw-case-description">{c.description}</Typography.Paragraph>
    </section>
  );
}
