export * from './procurement.ts';
export * from './text.ts';
