import { startWebTestApp, WebTestApp } from './web-test-app';

describe('smoke', () => {
  let app: WebTestApp;
  beforeAll(async () => {
    app = await startWebTestApp();
  });
  afterAll(() => app?.close());

  it('serves pages', async () => {
    for (const path of ['/', '/courses', '/jobs', '/sign-in', '/create-account', '/accessibility', '/nope']) {
      const response = await fetch(`${app.baseUrl}${path}`);
      const text = await response.text();
      console.log(path, response.status, text.length, text.slice(0, 3000).replace(/\s+/g, ' ').slice(0, 600));
    }
  });
});
