export * from './capabilities';
export * from './roles';
export * from './registry-kit';
export * from './registry';
export * from './policy';
export * from './grants';
export * from './menu';
