// Run instead of the web tier when there is no Chromium (jest.config.js): says loudly what was not tested and how
// to test it, rather than failing a newcomer's first `npm test` on a missing system package.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const howToInstall = `install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH, then npm run test:web`;

console.warn(
  `WEB TESTS NOT RUN: no Chromium at ${chromiumPath}; ${howToInstall}. CI installs it and fails without it.`,
);

describe('web tier (the pages in Chromium)', () => {
  it.skip(`is not run: no Chromium at ${chromiumPath} (${howToInstall})`, () => undefined);
});
