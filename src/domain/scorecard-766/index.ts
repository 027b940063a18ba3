export * from './rules';
export * from './measures';
export * from './score';
export * from './projection';
export * from './ranking';
export * from './targets';
