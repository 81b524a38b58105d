/** Intake defaults from the user's roles, and submission with one Idempotency-Key per report. */
import { App } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { CASE_SOURCES, casesApi, type CaseSource, type NewCase } from '../../../api/cases';
import type { Id } from '../../../api/types';
import { fromShanghaiInput, newSubmissionKey } from '../../../lib/caseFormat';
import { isApiError } from '../../../lib/errors';
import { uploadCasePhotos } from '../CasePhotos';
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
  return useMemo(() => {
    const ownGrid = user.roles.find((r) => r.regionType === 'grid')?.regionId;
    const source: CaseSource = CASE_SOURCES.find((s) => s === preset) ?? user.abilities.intakeSource;
    return {
      gridId: presetGrid ?? ownGrid ?? (selected?.type === 'grid' ? selected.id : undefined),
      source,
      showConfidential: user.abilities.confidentialIntake,
      showReceivedAt: user.abilities.backEnterCases,
    };
  }, [user, selected, preset, presetGrid]);
}

/** What a household visit passes on when its findings are reported: `?visitId=&gridId=&lat=&lng=`. */
export function useVisitLink(): { visitId?: Id; location: { gridId: Id; lat: number; lng: number } | null } {
  const [params] = useSearchParams();
  return useMemo(() => {
    const visitId = Number(params.get('visitId')) || undefined;
    const gridId = Number(params.get('gridId'));
    const lat = Number(params.get('lat'));
    const lng = Number(params.get('lng'));
    const located = gridId > 0 && params.has('lat') && params.has('lng') && Number.isFinite(lat) && Number.isFinite(lng);
    return { visitId, location: located ? { gridId, lat, lng } : null };
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

/** A network failure keeps the form; "重试" resends the same body with the same key, so nothing is filed twice. */
export function useIntakeSubmit() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const key = useRef(newSubmissionKey());
  const last = useRef<NewCase | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const photos = useRef<File[]>([]);

  const send = useCallback(
    async (body: NewCase, withPhotos?: File[]) => {
      last.current = body;
      if (withPhotos) photos.current = withPhotos;
      setBusy(true);
      setError(null);
      try {
        const created = await casesApi.create(body, key.current);
        // keys derived from the report's key: a resent report does not store its photos twice
        const failed = photos.current.length ? await uploadCasePhotos(created.id, photos.current, key.current) : [];
        if (failed.length) message.warning(t('casePhotos.someFailed', { count: failed.length }));
        message.success(t('intake.submitted', { id: created.id }));
        navigate(`/cases/${created.id}`, { replace: true });
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    [message, navigate, t],
  );

  const retry = useCallback(() => last.current && void send(last.current), [send]);
  const submitAsNew = useCallback(() => {
    key.current = newSubmissionKey();
    if (last.current) void send(last.current);
  }, [send]);
  const networkFailed = isApiError(error) && (error.status === 0 || error.status >= 500);
  const keyReused = isApiError(error, 'IDEMPOTENCY_KEY_REUSED');
  return { busy, error, networkFailed, keyReused, send, retry, submitAsNew };
}
