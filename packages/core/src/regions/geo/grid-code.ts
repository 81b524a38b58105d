/**
 * Region codes (A1, B1).
 *
 * Grid codes follow the common 15-digit form:
 *   AAAAAA SSS CCC GGG
 *   6-digit administrative (county/district) code, 3-digit street/town, 3-digit community,
 *   3-digit grid sequence. The 9-digit prefix is the street/town code, the 12-digit prefix the
 *   community code.
 *
 * Workstations group grids inside one community and are not part of the grid code (a grid keeps
 * its code when it moves to another workstation of the same community). A workstation's code is
 * the community code + `W` + a 2-digit sequence: `110105001002W01`. It has the same length as a
 * grid code but can never be mistaken for one, sorts next to its community and names it.
 *
 * Points below a grid (compounds, buildings) use the grid code + `P` + a 2-digit sequence.
 */
import { DomainError } from '../../errors';

export const GRID_CODE_LENGTH = 15;
export const INVALID_REGION_CODE = 'INVALID_REGION_CODE';

export interface GridCodeParts {
  /** 6-digit administrative code, e.g. `110105`. */
  admin: string;
  /** 3-digit street or town segment, `001`-`999`. */
  street: string;
  /** 3-digit community segment, `001`-`999`. */
  community: string;
  /** 3-digit grid sequence, `001`-`999`. */
  seq: string;
}

export type Segment = string | number;

const GRID_RE = /^(\d{6})(\d{3})(\d{3})(\d{3})$/;
const WORKSTATION_RE = /^(\d{12})W(\d{2})$/;
const PLACE_RE = /^(\d{15})P(\d{2})$/;

/** True for a well-formed grid code: 15 digits, no all-zero segment. */
export function isGridCode(code: unknown): code is string {
  const m = typeof code === 'string' ? GRID_RE.exec(code) : null;
  return m?.slice(1).every((s) => !/^0+$/.test(s)) ?? false;
}

/** True for a 12-digit community code (no all-zero segment). */
export function isCommunityCode(code: unknown): code is string {
  return typeof code === 'string' && /^\d{12}$/.test(code) && isGridCode(`${code}001`);
}

/** True for a 9-digit street/town code. */
export function isStreetCode(code: unknown): code is string {
  return typeof code === 'string' && /^\d{9}$/.test(code) && isGridCode(`${code}001001`);
}

export function isWorkstationCode(code: unknown): code is string {
  const m = typeof code === 'string' ? WORKSTATION_RE.exec(code) : null;
  return m !== null && isCommunityCode(m[1]) && m[2] !== '00';
}

export function isPlaceCode(code: unknown): code is string {
  const m = typeof code === 'string' ? PLACE_RE.exec(code) : null;
  return m !== null && isGridCode(m[1]) && m[2] !== '00';
}

function pad(value: Segment, width: number, what: string): string {
  const s = typeof value === 'number' ? String(value).padStart(width, '0') : value;
  if (!new RegExp(`^\\d{${width}}$`).test(s) || /^0+$/.test(s)) {
    throw new DomainError(INVALID_REGION_CODE, `${what} must be ${width} digits and not all zero: ${String(value)}`);
  }
  return s;
}

/** Builds a grid code; numbers are zero-padded (`composeGridCode({ admin: '110105', street: 1, community: 2, seq: 7 })`). */
export function composeGridCode(parts: { admin: string; street: Segment; community: Segment; seq: Segment }): string {
  return composeCommunityCode(parts) + pad(parts.seq, 3, 'grid sequence');
}

/** The 9-digit code of a street or town. */
export function composeStreetCode(parts: { admin: string; street: Segment }): string {
  return pad(parts.admin, 6, 'administrative code') + pad(parts.street, 3, 'street segment');
}

/** The 12-digit code of a community. */
export function composeCommunityCode(parts: { admin: string; street: Segment; community: Segment }): string {
  return composeStreetCode(parts) + pad(parts.community, 3, 'community segment');
}

/** Splits a grid code into its segments; throws `INVALID_REGION_CODE` when it is not one. */
export function splitGridCode(code: string): GridCodeParts {
  if (!isGridCode(code)) throw new DomainError(INVALID_REGION_CODE, `not a 15-digit grid code: ${code}`);
  const [, admin, street, community, seq] = GRID_RE.exec(code)!;
  return { admin, street, community, seq };
}

/** The 9-digit street/town code a grid code belongs to. */
export function streetCodeOf(gridCode: string): string {
  const { admin, street } = splitGridCode(gridCode);
  return admin + street;
}

/** The 12-digit community code a grid, workstation or place code belongs to. */
export function communityCodeOf(code: string): string {
  if (isGridCode(code) || isWorkstationCode(code) || isPlaceCode(code)) return code.slice(0, 12);
  if (isCommunityCode(code)) return code;
  throw new DomainError(INVALID_REGION_CODE, `no community in code: ${code}`);
}

export function composeWorkstationCode(communityCode: string, seq: Segment): string {
  if (!isCommunityCode(communityCode)) {
    throw new DomainError(INVALID_REGION_CODE, `not a 12-digit community code: ${communityCode}`);
  }
  return `${communityCode}W${pad(seq, 2, 'workstation sequence')}`;
}

export function splitWorkstationCode(code: string): { community: string; seq: string } {
  if (!isWorkstationCode(code)) throw new DomainError(INVALID_REGION_CODE, `not a workstation code: ${code}`);
  return { community: code.slice(0, 12), seq: code.slice(13) };
}

export function composePlaceCode(gridCode: string, seq: Segment): string {
  if (!isGridCode(gridCode)) throw new DomainError(INVALID_REGION_CODE, `not a 15-digit grid code: ${gridCode}`);
  return `${gridCode}P${pad(seq, 2, 'place sequence')}`;
}

/**
 * Whether `parentCode` can hold a grid with `gridCode`: the parent is the grid's community
 * (12 digits) or one of that community's workstations.
 */
export function isGridParentCode(gridCode: string, parentCode: string): boolean {
  if (!isGridCode(gridCode)) return false;
  const community = gridCode.slice(0, 12);
  return parentCode === community || (isWorkstationCode(parentCode) && parentCode.slice(0, 12) === community);
}
