/** Reviewers' comments on an entry (A5.6, C4), and the comment box for those who may review it. */
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diariesApi, type Diary } from '../../api/diaries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMinute } from '../../lib/caseFormat';

export function DiaryReviews({ diary, onChange }: { diary: Diary; onChange: (d: Diary) => void }) {
  const { t, i18n } = useTranslation();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      onChange(await diariesApi.review(diary.id, comment.trim()));
      setComment('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="gw-diary-reviews" data-testid="diary-reviews">
      {diary.reviews.length === 0 && <div className="gw-muted">{t('diaries.reviews.none')}</div>}
      {diary.reviews.map((r) => (
        <div key={r.id} className="gw-diary-review" data-testid="diary-review">
          <div className="gw-diary-review-head">
            <b>{r.reviewer.name}</b>
            <span className="gw-muted">{formatMinute(r.at, i18n.language)}</span>
          </div>
          <div className="gw-pre">{r.comment}</div>
        </div>
      ))}
      {diary.abilities.review && (
        <div className="gw-diary-review-box">
          <Input.TextArea
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={t('diaries.reviews.placeholder')}
            data-testid="diary-review-input"
          />
          <ErrorAlert error={error} />
          <Button type="primary" disabled={!comment.trim()} loading={busy} onClick={() => void send()} data-testid="diary-review-submit">
            {t('diaries.reviews.submit')}
          </Button>
        </div>
      )}
    </div>
  );
}
