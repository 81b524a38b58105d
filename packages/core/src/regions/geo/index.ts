export * from './geometry';
export * from './grid-code';
export * from './gcj02';
export * from './point-in-polygon';
export * from './spatial-index';
export * from './geojson-problems';
export * from './validate-geojson';
export { AREA_TOLERANCE_M2, sharedArea } from './grid-overlap';
export { det2Sign } from './orient';
