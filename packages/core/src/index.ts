export * from './errors';
export * from './regions/types';
export * from './access';
export * from './regions/codes';
