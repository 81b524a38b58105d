/** Turns any thrown value into a message for the user, translated by error code when we know it. */
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

export function errorMessage(t: TFunction, e: unknown): string {
  if (e instanceof ApiError) {
    return t(`errors.${e.code}`, { defaultValue: e.message || e.code });
  }
  if (e instanceof Error) return e.message;
  return t('errors.UNKNOWN');
}

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

/** Field problems from a VALIDATION_FAILED (or similar) error, as "field: message" lines. */
export function detailLines(e: unknown): string[] {
  if (!(e instanceof ApiError) || !Array.isArray(e.details)) return [];
  return e.details.map((d: unknown) => {
    if (typeof d === 'string') return d;
    const o = d as { path?: string; field?: string; instancePath?: string; message?: string };
    const where = o.path ?? o.field ?? o.instancePath ?? '';
    return where ? `${where}: ${o.message ?? ''}` : String(o.message ?? JSON.stringify(d));
  });
}
