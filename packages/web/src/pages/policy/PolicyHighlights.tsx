import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ruleOf, ruleRows, seeOf, type RuleRow } from '../../lib/policyFormat';
import { RuleTag } from './PolicyTree';

/** Sections shown as tables on top of the full tree, when the policy has them. */
const SECTIONS = ['caseClasses', 'tiers', 'visits'] as const;

function SectionTable({ rows }: { rows: RuleRow[] }) {
  const { t } = useTranslation();
  return (
    <Table<RuleRow>
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        { title: t('policy.item'), dataIndex: 'name', width: 200 },
        {
          title: t('policy.values'),
          key: 'fields',
          render: (_, r) => (
            <div className="gw-policy-fields">
              {r.fields.map((f) => (
                <span key={f.key}>
                  <span className="gw-policy-key">{f.label}</span>: {f.text}
                </span>
              ))}
            </div>
          ),
        },
        {
          title: t('policy.rule'),
          dataIndex: 'rule',
          width: 120,
          render: (rule: string | undefined, r) => <RuleTag rule={rule} see={r.see} />,
        },
      ]}
    />
  );
}

export function PolicyHighlights({ values }: { values: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const present = SECTIONS.filter((s) => values[s] !== undefined);
  if (!present.length) return null;
  return (
    <div className="gw-policy-highlights">
      {present.map((s) => {
        const rows = ruleRows(t, i18n.language, values[s]);
        if (!rows.length) return null;
        return (
          <Card
            key={s}
            size="small"
            title={
              <>
                {t(`policyKeys.${s}`, { defaultValue: s })} <RuleTag rule={ruleOf(values[s])} see={seeOf(values[s])} />
              </>
            }
            data-testid={`policy-section-${s}`}
          >
            <SectionTable rows={rows} />
          </Card>
        );
      })}
    </div>
  );
}
