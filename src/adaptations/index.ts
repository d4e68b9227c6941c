export * from './adaptationId';
export * from './issueCodes';
