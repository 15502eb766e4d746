import { Controller, Get, Header, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { gunzipSync } from 'node:zlib';
import { OpenDataReleaseEntity, OpenDataReleases, openDataGuidanceCsv } from '@app/metrics';
import { Public } from '../auth/auth.decorators';
import { openDataListPage } from './open-data-page';

/** A release date in a file name: outcomes-YYYY-MM-DD.csv. */
const RELEASE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Clients may keep a file this long before asking again; a new release is at most a day away. */
const MAX_AGE_SECONDS = 300;

/**
 * Published open data (METRICS.md "Open data"): stored releases written by the worker after each completed CITY run,
 * served as they are, never computed on a request. Public: no token needed.
 */
@Public()
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly releases: OpenDataReleases) {}

  /** The releases: a page for people, JSON for machines (`Accept: application/json`). */
  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const releases = (await this.releases.list()).map((release) => ({
      date: release.releaseDate,
      timePeriod: release.timePeriod,
      rows: release.rows,
      bytes: release.bytes,
      computedAt: release.computedAt.toISOString(),
      link: `/open-data/outcomes-${release.releaseDate}.csv`,
    }));
    response.vary('Accept').setHeader('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`);
    if (request.accepts(['html', 'json']) === 'json') {
      response.json({ latest: releases.length ? '/open-data/outcomes.csv' : null, releases });
      return;
    }
    response.type('html').send(openDataListPage(releases));
  }

  @Get('outcomes.meta.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="outcomes.meta.csv"')
  @Header('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`)
  guidance(): string {
    return openDataGuidanceCsv();
  }

  @Get('outcomes.csv')
  async latest(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.send(request, response, await this.releases.withFile(), 'outcomes.csv');
  }

  @Get('outcomes-:date.csv')
  async byDate(@Param('date') date: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const release = RELEASE_DATE.test(date) ? await this.releases.withFile(date) : null;
    this.send(request, response, release, `outcomes-${date}.csv`);
  }

  /**
   * The stored file: compressed as stored when the client takes gzip (every browser and curl --compressed), else
   * decompressed here. `ETag` and `Last-Modified` let a client ask again for nothing (304).
   */
  private send(request: Request, response: Response, release: OpenDataReleaseEntity | null, name: string): void {
    if (!release?.csvGzip) {
      response
        .status(404)
        .type('text/plain')
        .send('No open data has been published for that date. The list of releases is at /open-data/');
      return;
    }
    response.vary('Accept-Encoding').set({
      'Cache-Control': `public, max-age=${MAX_AGE_SECONDS}`,
      ETag: release.etag,
      'Last-Modified': release.computedAt.toUTCString(),
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `inline; filename="${name}"`,
    });
    // Express's freshness check compares If-None-Match and If-Modified-Since with the headers just set.
    if (request.fresh) {
      response.status(304).end();
      return;
    }
    if (request.acceptsEncodings('gzip') === 'gzip') {
      response.set('Content-Encoding', 'gzip').end(release.csvGzip);
      return;
    }
    response.end(gunzipSync(release.csvGzip));
  }
}
