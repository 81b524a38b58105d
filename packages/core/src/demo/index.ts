export * from './geometry';
export * from './prng';
export * from './tiling';
export { chineseNumber } from './names';
export * from './accounts';
export * from './basemap';
