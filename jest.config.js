// Four tiers (ARCHITECTURE.md "Tests"): unit (*.spec.ts, pure), int (*.int-spec.ts, real PostgreSQL and queues),
// e2e (apps/*/test/*.e2e-spec.ts, the API over HTTP), web (apps/web/test/*.web-spec.ts, the pages in Chromium).
// The global setup provides a PostgreSQL server for all of them.
const { existsSync } = require('node:fs');

// The web tier needs a browser. On a machine without one (a newcomer's, before `apt-get install chromium`) it is
// replaced by one loudly skipped test that says how to install it; in CI a missing browser fails the run instead.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const webTests =
  existsSync(chromiumPath) || process.env.CI
    ? ['<rootDir>/apps/web/test/**/*.web-spec.ts']
    : ['<rootDir>/apps/web/test/browser-missing.notice.ts'];

const common = {
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  maxWorkers: 2,
  // Jest reads testTimeout from the top level, not from a project: database-backed tests get a minute.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.int-spec.ts'],
      testTimeout: 60_000,
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/apps/**/test/**/*.e2e-spec.ts'], testTimeout: 60_000 },
    { ...common, displayName: 'web', testMatch: webTests, testTimeout: 120_000 },
  ],
};
