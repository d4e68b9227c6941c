export * from './adaptations';
export * from './core';
export * from './inputSchemas';
export * from './matching';
export * from './needs';
export * from './plans';
export * from './privacy';
export * from './process';
