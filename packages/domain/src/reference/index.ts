export * from './dated.ts';
export * from './day-date.ts';
export * from './ecb-rates.ts';
export * from './payment-rules.ts';
export * from './procurement-thresholds.ts';
export * from './school-holidays.ts';
export * from './show-rules.ts';
export * from './vat.ts';
