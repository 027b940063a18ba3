export * from './rate';
export * from './dossier-measures';
export * from './change';
export * from './period';
export * from './format';
