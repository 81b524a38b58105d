/**
 * Edit the policy as a form (labelled fields, rule tags, units, problems under each field) or as JSON
 * for admins; one save path: local check, the diff against the preset and the version in force, PUT.
 */
import { Alert, App, Button, Card, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../api/endpoints';
import type { PolicyDoc } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAsync } from '../../lib/useAsync';
import { type DiffRow, policyDiff, setAt } from './policyDiff';
import { PolicyDiffModal } from './PolicyDiffModal';
import { PolicyForm } from './PolicyForm';
import { JsonView } from './PolicyJsonView';
import { ProblemTable } from './PolicyProblemTable';
import { usePolicyFormModel } from './usePolicyFormModel';
import { parsePolicyText, type SaveTarget, usePolicySave } from './usePolicySave';

export type { SaveTarget } from './usePolicySave';

type Mode = 'form' | 'json';

interface Props {
  policy: PolicyDoc;
  target: SaveTarget;
  inheritedFrom?: string;
  onClose: () => void;
  onSaved: () => void;
}

interface BarProps {
  mode: Mode;
  onMode: (mode: Mode) => void;
  preset: string;
  onPreset: (id: string) => void;
  presetOptions: { value: string; label: string }[];
  loading: boolean;
  onLoadPreset?: () => void;
}

/** 表单 / JSON, the preset, and "replace with the preset's values". */
function EditorBar({ mode, onMode, preset, onPreset, presetOptions, loading, onLoadPreset }: BarProps) {
  const { t } = useTranslation();
  return (
    <Space wrap className="gw-policy-editor-bar">
      <Segmented<Mode>
        value={mode}
        onChange={onMode}
        options={[
          { value: 'form', label: t('policyForm.formView') },
          { value: 'json', label: 'JSON' },
        ]}
        data-testid="policy-mode"
      />
      <span>{t('policy.preset')}</span>
      <Select value={preset} onChange={onPreset} style={{ minWidth: 160 }} loading={loading} options={presetOptions} />
      <Button onClick={onLoadPreset} disabled={!onLoadPreset}>
        {t('policy.loadPreset')}
      </Button>
    </Space>
  );
}

export function PolicyEditor({ policy, target, inheritedFrom, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const presets = useAsync(() => policyApi.presets(), []);
  const [preset, setPreset] = useState(policy.preset);
  const [mode, setMode] = useState<Mode>('form');
  const [values, setValues] = useState<unknown>(() => structuredClone(policy.values));
  const [text, setText] = useState('');
  const [review, setReview] = useState<{ rows: DiffRow[]; values: unknown } | null>(null);
  const { failure, setFailure, busy, check, save } = usePolicySave(target, onSaved);
  const presetValues = presets.data?.find((p) => p.id === preset)?.values;

  const { sections, fields, placed } = usePolicyFormModel(values, presetValues, failure);

  const edit = (pointer: string, v: unknown) => setValues((doc: unknown) => setAt(doc, pointer, v));
  const switchMode = (next: Mode) => {
    if (next === 'json') setText(JSON.stringify(values, null, 2));
    else {
      const parsed = parsePolicyText(text, t('policy.jsonSyntax'));
      if ('problems' in parsed) return setFailure({ problems: parsed.problems });
      setValues(parsed.values);
    }
    setFailure(null);
    setMode(next);
  };
  const loadPreset = () => {
    setValues(structuredClone(presetValues));
    setText(JSON.stringify(presetValues, null, 2));
  };
  const startReview = () => {
    const parsed = mode === 'json' ? parsePolicyText(text, t('policy.jsonSyntax')) : { values };
    if ('problems' in parsed) return setFailure({ problems: parsed.problems });
    if (!check(parsed.values)) return;
    const rows = policyDiff(presetValues, policy.values, parsed.values);
    if (preset === policy.preset && !rows.some((r) => r.edited)) return void message.info(t('policyForm.nothingChanged'));
    setReview({ rows, values: parsed.values });
  };
  const presetName = (id: string) => t(`presets.${id}`, { defaultValue: id });
  const presetOptions = (presets.data ?? [{ id: policy.preset, values: {} }]).map((p) => ({ value: p.id, label: presetName(p.id) }));

  return (
    <Card className="gw-policy-editor" data-testid="policy-editor" title={t('policy.editTitle')}>
      <EditorBar
        mode={mode}
        onMode={switchMode}
        preset={preset}
        onPreset={setPreset}
        presetOptions={presetOptions}
        loading={presets.loading}
        onLoadPreset={presetValues ? loadPreset : undefined}
      />
      <Alert
        type="info"
        showIcon
        title={t(mode === 'form' ? 'policyForm.help' : 'policy.editHelp', { version: policy.version })}
        className="gw-policy-editor-help"
        description={target.newAttachment ? t('policy.newAttachment', { name: target.regionName, from: inheritedFrom ?? '' }) : undefined}
      />
      {mode === 'form' ? (
        <>
          {placed.unplaced.length > 0 && <ProblemTable problems={placed.unplaced} values={values} />}
          <PolicyForm values={values} sections={sections} preset={presetValues} placed={placed} onChange={edit} />
        </>
      ) : (
        <JsonView text={text} onChange={setText} />
      )}
      {failure && 'problems' in failure && (mode === 'json' || !failure.problems.every((p) => p.code)) && (
        <ProblemTable problems={failure.problems} values={failure.values} />
      )}
      {failure && 'error' in failure && <ErrorAlert error={failure.error} />}
      <div className="gw-policy-editor-actions">
        <Button onClick={onClose} data-testid="policy-cancel">
          {t('policyForm.cancel')}
        </Button>
        <Button type="primary" onClick={startReview} loading={busy} data-testid="policy-save">
          {t('common.save')}
        </Button>
      </div>
      {review && (
        <PolicyDiffModal
          rows={review.rows}
          fields={fields}
          values={review.values}
          currentVersion={policy.version}
          presetName={presetName(preset)}
          presetBefore={preset === policy.preset ? undefined : presetName(policy.preset)}
          busy={busy}
          onCancel={() => setReview(null)}
          onConfirm={() => void save(review.values, preset).then(() => setReview(null))}
        />
      )}
    </Card>
  );
}
