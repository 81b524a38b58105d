/** Intake defaults from the user's roles, and submission through the outbox with one Idempotency-Key per report. */
import { App } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { CASE_SOURCES, type CaseRecord, type CaseSource, type NewCase } from '../../../api/cases';
import type { Id } from '../../../api/types';
import { fromShanghaiInput } from '../../../lib/caseFormat';
import { useOutboxSubmit } from '../../../lib/offline/useOutboxSubmit';
import { useRegions } from '../../../state/regions';
import { useUser } from '../../../state/session';

export interface IntakeValues {
  gridId?: Id;
  category?: string;
  caseClass?: string;
  title: string;
  description: string;
  source: CaseSource;
  anonymous?: boolean;
  confidential?: boolean;
  reporterName?: string;
  reporterPhone?: string;
  receivedAt?: string;
  /** The address the reporter gave (AddressLookup.tsx). */
  address?: string;
  /** Photos uploaded right after the case is filed (CasePhotos.tsx). */
  photos?: File[];
}

/** Source, grid and which optional fields show, from the user's abilities (the server checks them again). */
export function useIntakeDefaults() {
  const user = useUser();
  const { selected } = useRegions();
  const [params] = useSearchParams();
  const preset = params.get('source'); // e.g. ?source=hotline from 热线登记
  const presetGrid = Number(params.get('gridId')) || undefined; // e.g. from a household visit
  // a visit's findings ("保存后上报问题") become the report's title and description, to be edited
  const title = params.get('title')?.slice(0, 200) ?? undefined;
  const description = params.get('description')?.slice(0, 5000) ?? undefined;
  return useMemo(() => {
    const ownGrid = user.roles.find((r) => r.regionType === 'grid')?.regionId;
    const source: CaseSource = CASE_SOURCES.find((s) => s === preset) ?? user.abilities.intakeSource;
    return {
      gridId: presetGrid ?? ownGrid ?? (selected?.type === 'grid' ? selected.id : undefined),
      source,
      showConfidential: user.abilities.confidentialIntake,
      showReceivedAt: user.abilities.backEnterCases,
      title,
      description,
    };
  }, [user, selected, preset, presetGrid, title, description]);
}

/**
 * What a household visit passes on when its findings are reported: `?visitId=&gridId=&lat=&lng=`, or
 * `afterKey=` for a visit still waiting on the device (the report links to it once that visit is sent).
 */
export function useVisitLink(): { visitId?: Id; afterKey?: string; location: { gridId: Id; lat: number; lng: number } | null } {
  const [params] = useSearchParams();
  return useMemo(() => {
    const visitId = Number(params.get('visitId')) || undefined;
    const afterKey = params.get('afterKey')?.slice(0, 200) || undefined;
    const gridId = Number(params.get('gridId'));
    const lat = Number(params.get('lat'));
    const lng = Number(params.get('lng'));
    const located = gridId > 0 && params.has('lat') && params.has('lng') && Number.isFinite(lat) && Number.isFinite(lng);
    return { visitId, afterKey, location: located ? { gridId, lat, lng } : null };
  }, [params]);
}

export function toNewCase(v: IntakeValues, location: { lat: number; lng: number } | null, visitId?: Id): NewCase {
  const named = !v.anonymous && (v.reporterName?.trim() || v.reporterPhone?.trim());
  const reporter =
    v.anonymous || named || v.confidential
      ? {
          anonymous: v.anonymous || undefined,
          confidential: v.confidential || undefined,
          name: v.anonymous ? undefined : v.reporterName?.trim() || undefined,
          phone: v.anonymous ? undefined : v.reporterPhone?.trim() || undefined,
        }
      : undefined;
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    category: v.category!,
    caseClass: v.caseClass!,
    source: v.source,
    gridId: v.gridId,
    location: location ? { lat: location.lat, lng: location.lng } : undefined,
    reporter,
    receivedAt: v.receivedAt ? fromShanghaiInput(v.receivedAt) : undefined,
    visitId,
    address: v.address?.trim() || undefined,
  };
}

/**
 * Files the report through the outbox (lib/offline/useOutboxSubmit.ts): sent at once with the key fixed
 * when the form opened, photos after it; without a connection it waits on the device and goes by itself.
 * A lost response keeps the form with "重试" (same key, so nothing is filed twice).
 */
export function useIntakeSubmit() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useUser();
  return useOutboxSubmit<NewCase, CaseRecord>(
    'case',
    user.id,
    (created, _body, refusedPhotos) => {
      if (refusedPhotos) message.warning(t('casePhotos.someFailed', { count: refusedPhotos }));
      message.success(t('intake.submitted', { id: created.id }));
      navigate(`/cases/${created.id}`, { replace: true });
    },
    (_body, queued) => {
      message.info({ key: 'outbox-queued', content: t(queued.recordSaved ? 'offline.photosQueued' : 'offline.queued.case'), duration: 5 });
      navigate('/', { replace: true });
    },
  );
}
