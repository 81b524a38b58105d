/**
 * 批注: the case's annotations (append-only, so no edit or delete) and, when the case's abilities
 * allow at least one kind, a small add form. A successful add replaces the list with the server's.
 */
import { App, Button, Form, Input, Select, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annotationsApi, type AnnotationKind } from '../../../api/annotations';
import type { Id } from '../../../api/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatMinute } from '../../../lib/caseFormat';
import { useAsync } from '../../../lib/useAsync';

const KIND_COLOURS: Record<string, string> = {
  'hotline-note': 'blue',
  'supervision-note': 'purple',
  reminder: 'orange',
  'hot-flag': 'red',
};

function AddForm({
  caseId,
  kinds,
  onAdded,
}: {
  caseId: Id;
  kinds: readonly AnnotationKind[];
  onAdded: (list: Awaited<ReturnType<typeof annotationsApi.add>>) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: AnnotationKind; text: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(values: { kind: AnnotationKind; text: string }) {
    setBusy(true);
    setError(null);
    try {
      onAdded(await annotationsApi.add(caseId, { kind: values.kind, text: values.text.trim() }));
      form.resetFields(['text']);
      void message.success(t('annotations.added'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form form={form} layout="vertical" className="gw-annotation-form" initialValues={{ kind: kinds[0] }} onFinish={(v) => void submit(v)}>
      <ErrorAlert error={error} />
      <Form.Item name="kind" label={t('annotations.kindLabel')} rules={[{ required: true, message: t('common.required') }]}>
        <Select data-testid="annotation-form-kind" options={kinds.map((k) => ({ value: k, label: t(`annotations.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('annotations.textLabel')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea data-testid="annotation-form-text" rows={2} maxLength={2000} placeholder={t('annotations.textPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="annotation-submit">
        {t('annotations.submit')}
      </Button>
    </Form>
  );
}

/** `kinds`: what the caller may add here (the case's `abilities.annotate`). */
export function CaseAnnotations({ caseId, kinds }: { caseId: Id; kinds: readonly AnnotationKind[] }) {
  const { t, i18n } = useTranslation();
  const list = useAsync((signal) => annotationsApi.list(caseId, signal), [caseId]);
  return (
    <div className="gw-case-annotations">
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {list.loading && !list.data && <Spin size="small" />}
      {list.data && list.data.length === 0 && <div className="gw-muted">{t('annotations.empty')}</div>}
      <ul className="gw-annotation-list" data-testid="annotation-list">
        {(list.data ?? []).map((a) => (
          <li key={a.id} data-testid="annotation-item" data-kind={a.kind}>
            <Tag color={KIND_COLOURS[a.kind] ?? 'default'} data-testid="annotation-kind">
              {t(`annotations.kind.${a.kind}`, { defaultValue: a.kind })}
            </Tag>
            <span className="gw-muted">
              {a.actor.name} · {formatMinute(a.at, i18n.language)}
            </span>
            <div data-testid="annotation-text" className="gw-annotation-text">
              {a.text}
            </div>
          </li>
        ))}
      </ul>
      {kinds.length > 0 && <AddForm caseId={caseId} kinds={kinds} onAdded={list.setData} />}
    </div>
  );
}
