/**
 * GeoJSON import of grids: pick a file, "check" (dry run) shows every problem with its feature
 * number, then "import". An invalid file changes nothing on the server.
 */
import { Alert, App, Button, Modal, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gridsApi } from '../../api/endpoints';
import type { GeoJsonImportResult, GeoJsonProblem, TileCrs } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/errors';
import { describeGeoProblem } from './geoProblemText';

interface Loaded {
  fileName: string;
  collection: unknown;
  features: number;
}

type Outcome =
  | { kind: 'ok'; result: GeoJsonImportResult }
  | { kind: 'problems'; problems: GeoJsonProblem[] }
  | { kind: 'error'; error: unknown };

async function readCollection(file: File): Promise<Loaded> {
  const collection = JSON.parse(await file.text()) as { type?: string; features?: unknown[] };
  return { fileName: file.name, collection, features: Array.isArray(collection.features) ? collection.features.length : 0 };
}

function toOutcome(e: unknown): Outcome {
  if (isApiError(e, 'GEOJSON_INVALID') && Array.isArray(e.details)) return { kind: 'problems', problems: e.details as GeoJsonProblem[] };
  return { kind: 'error', error: e };
}

function ProblemTable({ problems, file }: { problems: GeoJsonProblem[]; file: unknown }) {
  const { t } = useTranslation();
  const rows = problems.map((p, key) => ({ key, p, view: describeGeoProblem(t, p, file) }));
  return (
    <Table<(typeof rows)[number]>
      size="small"
      dataSource={rows}
      pagination={problems.length > 20 ? { pageSize: 20, size: 'small' } : false}
      scroll={{ x: true }}
      data-testid="geojson-problems"
      columns={[
        { title: t('geojson.feature'), key: 'feature', width: 160, render: (_, r) => r.view.feature },
        {
          title: t('geojsonProblem.problem'),
          key: 'problem',
          render: (_, r) => (
            <div data-code={r.p.code} title={t('geojsonProblem.technical', { code: r.p.code, path: r.p.path ?? '' })}>
              <strong>{r.view.title}</strong>
              <div>{r.view.help}</div>
              {r.view.value && <div className="gw-muted">{r.view.value}</div>}
            </div>
          ),
        },
        { title: t('geojsonProblem.where'), key: 'where', width: 220, render: (_, r) => r.view.where || '—' },
      ]}
    />
  );
}

function OutcomeView({ outcome, file }: { outcome: Outcome | null; file: unknown }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if (outcome.kind === 'error') return <ErrorAlert error={outcome.error} />;
  if (outcome.kind === 'problems') {
    return (
      <>
        <Alert
          type="error"
          showIcon
          title={t('geojson.problems', { count: outcome.problems.length })}
          description={t('geojson.nothingChanged')}
        />
        <ProblemTable problems={outcome.problems} file={file} />
      </>
    );
  }
  const { created, updated, dryRun } = outcome.result;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="geojson-ok"
      title={t(dryRun ? 'geojson.checkOk' : 'geojson.imported', { created, updated })}
    />
  );
}

/** File, coordinate system, dry-run check and import; `checked` enables "import" only after a clean check. */
function useGeoJsonImport(onImported: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [crs, setCrsState] = useState<TileCrs>('wgs84');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  const pick = async (file: File | undefined) => {
    setOutcome(null);
    setChecked(false);
    setLoaded(null);
    if (file) await readCollection(file).then(setLoaded, () => setOutcome({ kind: 'error', error: new Error(t('geojson.notJson')) }));
  };
  const setCrs = (value: TileCrs) => {
    setCrsState(value);
    setChecked(false);
  };
  const run = async (dryRun: boolean) => {
    if (!loaded) return;
    setBusy(dryRun ? 'check' : 'import');
    try {
      const result = await gridsApi.importGeojson(loaded.collection, dryRun, crs);
      setOutcome({ kind: 'ok', result });
      setChecked(dryRun);
      if (!dryRun) {
        message.success(t('geojson.imported', { created: result.created, updated: result.updated }));
        onImported();
      }
    } catch (e) {
      setOutcome(toOutcome(e));
      setChecked(false);
    } finally {
      setBusy(null);
    }
  };
  return { loaded, crs, setCrs, outcome, checked, busy, pick, run };
}

export function GeoJsonImportModal({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const s = useGeoJsonImport(onImported);
  return (
    <Modal open title={t('geojson.importTitle')} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('geojson.importHelp')}
        </Typography.Paragraph>
        <input
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          onChange={(e) => void s.pick(e.target.files?.[0])}
          data-testid="geojson-file"
        />
        {s.loaded && <div className="gw-muted">{t('geojson.loaded', { name: s.loaded.fileName, count: s.loaded.features })}</div>}
        <Space wrap>
          <span>{t('geojson.crs')}</span>
          <Radio.Group
            value={s.crs}
            onChange={(e) => s.setCrs(e.target.value as TileCrs)}
            optionType="button"
            size="small"
            options={[
              { value: 'wgs84', label: t('geojson.wgs84') },
              { value: 'gcj02', label: t('geojson.gcj02') },
            ]}
          />
        </Space>
        <Space wrap>
          <Button onClick={() => void s.run(true)} disabled={!s.loaded} loading={s.busy === 'check'} data-testid="geojson-check">
            {t('geojson.check')}
          </Button>
          <Button
            type="primary"
            onClick={() => void s.run(false)}
            disabled={!s.loaded || !s.checked}
            loading={s.busy === 'import'}
            data-testid="geojson-import"
          >
            {t('geojson.import')}
          </Button>
        </Space>
        <OutcomeView outcome={s.outcome} file={s.loaded?.collection} />
      </Space>
    </Modal>
  );
}
