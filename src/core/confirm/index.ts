/** Period confirmation: the month and its deadline, `Nhật ký` records, state, and decisions. */
export * from './period';
export * from './records';
export * from './state';
export * from './decide';
