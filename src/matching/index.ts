export * from './issueCodes';
export * from './matchFactorId';
