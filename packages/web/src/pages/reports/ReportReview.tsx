/**
 * 督查意见 (C8): the supervisor's comments and rating on a draft — save, regenerate the figures from the
 * records, issue (final; a rating is needed). A stale version is a conflict: what was typed stays in the
 * box and the latest report can be reloaded. An issued report shows them read-only.
 */
import { Alert, App, Button, Card, Form, Input, InputNumber, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supervisionReportsApi, type ReportPatch, type SupervisionReport } from '../../api/supervisionReports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/errors';
import { applyFieldErrors } from '../households/householdFormat';

interface Values {
  comments?: string;
  rating?: number | null;
}

type Action = 'save' | 'refresh' | 'issue';

interface Props {
  report: SupervisionReport;
  onChange: (r: SupervisionReport) => void;
  onReload: () => void;
}

export function ReportReview({ report: r, onChange, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState<Action | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [reloaded, setReloaded] = useState(false); // after a conflict: the saved comments beside what was typed
  const typed = Form.useWatch('comments', form);

  if (!r.abilities.edit) {
    return (
      <Card size="small" className="gw-block" title={t('supReports.review.title')} data-testid="report-review">
        <div className="gw-pre" data-testid="report-comments">
          {r.comments || t('supReports.review.none')}
        </div>
        <div className="gw-sr-rating-line">
          {t('supReports.review.ratingLine')}
          <b>{r.rating ?? '—'}</b>
        </div>
        {r.status === 'issued' && <div className="gw-muted gw-hint">{t('supReports.review.final')}</div>}
      </Card>
    );
  }

  const send = async (action: Action) => {
    const v = form.getFieldsValue();
    const fields = { comments: v.comments?.trim() ? v.comments.trim() : null, rating: v.rating ?? null };
    if (action === 'issue' && fields.rating === null) {
      form.setFields([{ name: 'rating', errors: [t('supReports.review.ratingNeeded')] }]);
      return;
    }
    const body: ReportPatch =
      action === 'refresh'
        ? { expectedVersion: r.version, refresh: true }
        : { expectedVersion: r.version, ...fields, issue: action === 'issue' };
    setBusy(action);
    setError(null);
    try {
      const next = await supervisionReportsApi.update(r.id, body);
      setConflict(false);
      setReloaded(false);
      message.success(t(`supReports.review.${action === 'save' ? 'saved' : action === 'refresh' ? 'refreshed' : 'issued'}`));
      onChange(next);
    } catch (e) {
      if (isApiError(e, 'VERSION_CONFLICT')) setConflict(true);
      else if (!applyFieldErrors(form, e, ['comments', 'rating'], t)) setError(e);
    } finally {
      setBusy(null);
    }
  };

  const savedDiffers = reloaded && (r.comments ?? '') !== (typed ?? '').trim();
  return (
    <Card size="small" className="gw-block" title={t('supReports.review.title')} data-testid="report-review">
      <Form<Values> form={form} layout="vertical" initialValues={{ comments: r.comments ?? '', rating: r.rating }}>
        <Form.Item name="comments" label={t('supReports.review.comments')}>
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 16 }}
            maxLength={8000}
            placeholder={t('supReports.review.commentsHint')}
            data-testid="report-comments-input"
          />
        </Form.Item>
        <Form.Item name="rating" label={t('supReports.review.rating')}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} data-testid="report-rating-input" />
        </Form.Item>
      </Form>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          className="gw-error"
          title={t('supReports.review.conflict')}
          data-testid="report-conflict"
          action={
            <Button
              size="small"
              onClick={() => {
                setConflict(false);
                setReloaded(true);
                onReload();
              }}
              data-testid="report-reload"
            >
              {t('supReports.review.reload')}
            </Button>
          }
        />
      )}
      {savedDiffers && r.comments && (
        <div className="gw-sr-saved" data-testid="report-saved-comments">
          <span className="gw-muted">{t('supReports.review.savedComments')}</span>
          <div className="gw-pre">{r.comments}</div>
        </div>
      )}
      <ErrorAlert error={error} />
      <Space wrap>
        <Button
          type="primary"
          loading={busy === 'save'}
          disabled={busy !== null}
          onClick={() => void send('save')}
          data-testid="report-save"
        >
          {t('supReports.review.save')}
        </Button>
        <Popconfirm title={t('supReports.review.refreshConfirm')} onConfirm={() => send('refresh')}>
          <Button loading={busy === 'refresh'} disabled={busy !== null} data-testid="report-refresh">
            {t('supReports.review.refresh')}
          </Button>
        </Popconfirm>
        {r.abilities.issue && (
          <Popconfirm title={t('supReports.review.issueConfirm')} onConfirm={() => send('issue')}>
            <Button danger loading={busy === 'issue'} disabled={busy !== null} data-testid="report-issue">
              {t('supReports.review.issue')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </Card>
  );
}
