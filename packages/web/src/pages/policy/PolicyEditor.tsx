/**
 * Edit the policy as a form (labelled fields, rule tags, units, problems under each field) or as JSON
 * for admins; one save path: local check, the diff against the preset and the version in force, PUT.
 */
import { Alert, App, Button, Card, Segmented, Select, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../api/endpoints';
import type { PolicyDoc, PolicyProblem } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAsync } from '../../lib/useAsync';
import { type DiffRow, placeProblems, policyDiff, setAt } from './policyDiff';
import { allFields, policySections } from './policyFields';
import { PolicyDiffModal } from './PolicyDiffModal';
import { PolicyForm } from './PolicyForm';
import { policyFieldName, policyProblemText } from './policyProblemText';
import { JsonView } from './PolicyJsonView';
import { localProblems, parsePolicyText, type SaveTarget, usePolicySave } from './usePolicySave';

export type { SaveTarget } from './usePolicySave';

type Mode = 'form' | 'json';

interface Props {
  policy: PolicyDoc;
  target: SaveTarget;
  inheritedFrom?: string;
  onClose: () => void;
  onSaved: () => void;
}

export function ProblemTable({ problems, values }: { problems: PolicyProblem[]; values: unknown }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<PolicyProblem & { key: number }>
      size="small"
      dataSource={problems.map((p, key) => ({ ...p, key }))}
      pagination={false}
      className="gw-policy-problems"
      data-testid="policy-problems"
      scroll={{ x: 560 }}
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

  const sections = useMemo(() => policySections(values), [values]);
  const fields = useMemo(() => new Map(allFields(sections).map((f) => [f.pointer, f])), [sections]);
  const placed = useMemo(() => {
    const pointers = [...fields.keys(), ...sections.flatMap((s) => [s.pointer, ...s.groups.map((g) => g.pointer)])];
    const server = failure && 'problems' in failure ? failure.problems : [];
    const all = [...localProblems(values), ...server.filter((p) => p.code)];
    const once = all.filter((p, i) => all.findIndex((q) => q.path === p.path && q.code === p.code) === i);
    return placeProblems(pointers, once);
  }, [values, fields, sections, failure]);

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
    if (!presetValues) return;
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
      <Space wrap className="gw-policy-editor-bar">
        <Segmented<Mode>
          value={mode}
          onChange={switchMode}
          options={[
            { value: 'form', label: t('policyForm.formView') },
            { value: 'json', label: 'JSON' },
          ]}
          data-testid="policy-mode"
        />
        <span>{t('policy.preset')}</span>
        <Select value={preset} onChange={setPreset} style={{ minWidth: 160 }} loading={presets.loading} options={presetOptions} />
        <Button onClick={loadPreset} disabled={!presetValues}>
          {t('policy.loadPreset')}
        </Button>
      </Space>
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
