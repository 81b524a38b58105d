/** A sample's size per class group (A8.2) or, for the yearly check, per grid worker (A8.3). */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Draw, SizeDrawn, WorkerGroup } from '../../api/verification';
import { percent } from './verificationFormat';

const GROUP_RATE_CLASS: Record<string, string> = { '1': '1-general', '2': '2-general', '3': '3' };

export function DrawCounts({ draw }: { draw: Draw }) {
  const { t } = useTranslation();
  if (draw.kind === 'yearly' && draw.groups) {
    const columns = [
      { title: t('verification.worker'), dataIndex: 'workerName', render: (v: string | null) => v ?? t('verification.noWorker') },
      { title: t('verification.grids'), dataIndex: 'gridIds', render: (v: number[]) => v.length },
      { title: t('verification.size'), dataIndex: 'size' },
      { title: t('verification.drawnCol'), dataIndex: 'drawn' },
    ];
    return (
      <Table<WorkerGroup>
        size="small"
        rowKey={(g) => String(g.workerId)}
        columns={columns}
        dataSource={draw.groups}
        pagination={false}
        data-testid="verification-groups"
      />
    );
  }
  const rows = Object.entries(draw.countsByGroup).map(([group, c]) => ({ group, ...c, rate: draw.rates[GROUP_RATE_CLASS[group]] ?? null }));
  const columns = [
    { title: '', dataIndex: 'group', render: (g: string) => t(`verification.group.${g}`) },
    { title: t('verification.rate'), dataIndex: 'rate', render: (r: number | null) => percent(r) },
    { title: t('verification.size'), dataIndex: 'size' },
    { title: t('verification.drawnCol'), dataIndex: 'drawn' },
  ];
  return (
    <Table<SizeDrawn & { group: string; rate: number | null }>
      size="small"
      rowKey="group"
      columns={columns}
      dataSource={rows}
      pagination={false}
      onRow={(r) =>
        ({ 'data-testid': 'verification-count-row', 'data-group': r.group, 'data-drawn': r.drawn }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
