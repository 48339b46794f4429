/** District totals: the model (model.ts), computing it (compute.ts), and the `Tổng hợp` layout. */
export * from './model';
export * from './compute';
export * from './sheet-layout';
