/**
 * All user-facing Vietnamese text, in one module (one file per feature, re-exported here).
 * Text is NFC with correct accents; identifiers stay English.
 */
export * from './ui';
export * from './validation';
export * from './totals';
export * from './report';
export * from './confirm';
export * from './sidebar';
export * from './remind';
export * from './doctor';
