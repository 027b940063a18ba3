export * from './rules';
export * from './measures';
export * from './score';
export * from './projection';
