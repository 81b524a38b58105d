/** Leaflet helpers for GridMap: projection to the base map, grid styles and focus outlines. */
import L from 'leaflet';
import type { GeoJSON, GridFeatureProps, Id, Meta } from '../api/types';
import { gcj02ToWgs84, wgs84ToGcj02 as toGcj02 } from '@gridwork/core/regions/geo/gcj02';

const wgs84ToGcj02 = (p: readonly number[]): [number, number] => toGcj02(p[0], p[1]);

export type MapConfig = Meta['map'];

/** Used when /meta is unreachable: the demo street's neighbourhood at a city zoom. */
export const DEFAULT_MAP: MapConfig = { tileUrl: null, tileCrs: 'wgs84', center: [30.25, 120.16], zoom: 13 };

export type Project = (lngLat: readonly number[]) => L.LatLng;

/**
 * Stored coordinates are WGS-84. Only when a GCJ-02 tile layer is shown are they shifted,
 * here at the map, so polygons sit on the right streets of a Gaode/Tencent base map.
 */
export function projector(config: MapConfig): Project {
  if (config.tileUrl && config.tileCrs === 'gcj02') {
    return (c) => {
      const [lng, lat] = wgs84ToGcj02(c);
      return L.latLng(lat, lng);
    };
  }
  return (c) => L.latLng(c[1], c[0]);
}

/** The inverse of `projector`: a point on the map (a click) back to stored WGS-84. */
export function unprojector(config: MapConfig): (p: L.LatLng) => { lat: number; lng: number } {
  if (config.tileUrl && config.tileCrs === 'gcj02') {
    return (p) => {
      const [lng, lat] = gcj02ToWgs84(p.lng, p.lat);
      return { lat, lng };
    };
  }
  return (p) => ({ lat: p.lat, lng: p.lng });
}

const PALETTE = ['#1677ff', '#13c2c2', '#52c41a', '#722ed1', '#eb2f96', '#fa8c16', '#2f54eb', '#a0d911'];

export function colourFor(parentId: Id | null): string {
  const n = typeof parentId === 'number' ? parentId : String(parentId ?? '').length;
  return PALETTE[Math.abs(n) % PALETTE.length];
}

export type GridLook = 'normal' | 'focused' | 'dimmed' | 'selected';

/** `fill`: a colour chosen by the page (e.g. a compliance rate), drawn stronger; else the parent's colour. */
export function gridStyle(props: GridFeatureProps, look: GridLook, fill?: string | null): L.PathOptions {
  const colour = fill ?? colourFor(props.parentId);
  const base: L.PathOptions = {
    className: 'gw-grid',
    color: colour,
    weight: 1.5,
    fillColor: colour,
    fillOpacity: fill ? 0.45 : 0.18,
    opacity: 0.9,
  };
  switch (look) {
    case 'focused':
      return { ...base, weight: 2.5, fillOpacity: 0.32 };
    case 'dimmed':
      return { ...base, weight: 1, fillOpacity: 0.06, opacity: 0.45 };
    case 'selected':
      return { ...base, color: '#fa541c', weight: 3.5, fillOpacity: 0.4 };
    default:
      return base;
  }
}

/** Draws the outline of a non-grid region (or its point) for focusing; returns the layer. */
export function focusOutline(
  geometry: GeoJSON.Geometry | null | undefined,
  point: readonly number[] | null | undefined,
  project: Project,
): L.Layer | null {
  if (geometry && geometry.type !== 'Point') {
    return L.geoJSON(geometry as GeoJSON.Geometry, {
      coordsToLatLng: (c) => project(c),
      style: { color: '#fa541c', weight: 2, dashArray: '6 4', fill: false, interactive: false },
    });
  }
  const p = point ?? (geometry?.type === 'Point' ? geometry.coordinates : null);
  if (!p) return null;
  return L.circleMarker(project(p), { radius: 8, color: '#fa541c', weight: 3, fillOpacity: 0.6, interactive: false });
}

/** Bounds of a layer that may be a marker or a vector layer. */
export function layerBounds(layer: L.Layer): L.LatLngBounds | null {
  if (layer instanceof L.CircleMarker) return L.latLngBounds([layer.getLatLng()]);
  if ('getBounds' in layer && typeof (layer as L.FeatureGroup).getBounds === 'function') {
    const b = (layer as L.FeatureGroup).getBounds();
    return b.isValid() ? b : null;
  }
  return null;
}

/** Tags each drawn polygon so tests and styles can find it: class `gw-grid`, `data-code`. */
export function tagPath(layer: L.Path, props: GridFeatureProps): void {
  const el = layer.getElement();
  if (!el) return;
  el.classList.add('gw-grid');
  el.setAttribute('data-code', props.code);
  el.setAttribute('data-id', String(props.id));
}

/**
 * Hides grid labels that would overlap a label already shown (greedy, in drawing order), so a
 * zoomed-out map or a narrow phone shows a readable subset instead of a pile of text.
 */
export function declutterLabels(container: HTMLElement): void {
  const labels = Array.from(container.querySelectorAll<HTMLElement>('.gw-grid-label'));
  for (const el of labels) el.style.visibility = '';
  const rects = labels.map((el) => el.getBoundingClientRect());
  const kept: DOMRect[] = [];
  labels.forEach((el, i) => {
    const r = rects[i];
    const hit = kept.some((k) => r.left < k.right + 2 && r.right + 2 > k.left && r.top < k.bottom && r.bottom > k.top);
    if (hit) el.style.visibility = 'hidden';
    else kept.push(r);
  });
}
