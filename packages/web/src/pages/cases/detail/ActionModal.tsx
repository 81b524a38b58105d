/**
 * One action's small form, sent with expectedVersion = the version on screen. A version conflict
 * or a state that moved on reloads the case and says so; field errors land on their fields.
 */
import { App, Button, Form, Modal, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { casesApi, type ActionName, type CaseRecord } from '../../../api/cases';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/errors';
import { ActionFieldInput, type CaseOption } from './ActionFieldInput';
import { MergeSuggestions } from '../MergeSuggestions';
import { ACTION_FIELDS, initialValues, toBody, type FieldSpec } from './actionFields';

interface Props {
  c: CaseRecord;
  action: ActionName;
  onClose: () => void;
  onDone: (next: CaseRecord) => void;
  onStale: () => void;
}

function applyFieldErrors(form: FormInstance, e: unknown, fields: FieldSpec[]): void {
  if (!isApiError(e) || !Array.isArray(e.details)) return;
  const names = new Set(fields.map((f) => f.name));
  const problems = (e.details as Array<{ field?: string; message?: string }>)
    .map((d) => ({ name: String(d.field ?? '').replace(/^body\./, ''), errors: [String(d.message ?? '')] }))
    .filter((p) => names.has(p.name));
  if (problems.length) form.setFields(problems);
}

function useRules(spec: FieldSpec, action: ActionName) {
  const { t } = useTranslation();
  // `whitespace` only on text: any rule key besides `required` makes the validator check a string
  // type, which a picked case (a number) or a yes/no (a boolean) would fail under the same message
  const text = spec.kind === 'text' || spec.kind === 'textarea';
  const rules: object[] = spec.required ? [{ required: true, ...(text ? { whitespace: true } : {}), message: t('common.required') }] : [];
  if (action === 'transfer' && spec.name === 'toUnit') {
    rules.push(({ getFieldValue }: FormInstance) => ({
      validator: (_: unknown, v: unknown) =>
        v || getFieldValue('toUserId') ? Promise.resolve() : Promise.reject(new Error(t('actionForm.targetRequired'))),
    }));
  }
  return rules;
}

function Field({
  spec,
  action,
  c,
  caseOptions,
}: {
  spec: FieldSpec;
  action: ActionName;
  c: CaseRecord;
  caseOptions: readonly CaseOption[];
}) {
  const { t } = useTranslation();
  const approve = Form.useWatch('approve');
  const rules = useRules(spec, action);
  if (action === 'decide-extension' && spec.name === 'deadline' && approve === false) return null;
  const deps = action === 'transfer' && spec.name === 'toUnit' ? ['toUserId'] : undefined;
  return (
    <Form.Item name={spec.name} label={t(`actionForm.${spec.name}`)} rules={rules} dependencies={deps}>
      <ActionFieldInput kind={spec.kind} c={c} name={spec.name} caseOptions={caseOptions} />
    </Form.Item>
  );
}

export function ActionModal({ c, action, onClose, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // suggestions picked as the merge target stay options of the case selector (they may lie in another grid)
  const [picked, setPicked] = useState<CaseOption[]>([]);
  const fields = ACTION_FIELDS[action];
  const label = t(`caseActions.${action}`);

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await casesApi.act(c.id, action, toBody(action, values, c.version)));
      message.success(t('caseDetail.done', { action: label }));
    } catch (e) {
      if (isApiError(e, 'VERSION_CONFLICT') || isApiError(e, 'ACTION_NOT_ALLOWED')) {
        message.warning(t(isApiError(e, 'VERSION_CONFLICT') ? 'caseDetail.conflict' : 'caseDetail.notAllowed'));
        onStale();
        return;
      }
      setError(e);
      applyFieldErrors(form, e, fields);
    } finally {
      setBusy(false);
    }
  };

  const footer = [
    <Button key="cancel" onClick={onClose}>
      {t('actionForm.cancel')}
    </Button>,
    <Button key="ok" type="primary" loading={busy} onClick={() => form.submit()} data-testid="case-action-submit">
      {label}
    </Button>,
  ];
  return (
    <Modal open title={t('actionForm.title', { action: label, id: c.id })} onCancel={onClose} footer={footer} destroyOnHidden>
      <Form form={form} layout="vertical" size="large" onFinish={submit} initialValues={initialValues(action, c)}>
        {action === 'merge' && (
          <MergeSuggestions c={c} onPick={(s) => setPicked((prev) => (prev.some((p) => p.id === s.id) ? prev : [...prev, s]))} />
        )}
        {fields.length === 0 && <p>{t('actionForm.noFields', { action: label })}</p>}
        {fields.map((f) => (
          <Field key={f.name} spec={f} action={action} c={c} caseOptions={picked} />
        ))}
      </Form>
      <ErrorAlert error={error} />
    </Modal>
  );
}
