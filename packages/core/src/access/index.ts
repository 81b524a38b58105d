export * from './roles';
export * from './policy';
