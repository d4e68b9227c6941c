export * from './consentScope';
export * from './issueCodes';
export * from './seStep';
