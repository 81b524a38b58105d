/**
 * 督办看板: open, yellow and red cases under a region (the one selected in the sider, else the top of
 * the user's scope), its child regions with their counts (a row drills down) and the urgent cases.
 */
import { Button, Card, Col, Empty, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { supervisionApi, type BoardChild } from '../../api/supervision';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { scopeRoots } from '../../lib/regionTree';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { LightDot } from '../cases/CaseTags';
import { UrgentCases } from './UrgentCases';
import '../cases/cases.css';

function useBoardRegion() {
  const { selected, index } = useRegions();
  if (selected?.inScope) return selected;
  return scopeRoots(index).find((r) => !['grid', 'compound', 'building'].includes(r.type)) ?? scopeRoots(index)[0] ?? null;
}

export default function SupervisionPage() {
  const { t } = useTranslation();
  const { index, select } = useRegions();
  const region = useBoardRegion();
  const board = useAsync((signal) => (region ? supervisionApi.board(region.id, signal) : Promise.resolve(null)), [region?.id]);
  const data = board.data;
  const parent = region?.parentId ? index.byId.get(region.parentId) : undefined;

  const columns = [
    {
      title: t('supervision.region'),
      dataIndex: 'name',
      render: (v: string, r: BoardChild) => (
        <Typography.Link>
          {v} <span className="gw-muted">{t(`regionTypes.${r.type}`, { defaultValue: r.type })}</span>
        </Typography.Link>
      ),
    },
    { title: t('supervision.open'), dataIndex: 'open', width: 110 },
    {
      title: (
        <>
          <LightDot light="yellow" /> {t('supervision.yellow')}
        </>
      ),
      dataIndex: 'yellow',
      width: 110,
    },
    {
      title: (
        <>
          <LightDot light="red" /> {t('supervision.red')}
        </>
      ),
      dataIndex: 'red',
      width: 110,
    },
  ];

  return (
    <div className="gw-page">
      <PageHeader
        title={t('supervision.title')}
        extra={
          <>
            {parent?.inScope && <Button onClick={() => select(parent.id)}>‹ {parent.name}</Button>}{' '}
            <Button onClick={board.reload} loading={board.loading}>
              {t('common.refresh')}
            </Button>{' '}
            {region && <ExportButton run={() => supervisionApi.exportXlsx(region.id)} testId="board-export" />}
          </>
        }
      >
        {data?.region.name ?? region?.name}
      </PageHeader>
      <ErrorAlert error={board.error} onRetry={board.reload} />
      {!region && <Empty />}
      {data && (
        <>
          <Row
            gutter={[12, 12]}
            data-testid="board-totals"
            data-open={data.totals.open}
            data-yellow={data.totals.yellow}
            data-red={data.totals.red}
          >
            <Col xs={8}>
              <Card size="small">
                <Statistic title={t('supervision.open')} value={data.totals.open} />
              </Card>
            </Col>
            <Col xs={8}>
              <Card size="small">
                <Statistic
                  title={
                    <>
                      <LightDot light="yellow" /> {t('supervision.yellow')}
                    </>
                  }
                  value={data.totals.yellow}
                />
              </Card>
            </Col>
            <Col xs={8}>
              <Card size="small">
                <Statistic
                  title={
                    <>
                      <LightDot light="red" /> {t('supervision.red')}
                    </>
                  }
                  value={data.totals.red}
                />
              </Card>
            </Col>
          </Row>
          {data.children.length > 0 && (
            <Table<BoardChild>
              style={{ marginTop: 16 }}
              size="middle"
              rowKey="id"
              columns={columns}
              dataSource={data.children}
              pagination={false}
              onRow={(r) =>
                ({
                  'data-testid': 'board-child-row',
                  'data-region-id': r.id,
                  className: 'gw-case-tr',
                  onClick: () => select(r.id),
                }) as React.HTMLAttributes<HTMLElement>
              }
            />
          )}
          <UrgentCases cases={data.cases} />
        </>
      )}
    </div>
  );
}
