/** Edit the policy as JSON; the server validates and answers each problem with its JSON Pointer path. */
import { Alert, App, Button, Input, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../api/endpoints';
import type { Id, PolicyDoc, PolicyProblem } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/errors';
import { useAsync } from '../../lib/useAsync';
import { policyFieldName, policyProblemText } from './policyProblemText';

type Failure = { problems: PolicyProblem[]; values?: unknown } | { error: unknown };

/** Where the save goes; `newAttachment` when the region now inherits and gets a policy of its own. */
export interface SaveTarget {
  regionId: Id;
  regionName: string;
  /** The version in force at the region now (its own or inherited): stale → 409 VERSION_CONFLICT. */
  expectedVersion: number;
  newAttachment: boolean;
}

interface Props {
  policy: PolicyDoc;
  target: SaveTarget;
  inheritedFrom?: string;
  onClose: () => void;
  onSaved: () => void;
}

function ProblemTable({ problems, values }: { problems: PolicyProblem[]; values: unknown }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<PolicyProblem & { key: number }>
      size="small"
      dataSource={problems.map((p, key) => ({ ...p, key }))}
      pagination={false}
      className="gw-policy-problems"
      data-testid="policy-problems"
      columns={[
        {
          title: t('policyProblem.field'),
          dataIndex: 'path',
          width: 260,
          render: (v: string) => policyFieldName(t, i18n.language, v, values) || t('policyProblem.document'),
        },
        { title: t('policy.problemMessage'), key: 'message', render: (_, p) => policyProblemText(t, i18n.language, p) },
        {
          title: t('policy.problemPath'),
          dataIndex: 'path',
          key: 'pointer',
          width: 200,
          render: (v: string) => <span className="gw-mono gw-muted">{v || '/'}</span>,
        },
      ]}
    />
  );
}

function toFailure(e: unknown, values: unknown): Failure {
  const listed = isApiError(e) && Array.isArray(e.details) && (e.code === 'POLICY_INVALID' || e.code === 'VALIDATION_FAILED');
  return listed ? { problems: e.details as PolicyProblem[], values } : { error: e };
}

/** Parses the JSON locally (a syntax error is reported like a server problem) and saves it. */
function usePolicySave(target: SaveTarget, onSaved: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (text: string, preset: string) => {
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
      setFailure(toFailure(e, values));
    } finally {
      setBusy(false);
    }
  };
  return { failure, busy, save };
}

export function PolicyEditor({ policy, target, inheritedFrom, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const presets = useAsync(() => policyApi.presets(), []);
  const [preset, setPreset] = useState(policy.preset);
  const [text, setText] = useState(() => JSON.stringify(policy.values, null, 2));
  const { failure, busy, save } = usePolicySave(target, onSaved);
  const loadPreset = () => {
    const p = presets.data?.find((x) => x.id === preset);
    if (p) setText(JSON.stringify(p.values, null, 2));
  };
  const presetOptions = (presets.data ?? [{ id: policy.preset, values: {} }]).map((p) => ({
    value: p.id,
    label: t(`presets.${p.id}`, { defaultValue: p.id }),
  }));

  return (
    <Modal
      open
      title={t('policy.editTitle')}
      onCancel={onClose}
      onOk={() => void save(text, preset)}
      okText={t('common.save')}
      confirmLoading={busy}
      width={900}
      destroyOnHidden
    >
      <Space wrap className="gw-policy-editor-bar">
        <span>{t('policy.preset')}</span>
        <Select value={preset} onChange={setPreset} style={{ minWidth: 160 }} loading={presets.loading} options={presetOptions} />
        <Button onClick={loadPreset} disabled={!presets.data}>
          {t('policy.loadPreset')}
        </Button>
      </Space>
      <Alert
        type="info"
        showIcon
        title={t('policy.editHelp', { version: policy.version })}
        className="gw-policy-editor-help"
        description={target.newAttachment ? t('policy.newAttachment', { name: target.regionName, from: inheritedFrom ?? '' }) : undefined}
      />
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={18}
        className="gw-mono"
        spellCheck={false}
        data-testid="policy-json"
      />
      {failure && 'problems' in failure && <ProblemTable problems={failure.problems} values={failure.values} />}
      {failure && 'error' in failure && <ErrorAlert error={failure.error} />}
    </Modal>
  );
}
