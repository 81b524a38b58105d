/**
 * Great-circle distance on the WGS-84 mean sphere (haversine): metre-accurate at city scale, which
 * is all "nearby case" questions need. Points are `{ lat, lng }` in degrees.
 */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean Earth radius in metres (IUGG). */
export const EARTH_RADIUS_M = 6_371_008.8;

const rad = (deg: number) => (deg * Math.PI) / 180;

export function haversineMetres(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A lat/lng box that holds every point within `metres` of `centre` (a cheap index prefilter before
 * the exact distance). Slightly generous; longitudes widen towards the poles.
 */
export function boundingBox(centre: LatLng, metres: number): { south: number; north: number; west: number; east: number } {
  const dLat = (metres / EARTH_RADIUS_M) * (180 / Math.PI) * 1.001;
  const cos = Math.cos(rad(centre.lat));
  const dLng = cos < 1e-9 ? 180 : Math.min(180, dLat / cos);
  return { south: centre.lat - dLat, north: centre.lat + dLat, west: centre.lng - dLng, east: centre.lng + dLng };
}

/** The point `metres` north and `east` metres east of `from` (small offsets; tests and demo data). */
export function offsetMetres(from: LatLng, north: number, east: number): LatLng {
  const lat = from.lat + (north / EARTH_RADIUS_M) * (180 / Math.PI);
  return { lat, lng: from.lng + (east / (EARTH_RADIUS_M * Math.cos(rad(from.lat)))) * (180 / Math.PI) };
}
