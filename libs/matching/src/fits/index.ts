export * from './match-note';
export * from './interests-rule';
export * from './hours-rule';
export * from './times-rule';
export * from './digital-rule';
export * from './fit-notes';
