import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { calendarApi } from '../../api/endpoints';
import type { CalendarOverride } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/errors';

interface Props {
  overrides: CalendarOverride[] | undefined;
  loading: boolean;
  error: unknown;
  canEdit: boolean;
  onEdit: (o: Partial<CalendarOverride>) => void;
  onChanged: () => void;
}

/** The deployment's corrections to the calendar for the year. */
export function OverridesPanel({ overrides, loading, error, canEdit, onEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = async (date: string) => {
    try {
      await calendarApi.deleteOverride(date);
      message.success(t('common.deleted'));
      onChanged();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  return (
    <>
      {canEdit && (
        <Button type="primary" onClick={() => onEdit({})} className="gw-block" data-testid="override-add">
          {t('calendar.addOverride')}
        </Button>
      )}
      <ErrorAlert error={error} />
      <Table<CalendarOverride>
        size="small"
        rowKey="date"
        loading={loading}
        dataSource={overrides ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('calendar.noOverrides') }}
        data-testid="override-table"
        columns={[
          { title: t('calendar.date'), dataIndex: 'date', width: 120, render: (v: string) => <span className="gw-mono">{v}</span> },
          {
            title: t('calendar.overrideKind'),
            dataIndex: 'kind',
            width: 110,
            render: (v: string) => (
              <Tag color={v === 'holiday' ? 'red' : 'blue'}>{v === 'holiday' ? t('calendar.asHoliday') : t('calendar.asWorkday')}</Tag>
            ),
          },
          { title: t('calendar.note'), dataIndex: 'note' },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 150,
                  render: (_: unknown, o: CalendarOverride) => (
                    <Space size="small">
                      <Button size="small" onClick={() => onEdit(o)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('calendar.deleteOverrideConfirm', { date: o.date })}
                        onConfirm={() => remove(o.date)}
                        okButtonProps={{ danger: true }}
                      >
                        <Button size="small" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
