import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../api/endpoints';
import type { Id, PolicyVersion } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';

function who(v: PolicyVersion['createdBy']): string {
  return v ?? '—';
}

/** Every saved version of the policy in force for the region; the newest first. */
export function PolicyVersions({ regionId, current }: { regionId: Id | null; current: number }) {
  const { t, i18n } = useTranslation();
  const versions = useAsync(() => policyApi.versions(regionId), [regionId, current]);
  const rows = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);
  return (
    <>
      <ErrorAlert error={versions.error} onRetry={versions.reload} />
      <Table<PolicyVersion>
        size="small"
        rowKey="version"
        loading={versions.loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          {
            title: t('policy.version'),
            dataIndex: 'version',
            width: 90,
            render: (v: number) =>
              v === current ? (
                <Tag color="green">
                  v{v} · {t('policy.inForce')}
                </Tag>
              ) : (
                `v${v}`
              ),
          },
          { title: t('policy.preset'), dataIndex: 'preset', render: (v: string) => t(`presets.${v}`, { defaultValue: v }) },
          { title: t('policy.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, i18n.language) },
          { title: t('policy.createdBy'), dataIndex: 'createdBy', render: (v: PolicyVersion['createdBy']) => who(v) },
        ]}
      />
    </>
  );
}
