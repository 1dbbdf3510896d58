export * from './funding.js';
export * from './error-codes.js';
export * from './roles.js';
export * from './domain.js';
export * from './guidance.js';
export * from './revision.js';
export * from './household-import.js';
export * from './programme-config.js';
