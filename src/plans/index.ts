export * from './issueCodes';
