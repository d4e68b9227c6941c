export * from './assessSeqf';
export * from './issueCodes';
export * from './seqfCatalogue';
export * from './seqfSelfAssessment';
