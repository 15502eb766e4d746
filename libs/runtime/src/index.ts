export * from './start-platform';
export * from './request-bodies';
export * from './http-drain';
