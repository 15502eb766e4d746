import express from 'express';
import { get } from 'node:http';
import { AddressInfo } from 'node:net';
import { OpenDataReleases } from '@app/metrics';
import { OpenDataController } from '../apps/api/src/http/open-data.controller';
import { timeEach } from './bench-database';

/**
 * Serves the stored open-data release with the API's own controller on a loopback port and times `requests` GETs of
 * `/open-data/outcomes.csv` taking gzip, each to its last byte (the METRICS.md "serving" target).
 */
export async function serveOpenData(releases: OpenDataReleases, requests: number) {
  const controller = new OpenDataController(releases);
  const app = express();
  app.get('/open-data/outcomes.csv', (request, response) => void controller.latest(request, response));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/open-data/outcomes.csv`;
  try {
    return await timeEach(
      Array.from({ length: requests }, (_, i) => i),
      // node:http rather than fetch: fetch would decompress the body, which a client does on its own time.
      () =>
        new Promise<void>((resolve, reject) => {
          get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
            if (response.statusCode !== 200) reject(new Error(`open data answered ${response.statusCode}`));
            response
              .on('data', () => undefined)
              .on('end', resolve)
              .on('error', reject);
          }).on('error', reject);
        }),
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
