/**
 * 户籍花名册 (A11.1): download the template, upload a filled roster (all-or-nothing or valid
 * households only, optionally as a dry run) and read the report by row and column; export the
 * roster and the household list, always masked (C3, D10).
 */
import { App, Button, Card, Checkbox, Radio, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ROSTER_BYTES, rosterApi, type ImportMode, type ImportReport } from '../../api/roster';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { useRegions } from '../../state/regions';
import { RosterReport } from './RosterReport';

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

function useBusy() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async <T,>(name: string, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(name);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run };
}

function ImportCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [dryRun, setDryRun] = useState(true);
  const [report, setReport] = useState<ImportReport | null>(null);
  const { busy, error, run } = useBusy();
  const tooLarge = file !== null && file.size > MAX_ROSTER_BYTES;

  const start = async () => {
    if (!file) return;
    setReport(null);
    const result = await run('import', () => rosterApi.import(file, mode, dryRun));
    if (!result) return;
    setReport(result);
    if (result.committed)
      message.success(
        t('roster.resultDone', { rows: result.rows, households: result.households.created, residents: result.residents.created }),
      );
  };

  return (
    <Card title={t('roster.import')} size="small">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="roster-file"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
            }}
          />
          {file && <span className="gw-muted">{t('roster.chosen', { name: file.name, size: sizeText(file.size) })}</span>}
        </Space>
        {tooLarge && <Typography.Text type="danger">{t('roster.tooLarge')}</Typography.Text>}
        <div>
          <div className="gw-muted">{t('roster.mode')}</div>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as ImportMode)} data-testid="roster-mode">
            <Space orientation="vertical">
              <Radio value="all-or-nothing">
                {t('roster.allOrNothing')} <span className="gw-muted">· {t('roster.allOrNothingHelp')}</span>
              </Radio>
              <Radio value="valid-only">
                {t('roster.validOnly')} <span className="gw-muted">· {t('roster.validOnlyHelp')}</span>
              </Radio>
            </Space>
          </Radio.Group>
        </div>
        <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} data-testid="roster-dry-run">
          {t('roster.dryRun')}
        </Checkbox>
        <Button
          type="primary"
          onClick={() => void start()}
          disabled={!file || tooLarge}
          loading={busy === 'import'}
          data-testid="roster-run"
        >
          {dryRun ? t('roster.check') : t('roster.import')}
        </Button>
        {!file && <span className="gw-muted">{t('roster.noFile')}</span>}
        <ErrorAlert error={error} />
        {report && <RosterReport report={report} />}
      </Space>
    </Card>
  );
}

function ExportCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { index } = useRegions();
  const [regionId, setRegionId] = useState<Id | undefined>(undefined);
  const { busy, error, run } = useBusy();
  const picked = regionId === undefined ? null : (index.byId.get(regionId) ?? null);
  const gridOnly = picked === null || picked.type === 'grid';
  const done = (ok: unknown) => ok !== undefined && message.success(t('roster.exported'));

  return (
    <Card title={t('roster.exportTitle')} size="small">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('roster.exportHelp')}
        </Typography.Paragraph>
        <div style={{ maxWidth: 360 }}>
          <RegionPicker value={regionId ?? null} onChange={setRegionId} placeholder={t('roster.exportRegion')} />
        </div>
        <Space wrap>
          <Button
            onClick={() => void run('roster', () => rosterApi.exportRoster(regionId).then(() => true)).then(done)}
            loading={busy === 'roster'}
            data-testid="roster-export"
          >
            {t('roster.exportRoster')}
          </Button>
          <Tooltip title={gridOnly ? undefined : t('roster.householdsGridOnly')}>
            <Button
              disabled={!gridOnly}
              onClick={() => void run('households', () => rosterApi.exportHouseholds(picked?.id).then(() => true)).then(done)}
              loading={busy === 'households'}
              data-testid="roster-export-households"
            >
              {t('roster.exportHouseholds')}
            </Button>
          </Tooltip>
          {regionId !== undefined && (
            <Button type="link" onClick={() => setRegionId(undefined)}>
              {t('regionTree.clear')}
            </Button>
          )}
        </Space>
        <ErrorAlert error={error} />
      </Space>
    </Card>
  );
}

export default function RosterPage() {
  const { t } = useTranslation();
  const { busy, error, run } = useBusy();
  return (
    <div className="gw-page gw-roster-page">
      <PageHeader title={t('roster.title')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('roster.intro')}</Typography.Paragraph>
        <Card title={t('roster.template')} size="small">
          <Space wrap>
            <Button onClick={() => void run('template', rosterApi.template)} loading={busy === 'template'} data-testid="roster-template">
              {t('roster.template')}
            </Button>
            <span className="gw-muted">{t('roster.templateHelp')}</span>
          </Space>
          <ErrorAlert error={error} />
        </Card>
        <ImportCard />
        <ExportCard />
      </Space>
    </div>
  );
}
