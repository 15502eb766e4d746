export * from './vacancy-score';
export * from './distance';
export * from './eligibility';
export * from './ordering';
