/**
 * The household's visits, newest first, page by page (GET /visits?householdId=); calls marked as not
 * counted (D5); each visit's photos as thumbnails (GET /visits/:id/photos), a tap opens the preview.
 */
import { Button, Card, Empty, Tag } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbort } from '../../api/client';
import { photosApi } from '../../api/photos';
import type { VisitRecord } from '../../api/households';
import { visitsApi } from '../../api/visits';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PhotoGallery } from '../../components/Photos';
import { formatMinute } from '../../lib/caseFormat';
import { useAsync } from '../../lib/useAsync';
import { VisitTypeTag } from './HouseholdTags';

const PAGE = 10;

/** A visit's photos; nothing while loading, without photos, or when they cannot be read. */
function VisitPhotos({ visitId }: { visitId: Id }) {
  const { t } = useTranslation();
  const photos = useAsync((signal) => photosApi.listForVisit(visitId, signal), [visitId]);
  if (!photos.data?.length) return null;
  return (
    <div className="gw-visit-photos" data-testid="visit-photos" data-count={photos.data.length}>
      <PhotoGallery photos={photos.data} size={64} label={t('casePhotos.title')} />
    </div>
  );
}

function VisitItem({ v }: { v: VisitRecord }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="gw-visit" data-testid="visit-row" data-visit-id={v.id} data-type={v.type}>
      <div className="gw-visit-top">
        <span>
          {formatMinute(v.startedAt, i18n.language)} – {formatMinute(v.endedAt, i18n.language).slice(-5)}
        </span>
        <VisitTypeTag type={v.type} inPerson={v.inPerson} />
        {v.location && !v.outsideGrid && <Tag color="green">{t('household.located')}</Tag>}
        {v.outsideGrid && (
          <Tag color="warning" data-testid="visit-outside-grid">
            {t('household.outsideGrid')}
          </Tag>
        )}
      </div>
      {v.findings && (
        <div className="gw-visit-text">
          <span className="gw-muted">{t('household.findings')}：</span>
          {v.findings}
        </div>
      )}
      {v.needs && (
        <div className="gw-visit-text">
          <span className="gw-muted">{t('household.needs')}：</span>
          {v.needs}
        </div>
      )}
      <VisitPhotos visitId={v.id} />
    </li>
  );
}

/** Loads pages of the history, newest first. */
function useHistory(householdId: Id) {
  const [items, setItems] = useState<VisitRecord[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  const load = useCallback(
    async (offset: number) => {
      controller.current?.abort();
      const c = (controller.current = new AbortController());
      setLoading(true);
      setError(null);
      try {
        const page = await visitsApi.list(householdId, PAGE, offset, c.signal);
        if (c.signal.aborted) return;
        setItems((prev) => (offset === 0 ? page.items : [...prev, ...page.items]));
        setTotal(page.total);
      } catch (e) {
        if (c.signal.aborted || isAbort(e)) return;
        setError(e);
      } finally {
        if (!c.signal.aborted) setLoading(false);
      }
    },
    [householdId],
  );
  useEffect(() => {
    void load(0);
    return () => controller.current?.abort();
  }, [load]);
  return { items, total, loading, error, more: () => void load(items.length), hasMore: total !== null && items.length < total };
}

export function VisitHistory({ householdId }: { householdId: Id }) {
  const { t } = useTranslation();
  const h = useHistory(householdId);
  return (
    <Card
      size="small"
      className="gw-hh-card-block"
      data-testid="visit-history-card"
      data-state={h.loading ? 'loading' : 'ready'}
      title={t('household.history')}
      loading={h.loading && h.items.length === 0}
      extra={h.total !== null && <span className="gw-muted">{t('household.historyCount', { count: h.total })}</span>}
    >
      <ErrorAlert error={h.error} />
      {h.items.length === 0 && !h.loading && !h.error && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('household.noVisits')} />
      )}
      <ul className="gw-visit-list" data-testid="visit-history">
        {h.items.map((v) => (
          <VisitItem key={v.id} v={v} />
        ))}
      </ul>
      {h.hasMore && (
        <div className="gw-load-more">
          <Button size="small" onClick={h.more} loading={h.loading}>
            {t('household.loadMore')}
          </Button>
        </div>
      )}
    </Card>
  );
}
