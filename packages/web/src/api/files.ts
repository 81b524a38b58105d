/** File downloads from the API (xlsx workbooks): fetched with the session cookie, errors as ApiError, saved under a name. */
import { saveBlob } from '../lib/download';
import { ApiError, buildUrl, expectedUserHeader } from './client';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type QueryValue = string | number | boolean | null | undefined;

async function fail(res: Response): Promise<never> {
  let body: { error?: { code?: string; message?: string; details?: unknown } } | undefined;
  try {
    body = JSON.parse(await res.text());
  } catch {
    body = undefined; // e.g. a proxy's HTML page for a 413
  }
  const err = body?.error;
  throw new ApiError(res.status, err?.code ?? `HTTP_${res.status}`, err?.message ?? `HTTP ${res.status}`, err?.details);
}

/** fetch with the session cookie; a failure status or a network error becomes an ApiError. */
export async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = method === 'GET' ? init.headers : { ...expectedUserHeader(), ...(init.headers as Record<string, string>) };
    const res = await fetch(url, { credentials: 'include', ...init, headers });
    return res.ok ? res : fail(res);
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError(0, 'NETWORK_ERROR', (e as Error)?.message ?? 'network error');
  }
}

/** Fetches an xlsx (errors become ApiError) and saves it under the server's Chinese name (filename*), else `filename`. */
export async function downloadXlsx(path: string, query: Record<string, QueryValue>, filename: string): Promise<void> {
  const res = await send(buildUrl(path, query), { headers: { Accept: `${XLSX_MIME}, application/json` } });
  saveBlob(fileNameOf(res.headers.get('content-disposition'), filename), await res.blob());
}

/** The RFC 5987 `filename*=UTF-8''…` of a Content-Disposition header, else `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;\s]+)/i.exec(disposition ?? '')?.[1];
  if (!encoded) return fallback;
  try {
    const name = decodeURIComponent(encoded);
    const safe = name.length > 0 && [...name].every((c) => c >= ' ' && c !== '/' && c !== '\\');
    return safe ? name : fallback;
  } catch {
    return fallback; // a malformed escape
  }
}
