/** One 台账 record: title, region, rating of an evaluation, author and date; the content folds after a few lines. */
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkRecord } from '../../api/workRecords';
import { formatDate } from '../../lib/format';

export function WorkRecordCard({ record: r, onEdit }: { record: WorkRecord; onEdit: (r: WorkRecord) => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const long = r.content.length > 160 || r.content.split('\n').length > 4;
  return (
    <div className="gw-team-card gw-wr-card" data-testid="work-record" data-kind={r.kind} data-record-id={r.id}>
      <div className="gw-team-card-top">
        <span className="gw-team-card-title" data-testid="work-record-title-text">
          {r.title}
        </span>
        <span className="gw-team-card-tags">
          <Tag>{r.regionName}</Tag>
          {r.rating !== null && (
            <Tag color="gold" data-testid="work-record-rating-tag">
              {t('workRecords.ratingValue', { rating: r.rating })}
            </Tag>
          )}
        </span>
      </div>
      <div className={`gw-pre gw-wr-content${open || !long ? '' : ' gw-wr-folded'}`} data-testid="work-record-content-text">
        {r.content}
      </div>
      <div className="gw-team-card-meta">
        <span>{t('workRecords.by', { name: r.author.name, date: formatDate(r.updatedAt, i18n.language) })}</span>
      </div>
      {(long || r.abilities.edit) && (
        <div className="gw-team-card-actions">
          {long && (
            <Button size="small" type="link" className="gw-wr-toggle" onClick={() => setOpen((o) => !o)}>
              {open ? t('workRecords.collapse') : t('workRecords.expand')}
            </Button>
          )}
          {r.abilities.edit && (
            <Button size="small" onClick={() => onEdit(r)} data-testid="work-record-edit">
              {t('workRecords.edit')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
