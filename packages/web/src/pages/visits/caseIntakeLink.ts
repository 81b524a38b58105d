/** "保存后上报问题": from a saved (or queued) visit to the case intake form, filled in. */
import type { NewVisit } from '../../api/visits';

/**
 * The intake form's link: source "field", this visit (its id, or the key it waits under on the
 * device), the household's grid, the visit's position, and its findings as the case's title and description.
 */
export function caseIntakeLink(
  visit: { id?: number; key?: string; location: { lat: number; lng: number } | null },
  gridId: number | undefined,
  body: Pick<NewVisit, 'findings' | 'needs'>,
  address: string | undefined,
): string {
  const q = new URLSearchParams({ source: 'field' });
  if (visit.id) q.set('visitId', String(visit.id));
  if (visit.key) q.set('afterKey', visit.key);
  if (gridId) q.set('gridId', String(gridId));
  if (visit.location) {
    q.set('lat', String(visit.location.lat));
    q.set('lng', String(visit.location.lng));
  }
  const findings = body.findings?.trim() ?? '';
  const firstLine = findings.split(/\n/)[0].slice(0, 60);
  if (firstLine) q.set('title', address ? `${address}：${firstLine}`.slice(0, 200) : firstLine);
  const description = [findings, body.needs?.trim()].filter(Boolean).join('\n');
  if (description) q.set('description', description.slice(0, 5000));
  return `/cases/new?${q.toString()}`;
}
