/** The review report's pure model: build it, name it, and fill templates from it. */
export * from './model';
export * from './format';
export * from './recipients';
export * from './placeholders';
export * from './build';
export * from './file-name';
