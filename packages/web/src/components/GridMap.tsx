/**
 * The grid map: Leaflet used directly. Grids are SVG polygons labelled with their names over the
 * offline base map (gridMapBase.ts), so the map works with no internet; a tile layer replaces it only when the
 * deployment configures one (/meta map.tileUrl), in its own coordinate system (WGS-84 or GCJ-02).
 */
import L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GeoJSON, GridCollection, GridFeatureProps, Id } from '../api/types';
import { escapeHtml, textElement } from '../lib/html';
import {
  declutterLabels,
  DEFAULT_MAP,
  focusOutline,
  gridStyle,
  layerBounds,
  projector,
  unprojector,
  tagPath,
  type GridLook,
  type MapConfig,
  type Project,
} from './gridMapLayers';
import { useBasemap } from './gridMapBase';

export interface MapFocus {
  /** Changes whenever the map should move. */
  key: string;
  gridIds: Set<Id>;
  geometry?: GeoJSON.Geometry | null;
  point?: [number, number] | null;
}

export interface GridMapProps {
  collection: GridCollection | undefined;
  config: MapConfig | null;
  focus: MapFocus | null;
  selectedGridId: Id | null;
  /** `at`: the clicked point in WGS-84 (a pin dropped on the map). */
  onGridClick: (grid: GridFeatureProps, at: { lat: number; lng: number }) => void;
  /** A point to mark on top of the grids ([lng, lat], WGS-84), e.g. where a case was reported. */
  marker?: [number, number] | null;
  /** A fill colour per grid (e.g. by visit compliance); memoise it. Without it, or for null, the parent's colour. */
  colourOf?: (grid: GridFeatureProps) => string | null | undefined;
}

const MAX_LABELS = 400;

interface GridLayer {
  path: L.Polygon;
  props: GridFeatureProps;
}
type GridLayers = Map<Id, GridLayer>;
const FIT = { padding: [24, 24] as L.PointTuple, maxZoom: 18 };

/** Maps already removed: their layers went with them, so later cleanups must not touch them. */
const removedMaps = new WeakSet<L.Map>();

function removeMap(m: L.Map): void {
  // Leaflet 1.9 finishes a zoom animation in a 250 ms timer that is not cleared by remove() and
  // then reads the removed panes ("reading '_leaflet_pos'"): end the animation first.
  (m as unknown as { _animatingZoom?: boolean })._animatingZoom = false;
  removedMaps.add(m);
  m.remove();
}

function useLeafletMap(el: React.RefObject<HTMLDivElement | null>, config: MapConfig, project: Project) {
  const [map, setMap] = useState<L.Map | null>(null);
  useEffect(() => {
    if (!el.current) return;
    const m = L.map(el.current, {
      center: project([config.center[1], config.center[0]]),
      zoom: config.zoom,
      attributionControl: Boolean(config.tileUrl),
      zoomSnap: 0.25,
    });
    if (config.tileUrl) {
      m.attributionControl.setPrefix(false);
      L.tileLayer(config.tileUrl, { attribution: escapeHtml(config.attribution ?? ''), maxZoom: 19 }).addTo(m);
    }
    const observer = new ResizeObserver(() => m.invalidateSize());
    observer.observe(el.current);
    setMap(m);
    return () => {
      observer.disconnect();
      removeMap(m);
      setMap(null);
    };
  }, [el, config, project]);
  return map;
}

function useGridLayers(
  map: L.Map | null,
  collection: GridCollection | undefined,
  project: Project,
  onClick: GridMapProps['onGridClick'],
  unproject: (p: L.LatLng) => { lat: number; lng: number },
) {
  const [layers, setLayers] = useState<GridLayers>(new Map());
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  useEffect(() => {
    if (!map || !collection) return;
    const byId: GridLayers = new Map();
    const labelled = collection.features.length <= MAX_LABELS;
    const group = L.geoJSON(collection, {
      coordsToLatLng: (c) => project(c),
      style: (f) => gridStyle(f?.properties as GridFeatureProps, 'normal'),
      onEachFeature: (feature, layer) => {
        const props = feature.properties as GridFeatureProps;
        byId.set(props.id, { path: layer as L.Polygon, props });
        // the name is text (a community grid lead sets it): an element, so Leaflet never parses it as HTML
        layer.bindTooltip(textElement(props.name), { permanent: labelled, direction: 'center', className: 'gw-grid-label', opacity: 1 });
        layer.on('click', (e) => clickRef.current(props, unproject((e as L.LeafletMouseEvent).latlng)));
      },
    }).addTo(map);
    for (const { path, props } of byId.values()) tagPath(path, props);
    setLayers(byId);
    return () => {
      if (!removedMaps.has(map)) group.remove();
      setLayers(new Map());
    };
  }, [map, collection, project, unproject]);
  return layers;
}

function useLooks(layers: GridLayers, focus: MapFocus | null, selectedGridId: Id | null, colourOf?: GridMapProps['colourOf']) {
  useEffect(() => {
    const focusing = focus !== null && focus.gridIds.size > 0;
    for (const [id, { path, props }] of layers) {
      let look: GridLook = 'normal';
      if (id === selectedGridId) look = 'selected';
      else if (focusing) look = focus.gridIds.has(id) ? 'focused' : 'dimmed';
      path.setStyle(gridStyle(props, look, colourOf?.(props)));
      if (look === 'selected') path.bringToFront();
    }
  }, [layers, focus, selectedGridId, colourOf]);
}

function boundsOf(layers: GridLayers, ids?: Set<Id>): L.LatLngBounds | null {
  let bounds: L.LatLngBounds | null = null;
  for (const [id, { path }] of layers) {
    if (ids && !ids.has(id)) continue;
    const b = path.getBounds();
    bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
  }
  return bounds?.isValid() ? bounds : null;
}

function useFocus(map: L.Map | null, layers: GridLayers, focus: MapFocus | null, project: Project) {
  useEffect(() => {
    if (!map || (layers.size === 0 && !focus?.geometry && !focus?.point)) return;
    const outline = focus && focus.gridIds.size === 0 ? focusOutline(focus.geometry, focus.point, project) : null;
    outline?.addTo(map);
    const target = outline ? layerBounds(outline) : boundsOf(layers, focus?.gridIds.size ? focus.gridIds : undefined);
    if (target) {
      const single = target.getNorthEast().equals(target.getSouthWest());
      if (single) map.setView(target.getCenter(), 17);
      else map.fitBounds(target, FIT);
    }
    return () => {
      if (!removedMaps.has(map)) outline?.remove();
    };
  }, [map, layers, focus, project]);
}

/** Drawn after (so above) the grid polygons: re-added whenever they are redrawn. */
function useMarker(map: L.Map | null, layers: GridLayers, marker: [number, number] | null | undefined, project: Project) {
  const lng = marker?.[0];
  const lat = marker?.[1];
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-added when the grid layers are redrawn, to stay above them
  useEffect(() => {
    if (!map || lng === undefined || lat === undefined) return;
    const m = L.circleMarker(project([lng, lat]), {
      radius: 8,
      color: '#fa541c',
      weight: 3,
      fillColor: '#fff',
      fillOpacity: 1,
      interactive: false,
      className: 'gw-marker',
    }).addTo(map);
    return () => {
      if (!removedMaps.has(map)) m.remove();
    };
  }, [map, layers, lng, lat, project]);
}

/** Re-runs label decluttering whenever the view changes. */
function useLabelDeclutter(map: L.Map | null, el: React.RefObject<HTMLDivElement | null>, layers: GridLayers) {
  useEffect(() => {
    if (!map || layers.size === 0) return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => el.current && declutterLabels(el.current));
    };
    schedule();
    map.on('zoomend moveend resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      map.off('zoomend moveend resize', schedule);
    };
  }, [map, el, layers]);
}

export function GridMap({ collection, config, focus, selectedGridId, onGridClick, marker, colourOf }: GridMapProps) {
  const el = useRef<HTMLDivElement>(null);
  const cfg = config ?? DEFAULT_MAP;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new config object with the same values keeps the map (no re-creation)
  const stableConfig = useMemo(() => cfg, [cfg.tileUrl, cfg.tileCrs, cfg.center[0], cfg.center[1], cfg.zoom, cfg.attribution]);
  const project = useMemo(() => projector(stableConfig), [stableConfig]);
  const map = useLeafletMap(el, stableConfig, project);
  useBasemap(map, project, !stableConfig.tileUrl);
  const unproject = useMemo(() => unprojector(stableConfig), [stableConfig]);
  const layers = useGridLayers(map, collection, project, onGridClick, unproject);
  useLooks(layers, focus, selectedGridId, colourOf);
  useFocus(map, layers, focus, project);
  useLabelDeclutter(map, el, layers);
  useMarker(map, layers, marker, project);
  return <div ref={el} className={`gw-map${cfg.tileUrl ? '' : ' gw-map-plain'}`} data-testid="grid-map" />;
}
