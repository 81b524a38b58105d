/** 政策: the policy in force for the selected region, each value with its rule ID; versions; edit. */
import { Alert, Button, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../api/endpoints';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageHeader } from '../../components/PageHeader';
import type { Id, PolicyDoc, RegionNode } from '../../api/types';
import { pathTo } from '../../lib/regionTree';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { PolicyEditor, type SaveTarget } from './PolicyEditor';
import { PolicyHighlights } from './PolicyHighlights';
import { PolicyTree } from './PolicyTree';
import { PolicyVersions } from './PolicyVersions';

/** The region GET /policy answers for: the selected one, else the user's top role region (as the server picks it). */
function useRequestedRegionId(): Id | null {
  const user = useUser();
  const { selected, index } = useRegions();
  if (selected) return selected.id;
  const ranked = user.roles.map((r) => ({ id: r.regionId, depth: pathTo(index, r.regionId).length })).sort((a, b) => a.depth - b.depth);
  return ranked[0]?.id ?? null;
}

function PolicyTabs({ doc }: { doc: PolicyDoc }) {
  const { t } = useTranslation();
  const values = (
    <>
      <PolicyHighlights values={doc.values} />
      <h4 className="gw-section-title">{t('policy.allValues')}</h4>
      <PolicyTree values={doc.values} />
    </>
  );
  return (
    <Tabs
      items={[
        { key: 'values', label: t('policy.inForceTab'), children: values },
        { key: 'versions', label: t('policy.versionsTab'), children: <PolicyVersions regionId={doc.regionId} current={doc.version} /> },
      ]}
    />
  );
}

/**
 * Where an edit is saved: the region the page asked about. When that region inherits its policy,
 * saving gives it a policy of its own. expectedVersion is always the version in force there now.
 */
function saveTarget(doc: PolicyDoc | undefined, requested: RegionNode | undefined, owner: RegionNode | undefined): SaveTarget | null {
  if (!doc) return null;
  if (requested && requested.id !== doc.regionId)
    return { regionId: requested.id, regionName: requested.name, expectedVersion: doc.version, newAttachment: true };
  return { regionId: doc.regionId, regionName: owner?.name ?? '', expectedVersion: doc.version, newAttachment: false };
}

export default function PolicyPage() {
  const { t } = useTranslation();
  const { selected, index } = useRegions();
  const requestedId = useRequestedRegionId();
  const policy = useAsync(() => policyApi.get(selected?.id ?? null), [selected?.id]);
  const [editing, setEditing] = useState(false);
  const doc = policy.data;
  const owner = doc ? index.byId.get(doc.regionId) : undefined;
  const requested = requestedId === null ? undefined : index.byId.get(requestedId);
  const inherited = Boolean(doc && requested && doc.regionId !== requested.id);
  const target = saveTarget(doc, requested, owner);

  return (
    <div className="gw-page">
      <PageHeader
        title={t('policy.title')}
        extra={
          doc?.abilities?.edit &&
          !editing && (
            <Button type="primary" onClick={() => setEditing(true)} data-testid="policy-edit">
              {t('common.edit')}
            </Button>
          )
        }
      >
        {doc && (
          <Space wrap size={4}>
            <Tag color="blue" data-testid="policy-preset">
              {t(`presets.${doc.preset}`, { defaultValue: doc.preset })}
            </Tag>
            <Tag>v{doc.version}</Tag>
            <span className="gw-muted">{t('policy.attachedTo', { name: owner?.name ?? `#${doc.regionId}` })}</span>
          </Space>
        )}
      </PageHeader>
      <ErrorAlert error={policy.error} onRetry={policy.reload} />
      {policy.loading && !doc && <FullPageSpin />}
      {inherited && owner && <Alert type="info" showIcon title={t('policy.inherited', { name: owner.name })} className="gw-block" />}
      {doc && !(editing && target) && <PolicyTabs doc={doc} />}
      {editing && doc && target && (
        <PolicyEditor
          policy={doc}
          target={target}
          inheritedFrom={owner?.name}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            policy.reload();
          }}
        />
      )}
    </div>
  );
}
