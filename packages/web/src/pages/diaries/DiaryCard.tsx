/** One diary entry in a list: when, who, where, the first lines of what happened, and its marks. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Diary } from '../../api/diaries';
import { formatMinute } from '../../lib/caseFormat';

export function DiaryMarks({ diary }: { diary: Diary }) {
  const { t } = useTranslation();
  return (
    <>
      {diary.backEntered && <Tag>{t('diaries.entry.backEntered')}</Tag>}
      {diary.selections.map((s) => (
        <Tag key={`${s.month}-${s.status}`} color={s.status === 'selected' ? 'gold' : 'blue'} data-testid={`diary-mark-${s.status}`}>
          {t(`diaries.marks.${s.status}`, { month: s.month })}
        </Tag>
      ))}
    </>
  );
}

export function DiaryCard({ diary, showAuthor }: { diary: Diary; showAuthor: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Link to={`/diaries/${diary.id}`} className="gw-diary-card" data-testid="diary-card" data-diary-id={diary.id}>
      <div className="gw-diary-card-top">
        <span className="gw-diary-when">{formatMinute(diary.occurredAt, i18n.language)}</span>
        {showAuthor && <span className="gw-diary-author">{diary.author.name}</span>}
        <span className="gw-diary-card-tags">
          <DiaryMarks diary={diary} />
        </span>
      </div>
      <div className="gw-diary-place">
        {diary.place} · {diary.people}
      </div>
      <div className="gw-diary-excerpt">{diary.content}</div>
      <div className="gw-diary-meta gw-muted">
        <span>{diary.regionName}</span>
        {diary.reviews.length > 0 && <span>{t('diaries.entry.reviewCount', { count: diary.reviews.length })}</span>}
      </div>
    </Link>
  );
}
