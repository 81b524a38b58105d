/**
 * 公开答复: what the open Open311 feed shows of this case as `status_notes` (C3, D10, D11). Only a
 * reviewed text goes out: a user who may answer the case edits the suggestion (the latest answer or
 * feedback, never published as it is) and approves it; each approval is a new version with its approver.
 */
import { App, Button, Form, Input, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Id } from '../../../api/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatMinute } from '../../../lib/caseFormat';
import { isApiError } from '../../../lib/errors';
import { useAsync } from '../../../lib/useAsync';

interface PublicNoteView {
  published: boolean;
  note: { version: number; text: string; approvedBy: { id: Id; name: string }; approvedAt: string } | null;
  suggestion: string | null;
  abilities: { write: boolean };
}

const publicNoteApi = {
  get: (caseId: Id, signal?: AbortSignal) => api.get<PublicNoteView>(`/cases/${caseId}/public-note`, { signal }),
  approve: (caseId: Id, body: { text: string; expectedVersion: number }) => api.post<PublicNoteView>(`/cases/${caseId}/public-note`, body),
};

function ApproveForm({
  caseId,
  view,
  onSaved,
  onStale,
}: {
  caseId: Id;
  view: PublicNoteView;
  onSaved: (v: PublicNoteView) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit({ text }: { text: string }) {
    setBusy(true);
    setError(null);
    try {
      onSaved(await publicNoteApi.approve(caseId, { text: text.trim(), expectedVersion: view.note?.version ?? 0 }));
      void message.success(t('publicNote.saved'));
    } catch (e) {
      setError(e);
      if (isApiError(e, 'VERSION_CONFLICT')) onStale();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form
      layout="vertical"
      className="gw-annotation-form"
      initialValues={{ text: view.note?.text ?? view.suggestion ?? '' }}
      onFinish={(v: { text: string }) => void submit(v)}
    >
      <ErrorAlert error={error} />
      <Form.Item
        name="text"
        label={t('publicNote.textLabel')}
        extra={t('publicNote.hint')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea data-testid="public-note-input" rows={3} maxLength={1000} placeholder={t('publicNote.placeholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="public-note-submit">
        {t('publicNote.submit')}
      </Button>
    </Form>
  );
}

/** `caseVersion`: reloaded after each action on the case (a new answer gives a new suggestion). */
export function PublicNote({ caseId, caseVersion }: { caseId: Id; caseVersion: number }) {
  const { t, i18n } = useTranslation();
  const state = useAsync((signal) => publicNoteApi.get(caseId, signal), [caseId, caseVersion]);
  const v = state.data;
  return (
    <div className="gw-public-note" data-testid="public-note">
      <ErrorAlert error={state.error} onRetry={state.reload} />
      {!v && state.loading && <Spin size="small" />}
      {v && (
        <div className="gw-muted" data-testid="public-note-status">
          {t(v.published ? 'publicNote.published' : 'publicNote.notPublished')}
        </div>
      )}
      {v?.published && !v.note && <div className="gw-muted">{t('publicNote.none')}</div>}
      {v?.published && v.note && (
        <div>
          <div data-testid="public-note-text" className="gw-annotation-text">
            {v.note.text}
          </div>
          <div className="gw-muted" data-testid="public-note-approved">
            {t('publicNote.approvedBy', {
              name: v.note.approvedBy.name,
              at: formatMinute(v.note.approvedAt, i18n.language),
              version: v.note.version,
            })}
          </div>
        </div>
      )}
      {v?.published && v.abilities.write && (
        <ApproveForm key={v.note?.version ?? 0} caseId={caseId} view={v} onSaved={state.setData} onStale={state.reload} />
      )}
    </div>
  );
}
