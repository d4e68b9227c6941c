export * from './compareNorwegianLevels';
export * from './issueCodes';
export * from './needId';
export * from './needsProfile';
export * from './norwegianLevel';
export * from './programme';
