/** Before saving: every value the edit changes, and every value that then differs from the preset, with the three values. */
import { Alert, Modal, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DiffRow } from './policyDiff';
import type { PolicyField } from './policyFields';
import { fieldText } from './PolicyFieldInput';
import { policyFieldName } from './policyProblemText';

interface Props {
  rows: DiffRow[];
  fields: Map<string, PolicyField>;
  values: unknown;
  currentVersion: number;
  presetName: string;
  /** Set when the edit also switches the preset: the name of the one in force. */
  presetBefore?: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function PolicyDiffModal({ rows, fields, values, currentVersion, presetName, presetBefore, busy, onConfirm, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const edited = rows.filter((r) => r.edited).length;
  const text = (r: DiffRow, v: unknown) => {
    const key = r.pointer.split('/').at(-1) ?? '';
    return fieldText(t, lang, fields.get(r.pointer) ?? { kind: 'text', key }, v);
  };
  const cell = (r: DiffRow, v: unknown, strong: boolean) => <span className={strong ? 'gw-policy-diff-new' : undefined}>{text(r, v)}</span>;
  return (
    <Modal
      open
      title={t('policyForm.diffTitle')}
      okText={t('policyForm.confirmSave')}
      onOk={onConfirm}
      onCancel={onCancel}
      confirmLoading={busy}
      width={960}
    >
      <div data-testid="policy-diff">
        <Alert
          type="info"
          showIcon
          className="gw-block"
          title={t('policyForm.diffSummary', {
            edited,
            version: currentVersion,
            differ: rows.filter((r) => r.fromPreset).length,
            preset: presetName,
          })}
          description={presetBefore ? t('policyForm.presetSwitch', { from: presetBefore, to: presetName }) : undefined}
        />
        <Table<DiffRow>
          size="small"
          rowKey="pointer"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 720, y: 420 }}
          rowClassName={(r) => (r.edited ? 'gw-policy-diff-edited' : '')}
          columns={[
            {
              title: t('policyProblem.field'),
              key: 'field',
              width: 240,
              render: (_, r) => (
                <>
                  {policyFieldName(t, lang, r.pointer, values)}{' '}
                  {r.edited ? <Tag color="orange">{t('policyForm.editedNow')}</Tag> : <Tag>{t('policyForm.differsOnly')}</Tag>}
                </>
              ),
            },
            {
              title: t('policy.rule'),
              dataIndex: 'rule',
              width: 80,
              render: (rule?: string) => rule && <Tag color="geekblue">{rule}</Tag>,
            },
            { title: t('policyForm.presetValue'), key: 'preset', render: (_, r) => cell(r, r.preset, false) },
            {
              title: t('policyForm.currentValue', { version: currentVersion }),
              key: 'current',
              render: (_, r) => cell(r, r.current, false),
            },
            { title: t('policyForm.newValue'), key: 'next', render: (_, r) => cell(r, r.next, r.edited) },
          ]}
        />
      </div>
    </Modal>
  );
}
