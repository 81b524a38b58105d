import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { regionsApi } from '../../api/endpoints';
import type { RegionNode } from '../../api/types';
import { errorMessage } from '../../lib/errors';

interface Props {
  rows: RegionNode[];
  onOpen: (r: RegionNode) => void;
  onEdit: (r: RegionNode) => void;
  onDeleted: () => void;
}

/** Child regions with the actions each row's abilities allow. */
export function RegionTable({ rows, onOpen, onEdit, onDeleted }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const remove = async (r: RegionNode) => {
    try {
      await regionsApi.remove(r.id, r.version);
      message.success(t('common.deleted'));
      onDeleted();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

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
        { title: t('regions.name'), dataIndex: 'name', render: (name: string, r) => <a onClick={() => onOpen(r)}>{name}</a> },
        { title: t('regions.type'), dataIndex: 'type', width: 90, render: (v: string) => <Tag>{t(`regionTypes.${v}`)}</Tag> },
        { title: t('regions.code'), dataIndex: 'code', render: (v: string) => <span className="gw-mono">{v}</span> },
        { title: t('regions.preset'), dataIndex: 'preset', width: 110, render: (v: string | null) => (v ? t(`presets.${v}`, { defaultValue: v }) : '—') },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 150,
          render: (_, r) => (
            <Space size="small">
              {r.abilities.update && <Button size="small" onClick={() => onEdit(r)}>{t('common.edit')}</Button>}
              {r.abilities.delete && (
                <Popconfirm title={t('regions.deleteConfirm', { name: r.name })} onConfirm={() => remove(r)} okButtonProps={{ danger: true }}>
                  <Button size="small" danger>{t('common.delete')}</Button>
                </Popconfirm>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
