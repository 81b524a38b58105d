/**
 * Demo households (see demo-households.ts), phase 3: a worker's visits of one day laid out one
 * after another from the morning (walking order by address, a lunch break), never overlapping and
 * never past `cap`; a GPS point near the door for most in-person visits (a few far off, a few
 * without), flagged outside the grid exactly as the service flags it; notes on some.
 */
import { startOfShanghaiDay } from '@gridwork/core/calendar';
import type { Rng } from '@gridwork/core/demo';
import { OUTSIDE, placePoint } from '@gridwork/core/geo';
import { pick } from './demo-cases-plan';
import type { PeoplePlan } from './demo-households-plan';
import { FINDINGS, NEEDS, type Theme } from './demo-households-tables';
import type { VisitDraft } from './demo-households-visits';

const MINUTE = 60_000;

export interface VisitPlan {
  householdIdx: number;
  visitorIds: number[];
  startedAt: Date;
  endedAt: Date;
  type: VisitDraft['type'];
  lat: number | null;
  lng: number | null;
  outsideGrid: boolean | null;
  findings: string | null;
  needs: string | null;
  createdAt: Date;
}

const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;

/** A point near the household's door (most), far off (a few: GPS drift, recorded elsewhere) or none. */
function locate(rng: Rng, plan: PeoplePlan, idx: number): { lat: number | null; lng: number | null; outsideGrid: boolean | null } {
  const h = plan.households[idx];
  const x = rng.next();
  if (x < 0.045) return { lat: null, lng: null, outsideGrid: null };
  const far = x > 0.985;
  const spread = far ? 0.006 : 0.00015;
  const sign = () => (rng.next() < 0.5 ? -1 : 1);
  const lng = round7(h.point[0] + (far ? sign() * rng.between(0.5, 1) : rng.between(-1, 1)) * spread);
  const lat = round7(h.point[1] + (far ? sign() * rng.between(0.5, 1) : rng.between(-1, 1)) * spread * 0.8);
  return { lat, lng, outsideGrid: placePoint(h.at.shape, lng, lat) === OUTSIDE };
}

function notes(rng: Rng, draft: VisitDraft, theme: Theme): { findings: string | null; needs: string | null } {
  if (draft.type === 'call') return { findings: rng.next() < 0.25 ? '电话了解近况，一切正常' : null, needs: null };
  const t: Theme = rng.next() < 0.3 ? 'general' : theme;
  const findings =
    draft.type === 'follow-up' || rng.next() < 0.3 ? `${draft.type === 'follow-up' ? '回访：' : ''}${pick(rng, FINDINGS[t])}` : null;
  return { findings, needs: rng.next() < 0.12 ? pick(rng, NEEDS[t]) : null };
}

/**
 * Times, places and notes of every draft. Drafts of one worker on one day follow each other from
 * 08:30-09:20 with walks of 5-20 minutes (3-12 between village houses) and lunch 11:45-13:30;
 * what would start after 19:00 is not done, and visits not over by `cap` are dropped.
 */
export function layOut(rng: Rng, plan: PeoplePlan, drafts: VisitDraft[], themeOf: (idx: number) => Theme, cap: number): VisitPlan[] {
  const days = new Map<string, VisitDraft[]>();
  for (const d of drafts) {
    const key = `${d.visitorIds[0]}|${d.date}`;
    const list = days.get(key);
    if (list) list.push(d);
    else days.set(key, [d]);
  }
  const out: VisitPlan[] = [];
  for (const list of days.values()) {
    const address = (d: VisitDraft) => plan.households[d.householdIdx].address;
    list.sort((a, b) => (address(a) < address(b) ? -1 : address(a) > address(b) ? 1 : a.householdIdx - b.householdIdx));
    const day = startOfShanghaiDay(list[0].date).getTime();
    let t = day + (8 * 60 + 30 + rng.int(0, 50)) * MINUTE;
    const town = plan.households[list[0].householdIdx].area.kind === 'town';
    for (const d of list) {
      const minuteOfDay = (t - day) / MINUTE;
      if (minuteOfDay >= 11 * 60 + 45 && minuteOfDay < 13 * 60 + 30) t = day + (13 * 60 + 30 + rng.int(0, 15)) * MINUTE;
      if (minuteOfDay >= 19 * 60) break;
      const startedAt = t;
      const endedAt = t + d.minutes * MINUTE;
      t = endedAt + (town ? rng.int(3, 12) : rng.int(5, 20)) * MINUTE;
      const where = d.type === 'call' ? { lat: null, lng: null, outsideGrid: null } : locate(rng, plan, d.householdIdx);
      const text = notes(rng, d, themeOf(d.householdIdx));
      if (endedAt > cap) continue;
      out.push({
        householdIdx: d.householdIdx,
        visitorIds: d.visitorIds,
        startedAt: new Date(startedAt),
        endedAt: new Date(endedAt),
        type: d.type,
        ...where,
        ...text,
        createdAt: new Date(Math.min(cap, endedAt + rng.int(1, 40) * MINUTE)),
      });
    }
  }
  return out.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || a.householdIdx - b.householdIdx);
}
