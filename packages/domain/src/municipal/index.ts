export * from './payment.ts';
export * from './procurement.ts';
export * from './text.ts';
