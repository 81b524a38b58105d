/** 政策: the policy in force for the selected region, each value with its rule ID; versions; edit. */
import { Alert, Button, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../api/endpoints';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { PolicyEditor } from './PolicyEditor';
import { PolicyHighlights } from './PolicyHighlights';
import { PolicyTree } from './PolicyTree';
import { PolicyVersions } from './PolicyVersions';

export default function PolicyPage() {
  const { t } = useTranslation();
  const { selected, index } = useRegions();
  const policy = useAsync(() => policyApi.get(selected?.id ?? null), [selected?.id]);
  const [editing, setEditing] = useState(false);
  const doc = policy.data;
  const owner = doc ? index.byId.get(doc.regionId) : undefined;
  const inherited = Boolean(doc && selected && doc.regionId !== selected.id);

  return (
    <div className="gw-page">
      <PageHeader
        title={t('policy.title')}
        extra={doc?.abilities?.edit && <Button type="primary" onClick={() => setEditing(true)} data-testid="policy-edit">{t('common.edit')}</Button>}
      >
        {doc && (
          <Space wrap size={4}>
            <Tag color="blue" data-testid="policy-preset">{t(`presets.${doc.preset}`, { defaultValue: doc.preset })}</Tag>
            <Tag>v{doc.version}</Tag>
            <span className="gw-muted">{t('policy.attachedTo', { name: owner?.name ?? `#${doc.regionId}` })}</span>
          </Space>
        )}
      </PageHeader>
      <ErrorAlert error={policy.error} onRetry={policy.reload} />
      {policy.loading && !doc && <FullPageSpin />}
      {inherited && owner && <Alert type="info" showIcon title={t('policy.inherited', { name: owner.name })} className="gw-block" />}
      {doc && (
        <Tabs
          items={[
            {
              key: 'values',
              label: t('policy.inForceTab'),
              children: (
                <>
                  <PolicyHighlights values={doc.values} />
                  <h4 className="gw-section-title">{t('policy.allValues')}</h4>
                  <PolicyTree values={doc.values} />
                </>
              ),
            },
            { key: 'versions', label: t('policy.versionsTab'), children: <PolicyVersions regionId={doc.regionId} current={doc.version} /> },
          ]}
        />
      )}
      {editing && doc && <PolicyEditor policy={doc} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); policy.reload(); }} />}
    </div>
  );
}
