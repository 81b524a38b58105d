/**
 * The two ways the compliance map colours a group: by pace (the default: behind, at risk, on track,
 * from the periods that ended unmet or are nearly gone; core `paceOf`) or by the share already met
 * (green ≥ 90 %, yellow ≥ 60 %, red below). Early in a period every grid has a low rate though
 * nothing is late, so pace is what tells a lead where to act.
 */
import { paceOf, type Pace } from '@gridwork/core/obligations/pace';
import type { ComplianceRow } from '../../api/visits';
import { rateColour } from '../households/householdFormat';

export type ColourBy = 'pace' | 'rate';

export const PACE_COLOUR: Record<Pace, string> = {
  behind: '#ff4d4f',
  'at-risk': '#faad14',
  'on-track': '#52c41a',
  empty: '#bfbfbf',
};

export const LEGENDS: Record<ColourBy, readonly (readonly [string, string])[]> = {
  pace: [
    ['legendPace.on-track', PACE_COLOUR['on-track']],
    ['legendPace.at-risk', PACE_COLOUR['at-risk']],
    ['legendPace.behind', PACE_COLOUR.behind],
    ['legend.empty', PACE_COLOUR.empty],
  ],
  rate: [
    ['legend.good', '#52c41a'],
    ['legend.fair', '#faad14'],
    ['legend.poor', '#ff4d4f'],
    ['legend.empty', '#bfbfbf'],
  ],
};

export function rowPace(row: Pick<ComplianceRow, 'households' | 'overdue' | 'atRisk'>): Pace {
  return paceOf(row);
}

export function colourOfRow(row: ComplianceRow, by: ColourBy): string {
  return by === 'pace' ? PACE_COLOUR[rowPace(row)] : rateColour(row.rate, row.households);
}

/** The colouring named in the address (`?colour=rate`), pace otherwise. */
export function colourByOf(param: string | null): ColourBy {
  return param === 'rate' ? 'rate' : 'pace';
}
