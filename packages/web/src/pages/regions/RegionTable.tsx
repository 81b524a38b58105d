import { App, Button, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { regionsApi } from '../../api/endpoints';
import type { RegionNode } from '../../api/types';
import { errorMessage } from '../../lib/errors';

interface Props {
  rows: RegionNode[];
  /** Regions known to have children (the server refuses to delete them: REGION_HAS_CHILDREN). */
  hasChildren: (r: RegionNode) => boolean;
  onOpen: (r: RegionNode) => void;
  onEdit: (r: RegionNode) => void;
  onDeleted: () => void;
}

function RowActions({
  r,
  hasChildren,
  onEdit,
  onDeleted,
}: {
  r: RegionNode;
  hasChildren: boolean;
  onEdit: (r: RegionNode) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = async () => {
    try {
      await regionsApi.remove(r.id, r.version);
      message.success(t('common.deleted'));
      onDeleted();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  return (
    <Space size="small">
      {r.abilities.update && (
        <Button size="small" onClick={() => onEdit(r)}>
          {t('common.edit')}
        </Button>
      )}
      {r.abilities.delete && hasChildren && (
        <Tooltip title={t('errors.REGION_HAS_CHILDREN')}>
          <Button size="small" danger disabled>
            {t('common.delete')}
          </Button>
        </Tooltip>
      )}
      {r.abilities.delete && !hasChildren && (
        <Popconfirm title={t('regions.deleteConfirm', { name: r.name })} onConfirm={remove} okButtonProps={{ danger: true }}>
          <Button size="small" danger>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/** Child regions with the actions each row's abilities allow. */
export function RegionTable({ rows, hasChildren, onOpen, onEdit, onDeleted }: Props) {
  const { t } = useTranslation();

  return (
    <Table<RegionNode>
      size="small"
      rowKey="id"
      dataSource={rows}
      scroll={{ x: true }}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      data-testid="region-table"
      locale={{ emptyText: t('regions.noChildren') }}
      columns={[
        {
          title: t('regions.name'),
          dataIndex: 'name',
          render: (name: string, r) => (
            <Button type="link" className="gw-link-button" onClick={() => onOpen(r)}>
              {name}
            </Button>
          ),
        },
        { title: t('regions.type'), dataIndex: 'type', width: 90, render: (v: string) => <Tag>{t(`regionTypes.${v}`)}</Tag> },
        { title: t('regions.code'), dataIndex: 'code', render: (v: string) => <span className="gw-mono">{v}</span> },
        {
          title: t('regions.preset'),
          dataIndex: 'preset',
          width: 110,
          render: (v: string | null) => (v ? t(`presets.${v}`, { defaultValue: v }) : '—'),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 150,
          render: (_, r) => <RowActions r={r} hasChildren={hasChildren(r)} onEdit={onEdit} onDeleted={onDeleted} />,
        },
      ]}
    />
  );
}
