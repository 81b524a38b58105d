/** Households (A7, A8, A11.1, C3, D5, D8, D10): visit classes, visit status, ID numbers and masks, verification draws. */
export * from './visit-class';
export * from './visit-status';
export * from './visit-facts';
export * from './visit-plan';
export * from './visit-hours';
export * from './id-number';
export * from './sample-draw';
export * from './verification-form';
export { hashSeed, seededRandom } from './seeded-random';
export * from './survey-form';
