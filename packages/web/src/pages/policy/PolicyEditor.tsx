/** Edit the policy as JSON; the server validates and answers each problem with its JSON Pointer path. */
import { Alert, App, Button, Input, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../api/endpoints';
import type { Id, PolicyDoc, PolicyProblem } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/errors';
import { useAsync } from '../../lib/useAsync';

type Failure = { problems: PolicyProblem[] } | { error: unknown };

/** Where the save goes: the region's own policy (next version), or a new one attached there (expectedVersion 0). */
export interface SaveTarget {
  regionId: Id;
  regionName: string;
  expectedVersion: number;
}

interface Props {
  policy: PolicyDoc;
  target: SaveTarget;
  inheritedFrom?: string;
  onClose: () => void;
  onSaved: () => void;
}

export function PolicyEditor({ policy, target, inheritedFrom, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const presets = useAsync(() => policyApi.presets(), []);
  const [preset, setPreset] = useState(policy.preset);
  const [text, setText] = useState(() => JSON.stringify(policy.values, null, 2));
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  const loadPreset = () => {
    const p = presets.data?.find((x) => x.id === preset);
    if (p) setText(JSON.stringify(p.values, null, 2));
  };

  const save = async () => {
    let values: unknown;
    try {
      values = JSON.parse(text);
    } catch (e) {
      setFailure({ problems: [{ path: '', message: `${t('policy.jsonSyntax')}: ${(e as Error).message}` }] });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await policyApi.save({ regionId: target.regionId, preset, values, expectedVersion: target.expectedVersion });
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      const problems = isApiError(e) && Array.isArray(e.details) && (e.code === 'POLICY_INVALID' || e.code === 'VALIDATION_FAILED') ? (e.details as PolicyProblem[]) : null;
      setFailure(problems ? { problems } : { error: e });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('policy.editTitle')} onCancel={onClose} onOk={save} okText={t('common.save')} confirmLoading={busy} width={900} destroyOnHidden>
      <Space wrap className="gw-policy-editor-bar">
        <span>{t('policy.preset')}</span>
        <Select value={preset} onChange={setPreset} style={{ minWidth: 160 }} loading={presets.loading}
          options={(presets.data ?? [{ id: policy.preset, values: {} }]).map((p) => ({ value: p.id, label: t(`presets.${p.id}`, { defaultValue: p.id }) }))} />
        <Button onClick={loadPreset} disabled={!presets.data}>{t('policy.loadPreset')}</Button>
      </Space>
      <Alert type="info" showIcon title={t('policy.editHelp', { version: policy.version })} className="gw-policy-editor-help"
        description={target.expectedVersion === 0 ? t('policy.newAttachment', { name: target.regionName, from: inheritedFrom ?? '' }) : undefined} />
      <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} rows={18} className="gw-mono" spellCheck={false} data-testid="policy-json" />
      {failure && 'problems' in failure && (
        <Table<PolicyProblem> size="small" rowKey={(_, i) => String(i)} dataSource={failure.problems} pagination={false} className="gw-policy-problems" data-testid="policy-problems"
          columns={[
            { title: t('policy.problemPath'), dataIndex: 'path', width: 260, render: (v: string) => <span className="gw-mono">{v || '/'}</span> },
            { title: t('policy.problemMessage'), dataIndex: 'message' },
          ]} />
      )}
      {failure && 'error' in failure && <ErrorAlert error={failure.error} />}
    </Modal>
  );
}
