/**
 * One diary entry (A5.1-A5.6): what happened and its details, its photos, linked cases, the reviewers' comments
 * (a comment box for reviewers), shortlisting and selection by the entry's abilities, and the
 * author's correction.
 */
import { Button, Card, Descriptions, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { DIARY_DETAIL_FIELDS, diariesApi } from '../../api/diaries';
import { memberPath } from '../../api/members';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatMinute } from '../../lib/caseFormat';
import { useAsync } from '../../lib/useAsync';
import { useUser } from '../../state/session';
import { DiaryMarks } from './DiaryCard';
import { DiaryEditModal } from './DiaryEditModal';
import { DiaryPhotoGallery, useDiaryPhotos } from './DiaryPhotos';
import { DiaryReviews } from './DiaryReviews';
import { DiarySelectActions } from './DiarySelectActions';
import '../team/team.css';
import './diaries.css';

export default function DiaryPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const user = useUser();
  const entry = useAsync((signal) => diariesApi.get(id, signal), [id]);
  const photos = useDiaryPhotos(id);
  const [editing, setEditing] = useState(false);
  const d = entry.data;

  return (
    <div className="gw-page gw-diary-page" data-testid="diary-page">
      <Link to="/diaries" className="gw-back-link">
        ‹ {t('diaries.title')}
      </Link>
      <ErrorAlert error={entry.error} onRetry={entry.reload} />
      <Spin spinning={entry.loading && !d}>
        {d && (
          <>
            <PageHeader
              title={t('diaries.entry.title', { name: d.author.name })}
              extra={
                d.abilities.edit && (
                  <Button onClick={() => setEditing(true)} data-testid="diary-edit">
                    {t('common.edit')}
                  </Button>
                )
              }
            >
              {(d.authorId === user.id || user.abilities.memberProfiles) && (
                <Link to={memberPath(d.authorId, d.occurredAt.slice(0, 4))} data-testid="diary-author-profile">
                  {t('members.linkOf', { name: d.author.name })}
                </Link>
              )}
              <DiaryMarks diary={d} />
            </PageHeader>
            <Card size="small" className="gw-block">
              <Descriptions
                column={{ xs: 1, sm: 2 }}
                size="small"
                items={[
                  { key: 'at', label: t('diaries.fields.occurredAt'), children: formatMinute(d.occurredAt, i18n.language) },
                  { key: 'region', label: t('diaries.entry.region'), children: d.regionName },
                  { key: 'place', label: t('diaries.fields.place'), children: d.place },
                  { key: 'people', label: t('diaries.fields.people'), children: d.people },
                ]}
              />
              <h4 className="gw-diary-h">{t('diaries.fields.content')}</h4>
              <div className="gw-pre" data-testid="diary-content">
                {d.content}
              </div>
              {DIARY_DETAIL_FIELDS.filter((f) => d[f]).map((f) => (
                <div key={f}>
                  <h4 className="gw-diary-h">{t(`diaries.fields.${f}`)}</h4>
                  <div className="gw-pre">{d[f]}</div>
                </div>
              ))}
              <DiaryPhotoGallery photos={photos.data} />
              {(d.caseIds.length > 0 || d.visitIds.length > 0) && (
                <div className="gw-diary-links">
                  {d.caseIds.map((c) => (
                    <Link key={c} to={`/cases/${c}`}>
                      <Tag color="blue">{t('diaries.entry.case', { id: c })}</Tag>
                    </Link>
                  ))}
                  {d.visitIds.map((v) => (
                    <Tag key={v}>{t('diaries.entry.visit', { id: v })}</Tag>
                  ))}
                </div>
              )}
              <div className="gw-muted gw-hint">
                {t(d.backEntered ? 'diaries.entry.backEnteredAt' : 'diaries.entry.createdAt', {
                  at: formatMinute(d.createdAt, i18n.language),
                })}
              </div>
            </Card>
            {(d.abilities.shortlist || d.abilities.select) && (
              <Card size="small" className="gw-block" title={t('diaries.select.title')}>
                <DiarySelectActions diary={d} onChange={entry.setData} />
              </Card>
            )}
            <Card size="small" className="gw-block" title={t('diaries.reviews.title', { count: d.reviews.length })}>
              <DiaryReviews diary={d} onChange={entry.setData} />
            </Card>
            <DiaryEditModal
              diary={d}
              open={editing}
              photos={photos.data ?? []}
              onPhotosChanged={photos.reload}
              onClose={() => setEditing(false)}
              onSaved={(saved) => {
                entry.setData(saved);
                setEditing(false);
              }}
            />
          </>
        )}
      </Spin>
    </div>
  );
}
