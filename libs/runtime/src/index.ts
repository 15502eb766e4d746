export * from './start-platform';
export * from './request-bodies';
