import { Button, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GridFeatureProps } from '../../api/types';
import { pathTo } from '../../lib/regionTree';
import { useRegions } from '../../state/regions';

/** The clicked grid: code, name, parent and where it sits in the tree. */
export function GridInfoPanel({ grid, onClose }: { grid: GridFeatureProps; onClose: () => void }) {
  const { t } = useTranslation();
  const { index, select } = useRegions();
  const parent = grid.parentId === null ? undefined : index.byId.get(grid.parentId);
  const path = pathTo(index, grid.id).slice(0, -1);
  return (
    <Card
      size="small"
      className="gw-grid-panel"
      data-testid="grid-panel"
      title={grid.name}
      extra={
        <Button type="text" size="small" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </Button>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'code', label: t('grid.code'), children: <span className="gw-mono">{grid.code}</span> },
          { key: 'name', label: t('grid.name'), children: grid.name },
          {
            key: 'parent',
            label: t('grid.parent'),
            children: parent ? `${parent.name} (${t(`regionTypes.${parent.type}`)})` : (grid.parentCode ?? '—'),
          },
          {
            key: 'parentCode',
            label: t('grid.parentCode'),
            children: <span className="gw-mono">{grid.parentCode ?? parent?.code ?? '—'}</span>,
          },
          ...(path.length ? [{ key: 'path', label: t('grid.path'), children: path.map((p) => p.name).join(' / ') }] : []),
        ]}
      />
      {index.byId.get(grid.id)?.inScope && (
        <Button block size="small" onClick={() => select(grid.id)}>
          {t('grid.selectInTree')}
        </Button>
      )}
    </Card>
  );
}
