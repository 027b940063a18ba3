export * from './rate';
export * from './dossier-measures';
export * from './change';
export * from './period';
export * from './format';
export * from './ranking';
export * from './text';
export * from './channel-shares';
