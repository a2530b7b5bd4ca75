export * from './facturx.ts';
export * from './identifiers.ts';
export * from './invoice.ts';
export * from './invoice-number.ts';
export * from './payment.ts';
export * from './procurement.ts';
export * from './text.ts';
