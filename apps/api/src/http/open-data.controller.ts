import { Controller, Get, Header } from '@nestjs/common';
import { OPEN_DATA_CACHE_MS, OpenDataService } from '@app/metrics';
import { Public } from '../auth/auth.decorators';

/**
 * Published aggregate outcomes (API.md "Transport"; METRICS.md "Disclosure control" → open data): CITY and every
 * PROGRAMME, counts rounded to 5, small values `c`, not-applicable values `z`. Public: no token needed.
 */
@Public()
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('outcomes.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="outcomes.csv"')
  @Header('Cache-Control', `public, max-age=${OPEN_DATA_CACHE_MS / 1000}`)
  outcomes(): Promise<string> {
    return this.openData.csv();
  }
}
