/** 区域管理: the children of the region selected in the tree; create, edit, delete, GeoJSON in and out. */
import { CHILD_TYPES } from '@gridwork/core/regions/types';
import { Breadcrumb, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { childrenOf, pathTo, scopeRoots } from '../../lib/regionTree';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { GeoJsonExportButton } from './GeoJsonExportButton';
import { GeoJsonImportModal } from './GeoJsonImportModal';
import { RegionFormModal, type RegionFormTarget } from './RegionFormModal';
import { RegionTable } from './RegionTable';

export default function RegionsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { index, selected, select, reload, error } = useRegions();
  const [form, setForm] = useState<RegionFormTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const rows = selected ? childrenOf(index, selected.id) : scopeRoots(index);
  const canCreate = selected?.abilities.createChild && CHILD_TYPES[selected.type].length > 0;
  const canImport = user.abilities.manageRegions || (selected?.abilities.createChild ?? false);
  const path = selected ? pathTo(index, selected.id) : [];

  const crumbs = [
    {
      key: 'all',
      title: (
        <Button type="link" className="gw-link-button" onClick={() => select(null)}>
          {t('regions.allInScope')}
        </Button>
      ),
    },
    ...path.map((n) => ({
      key: String(n.id),
      title:
        n.inScope && n.id !== selected?.id ? (
          <Button type="link" className="gw-link-button" onClick={() => select(n.id)}>
            {n.name}
          </Button>
        ) : (
          n.name
        ),
    })),
  ];

  const saved = () => {
    setForm(null);
    reload();
  };

  return (
    <div className="gw-page">
      <PageHeader
        title={t('regions.title')}
        extra={
          <Space wrap>
            {canCreate && selected && (
              <Button type="primary" onClick={() => setForm({ mode: 'create', parent: selected })} data-testid="region-create">
                {t('regions.create')}
              </Button>
            )}
            {canImport && (
              <Button onClick={() => setImporting(true)} data-testid="geojson-open-import">
                {t('geojson.importButton')}
              </Button>
            )}
            <GeoJsonExportButton region={selected} />
          </Space>
        }
      >
        <Breadcrumb items={crumbs} />
      </PageHeader>
      <ErrorAlert error={error} onRetry={reload} />
      <RegionTable
        rows={rows}
        hasChildren={(r) => (index.children.get(r.id)?.length ?? 0) > 0}
        onOpen={(r) => select(r.id)}
        onEdit={(r) => setForm({ mode: 'edit', node: r })}
        onDeleted={reload}
      />
      {!selected && <div className="gw-muted gw-hint">{t('regions.pickHint')}</div>}
      {form && <RegionFormModal target={form} onClose={() => setForm(null)} onSaved={saved} />}
      {importing && <GeoJsonImportModal onClose={() => setImporting(false)} onImported={reload} />}
    </div>
  );
}
