import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { takeForm } from '../forms/form-state';
import { fitsForPage } from '../account/page-fits';
import { JobDocument, JobsDocument, MyVacancyFitsDocument, WardsDocument } from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';
import { choicesParam, queryString, shownBefore, textParam } from '../search/search-params';

const PAGE_SIZE = 20;
const WORKPLACES = ['ON_SITE', 'HYBRID', 'REMOTE'] as const;
const CONTRACTS = ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'TEMPORARY'] as const;

/** Find a job (search, filters, paging) and a job's page, for anyone. */
@Controller('jobs')
export class JobsController {
  constructor(private readonly api: GraphQLApi) {}

  @Get()
  @Render('jobs/index')
  async search(@Query() query: Record<string, unknown>) {
    const q = textParam(query, 'q');
    const workplaces = choicesParam(query, 'workplace', WORKPLACES);
    const contracts = choicesParam(query, 'contract', CONTRACTS);
    const livingWage = textParam(query, 'livingWage') === 'yes';
    const { wards } = await this.api.request(WardsDocument, {});
    const ward = wards.find((one) => one.code === textParam(query, 'ward'));
    const after = textParam(query, 'after', 500) || undefined;
    const shown = after ? shownBefore(query) : 0;
    const filter = {
      search: q || undefined,
      workplaces: workplaces.length ? [...workplaces] : undefined,
      contracts: contracts.length ? [...contracts] : undefined,
      realLivingWageOnly: livingWage || undefined,
      wardCode: ward?.code,
    };
    const { vacancies } = await this.api.request(JobsDocument, { filter, first: PAGE_SIZE, after });
    const current = {
      q,
      workplace: workplaces,
      contract: contracts,
      livingWage: livingWage ? 'yes' : '',
      ward: ward?.code ?? '',
    };
    return {
      query: current,
      wards,
      workplaces: WORKPLACES,
      contracts: CONTRACTS,
      jobs: vacancies.edges.map((edge) => edge.node),
      total: vacancies.totalCount,
      from: vacancies.edges.length ? shown + 1 : 0,
      to: shown + vacancies.edges.length,
      nextHref: vacancies.pageInfo.hasNextPage
        ? `/jobs${queryString({ ...current, after: vacancies.pageInfo.endCursor ?? '', shown: shown + vacancies.edges.length })}`
        : undefined,
      firstHref: after ? `/jobs${queryString(current)}` : undefined,
    };
  }

  @Get(':id')
  @Render('jobs/job')
  async job(@Req() request: Request, @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    const { vacancy } = await this.api.request(JobDocument, { id });
    if (!vacancy) throw new NotFoundException();
    const fits = await fitsForPage(
      request,
      async (token) => (await this.api.request(MyVacancyFitsDocument, { vacancyId: id }, token)).myVacancyFits,
    );
    return { job: vacancy, fits, form: takeForm(request, `apply-${id}`) };
  }
}
