/**
 * The offline base map under the grids (issue 11 item 10): roads with their names and building
 * footprints from GET /basemap, drawn only when no tile layer is configured. Below the grids (its own
 * pane), never clickable; road names are text nodes (never HTML), shown from street zoom on.
 */
import L from 'leaflet';
import { useEffect } from 'react';
import { api } from '../api/client';
import type { GeoJSON } from '../api/types';
import { textElement } from '../lib/html';
import type { Project } from './gridMapLayers';
import './gridMapBase.css';

export type BasemapKind = 'major-road' | 'road' | 'compound' | 'building';
export type BasemapCollection = GeoJSON.FeatureCollection<GeoJSON.LineString | GeoJSON.Polygon, { kind: BasemapKind; name: string | null }>;

/** Road names show from this zoom on (a few blocks across the screen). */
export const ROAD_LABEL_ZOOM = 14.5;
/** Footprints show from this zoom on (below it they are specks that only add noise). */
const FOOTPRINT_ZOOM = 13;
/** Above this many features the base map is painted on a canvas instead of SVG elements. */
const CANVAS_FROM = 3000;
const PANE = 'gw-base';
const LABEL_PANE = 'gw-base-labels';

const isRoad = (k: BasemapKind) => k === 'major-road' || k === 'road';

/** Road widths follow the zoom, so a town-wide view stays light and a street view reads as streets. */
function roadStyle(kind: BasemapKind, zoom: number, casing: boolean): L.PathOptions {
  const major = kind === 'major-road';
  const base = Math.max(1, Math.min(major ? 16 : 12, (zoom - (major ? 10.5 : 11.5)) * (zoom > 15 ? 2.6 : 2)));
  return casing
    ? { color: '#cdd2d9', weight: base + 2, opacity: 1, lineCap: 'butt', lineJoin: 'round', interactive: false }
    : { color: '#ffffff', weight: base, opacity: 1, lineCap: 'butt', lineJoin: 'round', interactive: false };
}

function areaStyle(kind: BasemapKind): L.PathOptions {
  return kind === 'compound'
    ? { stroke: true, color: '#dfe3d6', weight: 1, fillColor: '#eaeee2', fillOpacity: 1, interactive: false }
    : { stroke: true, color: '#d3cec6', weight: 0.8, fillColor: '#e4e0d9', fillOpacity: 1, interactive: false };
}

function ensurePane(map: L.Map, name: string, zIndex: number): void {
  if (map.getPane(name)) return;
  const pane = map.createPane(name);
  pane.style.zIndex = String(zIndex);
  pane.style.pointerEvents = 'none';
}

/** A road's name recurs about this far apart (metres), so a zoomed-in view still shows it. */
const LABEL_EVERY_M = 1200;

/**
 * Where along a road its name goes: from a quarter in (from one end or the other, alternating by road,
 * so crossing roads' names do not meet), then every LABEL_EVERY_M; each with the road's angle there.
 */
function labelSpots(line: L.LatLng[], map: L.Map, index: number): Array<{ at: L.LatLng; angle: number }> {
  const lengths = line.slice(1).map((p, i) => p.distanceTo(line[i]));
  const total = lengths.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return [];
  const start = Math.min(total * 0.27, LABEL_EVERY_M / 2);
  const wanted: number[] = [];
  for (let d = start; d < total - 40; d += LABEL_EVERY_M) wanted.push(index % 2 === 0 ? d : total - d);
  return wanted.map((d) => {
    let i = 0;
    while (i < lengths.length - 1 && d > lengths[i]) d -= lengths[i++];
    const t = lengths[i] > 0 ? Math.min(1, d / lengths[i]) : 0;
    const [a, b] = [map.project(line[i], 18), map.project(line[i + 1], 18)];
    const at = map.unproject(L.point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t), 18);
    return { at, angle: (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI };
  });
}

/** A road's name as a text node, turned along the road (written top to bottom on a north-south road). */
function roadLabel(name: string, angle: number): HTMLElement {
  let a = ((angle % 180) + 180) % 180; // 0..180
  if (a > 90) a -= 180; // -90..90
  const vertical = Math.abs(a) > 45;
  const el = textElement(name, vertical ? 'gw-road-name gw-road-name-v' : 'gw-road-name');
  el.style.transform = `rotate(${(vertical ? a - Math.sign(a) * 90 : a).toFixed(1)}deg)`;
  return el;
}

/** Hides a road's name where it would overlap a grid's name or another road's (the grids' names win). */
export function declutterRoadLabels(container: HTMLElement): void {
  const roads = Array.from(container.querySelectorAll<HTMLElement>('.gw-road-label'));
  for (const el of roads) el.style.visibility = '';
  const grids = Array.from(container.querySelectorAll<HTMLElement>('.gw-grid-label')).filter((el) => el.style.visibility !== 'hidden');
  const kept: DOMRect[] = grids.map((el) => el.getBoundingClientRect());
  for (const el of roads) {
    const r = (el.firstElementChild ?? el).getBoundingClientRect();
    if (r.width === 0) continue;
    const hit = kept.some((k) => r.left < k.right + 2 && r.right + 2 > k.left && r.top < k.bottom + 1 && r.bottom + 1 > k.top);
    if (hit) el.style.visibility = 'hidden';
    else kept.push(r);
  }
}

/** Draws the base map; returns the group (remove it to take the base map away). */
export function drawBasemap(map: L.Map, fc: BasemapCollection, project: Project): L.LayerGroup {
  ensurePane(map, PANE, 350); // under the grids (overlay pane, 400)
  ensurePane(map, LABEL_PANE, 450); // road names above the grid fills, under the grid names (tooltip pane, 650)
  const renderer = fc.features.length > CANVAS_FROM ? L.canvas({ pane: PANE }) : L.svg({ pane: PANE });
  const group = L.layerGroup();
  const roads: Array<{ kind: BasemapKind; casing: L.Polyline; core: L.Polyline }> = [];
  const areas = fc.features.filter((f) => f.geometry?.type === 'Polygon');
  // compounds first, their buildings on top
  areas.sort((a, b) => (a.properties.kind === 'compound' ? 0 : 1) - (b.properties.kind === 'compound' ? 0 : 1));
  for (const f of areas) {
    const rings = (f.geometry as GeoJSON.Polygon).coordinates.map((ring) => ring.map(project));
    const cls = f.properties.kind === 'compound' ? 'gw-compound' : 'gw-building';
    group.addLayer(L.polygon(rings, { ...areaStyle(f.properties.kind), renderer, pane: PANE, className: cls }));
  }
  const lines = fc.features.filter((f) => f.geometry?.type === 'LineString' && isRoad(f.properties.kind));
  // minor roads under major ones, casings under every road's core
  lines.sort((a, b) => (a.properties.kind === 'major-road' ? 1 : 0) - (b.properties.kind === 'major-road' ? 1 : 0));
  const zoom = map.getZoom();
  // every casing is created (so drawn) before any road's core: crossings read as one network
  const casings = lines.map((f) => {
    const latlngs = (f.geometry as GeoJSON.LineString).coordinates.map(project);
    return L.polyline(latlngs, { ...roadStyle(f.properties.kind, zoom, true), renderer, pane: PANE, className: 'gw-road-casing' });
  });
  for (const c of casings) group.addLayer(c);
  lines.forEach((f, i) => {
    const latlngs = casings[i].getLatLngs() as L.LatLng[];
    const core = L.polyline(latlngs, { ...roadStyle(f.properties.kind, zoom, false), renderer, pane: PANE, className: 'gw-road' });
    roads.push({ kind: f.properties.kind, casing: casings[i], core });
    group.addLayer(core);
    const name = f.properties.name;
    for (const spot of name ? labelSpots(latlngs, map, i) : []) {
      const label = L.tooltip({
        permanent: true,
        direction: 'center',
        className: 'gw-road-label',
        pane: LABEL_PANE,
        interactive: false,
        opacity: 1,
      });
      group.addLayer(label.setLatLng(spot.at).setContent(roadLabel(name!, spot.angle)));
    }
  });
  let frame = 0;
  const restyle = () => {
    const z = map.getZoom();
    for (const r of roads) {
      r.casing.setStyle(roadStyle(r.kind, z, true));
      r.core.setStyle(roadStyle(r.kind, z, false));
    }
    map.getContainer().classList.toggle('gw-map-far', z < ROAD_LABEL_ZOOM);
    map.getContainer().classList.toggle('gw-map-farther', z < FOOTPRINT_ZOOM);
  };
  const declutter = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => declutterRoadLabels(map.getContainer()));
  };
  restyle();
  declutter();
  map.on('zoomend', restyle);
  map.on('zoomend moveend resize', declutter);
  group.on('remove', () => {
    cancelAnimationFrame(frame);
    map.off('zoomend', restyle);
    map.off('zoomend moveend resize', declutter);
  });
  map.getContainer().classList.add('gw-map-based');
  return group.addTo(map);
}

/** Fetches the base map near the caller's grids and draws it; nothing when `enabled` is false or the request fails (offline). */
export function useBasemap(map: L.Map | null, project: Project, enabled: boolean): void {
  useEffect(() => {
    if (!map || !enabled) return;
    const ctrl = new AbortController();
    let group: L.LayerGroup | null = null;
    api
      .get<BasemapCollection>('/basemap', { signal: ctrl.signal })
      .then((fc) => {
        if (!ctrl.signal.aborted && fc.features.length > 0) group = drawBasemap(map, fc, project);
      })
      .catch(() => {}); // no base map (offline, an old server): the grids alone, as before
    return () => {
      ctrl.abort();
      group?.remove(); // harmless after the map itself was removed
      map.getContainer().classList.remove('gw-map-based', 'gw-map-far', 'gw-map-farther');
    };
  }, [map, project, enabled]);
}
