/**
 * A GeoJSON import problem in the reader's language: the feature by number (from 1) and name, a title and an
 * explanation per stable code (i18n `geojsonProblem.codes`), the place in words ("第 1 个多边形 · 外环 · 第 3 个点 ·
 * 纬度") and the offending value read from the file itself. The server's English message stays for support.
 */
import { GEOJSON_LIMITS } from '@gridwork/core/regions/geo/geojson-limits';
import type { TFunction } from 'i18next';
import type { GeoJsonProblem } from '../../api/types';

export interface ProblemView {
  feature: string;
  title: string;
  help: string;
  where: string;
  /** The value at the problem's place, or the size of a short ring; null when it tells nothing. */
  value: string | null;
}

type Key = string | number;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const clip = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** `features[3].geometry.coordinates[0][2][1]` → ['features', 3, 'geometry', 'coordinates', 0, 2, 1]. */
export function pathKeys(path: string | undefined): Key[] {
  return [...(path ?? '').matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

function at(file: unknown, keys: Key[]): unknown {
  return keys.reduce<unknown>((node, k) => (isObject(node) ? (node as Record<Key, unknown>)[k] : undefined), file);
}

function featureLabel(t: TFunction, file: unknown, index: number): string {
  if (index < 0) return t('geojsonProblem.file');
  const name = at(file, ['features', index, 'properties', 'name']);
  return typeof name === 'string' && name.trim()
    ? t('geojsonProblem.featureNamed', { n: index + 1, name: clip(name.trim(), 40) })
    : t('geojsonProblem.feature', { n: index + 1 });
}

/** The place inside one feature, in words. */
function placeText(t: TFunction, file: unknown, keys: Key[]): string {
  const [, feature, section, ...rest] = keys;
  const p = (key: string, n?: number) => t(`geojsonProblem.place.${key}`, n === undefined ? {} : { n: n + 1 });
  if (section === 'properties') return [p('properties'), ...(typeof rest[0] === 'string' ? [p(rest[0])] : [])].join(' · ');
  if (section !== 'geometry') return section === 'type' ? p('type') : '';
  if (rest[0] === 'type') return p('geometryType');
  const multi = at(file, ['features', feature, 'geometry', 'type']) === 'MultiPolygon';
  const indexes = rest.slice(1).filter((k): k is number => typeof k === 'number');
  const [polygon, ring, position, axis] = multi ? indexes : [undefined, ...indexes];
  const parts = [p('geometry')];
  if (polygon !== undefined) parts.push(p('polygon', polygon));
  if (ring !== undefined) parts.push(ring === 0 ? p('outerRing') : t('geojsonProblem.place.hole', { n: ring }));
  if (position !== undefined) parts.push(p('position', position));
  if (axis !== undefined) parts.push(p(['lng', 'lat', 'alt'][axis] ?? 'position'));
  return parts.join(' · ');
}

/** Problems whose place holds the value the reader must correct. */
const SHOWS_VALUE = new Set([
  'COORDINATE_NOT_NUMBER',
  'COORDINATE_OUT_OF_RANGE',
  'POSITION_INVALID',
  'CODE_INVALID',
  'PARENT_NOT_FOUND',
  'CODE_PARENT_MISMATCH',
  'GEOMETRY_TYPE_INVALID',
  'FEATURE_INVALID',
]);

function valueText(t: TFunction, p: GeoJsonProblem, file: unknown, keys: Key[]): string | null {
  const v = at(file, keys);
  if (p.code === 'RING_TOO_SHORT' && Array.isArray(v)) return t('geojsonProblem.positions', { count: v.length });
  if (!SHOWS_VALUE.has(p.code) || keys.length === 0) return null;
  return t('geojsonProblem.value', { value: clip(JSON.stringify(v) ?? String(v)) });
}

/** "第 3 个要素（110105001001003）", "已有网格 …" or "上级 …": the other side of an overlap or a duplicate. */
function otherText(t: TFunction, file: unknown, params: Record<string, unknown>): string {
  const { otherFeature, otherCode, firstFeature, parentCode } = params;
  if (typeof firstFeature === 'number') return featureLabel(t, file, firstFeature);
  if (typeof otherFeature === 'number' && otherFeature >= 0)
    return t('geojsonProblem.otherFeature', { n: otherFeature + 1, code: otherCode });
  if (typeof otherCode === 'string') return t('geojsonProblem.existingGrid', { code: otherCode });
  return typeof parentCode === 'string' ? t('geojsonProblem.parent', { code: parentCode }) : '—';
}

export function describeGeoProblem(t: TFunction, p: GeoJsonProblem, file: unknown): ProblemView {
  const keys = pathKeys(p.path);
  const params: Record<string, unknown> = { ...(p.params ?? {}) };
  const limits = Object.fromEntries(Object.entries(GEOJSON_LIMITS).map(([k, v]) => [k, v.toLocaleString('en')]));
  const known = t(`geojsonProblem.codes.${p.code}.title`, { defaultValue: '' });
  return {
    feature: featureLabel(t, file, p.feature),
    title: known || p.code,
    help: known ? t(`geojsonProblem.codes.${p.code}.help`, { ...limits, ...params, other: otherText(t, file, params) }) : p.message,
    where: keys[0] === 'features' && typeof keys[1] === 'number' ? placeText(t, file, keys) : '',
    value: valueText(t, p, file, keys),
  };
}
