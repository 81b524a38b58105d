/** The headline figures of the range (the `total` row). */
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatRow } from '../../api/statistics';
import { rateText } from './chartOptions';

export function SummaryCards({ total }: { total: StatRow }) {
  const { t } = useTranslation();
  const s = total.satisfaction;
  const answered = s.satisfied + s.basicallySatisfied + s.unsatisfied;
  const cards = [
    { key: 'received', title: t('statistics.cards.received'), value: String(total.received) },
    { key: 'closed', title: t('statistics.cards.closed'), value: String(total.closed) },
    {
      key: 'onTimeRate',
      title: t('statistics.cards.onTimeRate'),
      value: rateText(total.onTimeRate),
      hint: t('statistics.cards.onTimeOf', { onTime: total.onTime, decided: total.decided }),
    },
    {
      key: 'avgHandlingDays',
      title: t('statistics.cards.avgHandlingDays'),
      value: total.avgHandlingDays === null ? '—' : t('statistics.cards.days', { value: total.avgHandlingDays }),
    },
    {
      key: 'satisfaction',
      title: t('statistics.cards.satisfaction'),
      value: rateText(s.rate),
      hint: t('statistics.cards.answered', { count: answered }),
    },
    { key: 'overdueOpen', title: t('statistics.cards.overdueOpen'), value: String(total.overdueOpen), danger: total.overdueOpen > 0 },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="stat-cards" data-received={total.received}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={8} xl={4}>
          <Card size="small" data-testid={`stat-card-${c.key}`}>
            <Statistic title={c.title} value={c.value} styles={c.danger ? { content: { color: '#cf1322' } } : undefined} />
            {c.hint && <div className="gw-muted gw-stat-hint">{c.hint}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
