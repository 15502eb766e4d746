import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Query, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { TFunction } from 'i18next';
import { fitsForPage } from '../account/page-fits';
import { FieldProblem, formView, problemsFromApi, takeForm } from '../forms/form-state';
import { JobDocument, JobsDocument, JobsQuery, MyVacancyFitsDocument, VacancyFilter } from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { PAY_FILTER_API_FIELDS, readPayFilters } from '../search/job-pay-filters';
import { choicesParam, queryString, shownBefore, textParam } from '../search/search-params';
import { WardOptions } from '../search/ward-options';

const PAGE_SIZE = 20;
const WORKPLACES = ['ON_SITE', 'HYBRID', 'REMOTE'] as const;
const CONTRACTS = ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'TEMPORARY'] as const;

/** A page of jobs found, or what stopped the search. */
type Found = { vacancies?: JobsQuery['vacancies']; problems: FieldProblem[] };

/** Find a job (search, filters, paging) and a job's page, for anyone. */
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly api: GraphQLApi,
    private readonly wardOptions: WardOptions,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('jobs/index')
  async search(@Query() query: Record<string, unknown>) {
    const q = textParam(query, 'q');
    const workplaces = choicesParam(query, 'workplace', WORKPLACES);
    const contracts = choicesParam(query, 'contract', CONTRACTS);
    const livingWage = textParam(query, 'livingWage') === 'yes';
    const { wards } = await this.wardOptions.all();
    const ward = wards.find((one) => one.code === textParam(query, 'ward'));
    const after = textParam(query, 'after', 500) || undefined;
    const shown = after ? shownBefore(query) : 0;
    const pay = readPayFilters(query, this.t);
    const filter = {
      search: q || undefined,
      workplaces: workplaces.length ? [...workplaces] : undefined,
      contracts: contracts.length ? [...contracts] : undefined,
      realLivingWageOnly: livingWage || undefined,
      wardCode: ward?.code,
      ...pay.filter,
    };
    const current = {
      q,
      workplace: workplaces,
      contract: contracts,
      livingWage: livingWage ? 'yes' : '',
      ward: ward?.code ?? '',
      ...pay.typed,
    };
    const found: Found = pay.problems.length ? { problems: pay.problems } : await this.find(filter, after);
    if (!found.vacancies) {
      // The typed values stay in the boxes with the GOV.UK error summary; no results until they are corrected.
      return {
        query: current,
        wards,
        workplaces: WORKPLACES,
        contracts: CONTRACTS,
        form: formView(pay.typed, found.problems),
      };
    }
    const { vacancies } = found;
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

  /** A page of jobs, or the API's refusal of a salary or hours outside its ranges as problems with those boxes. */
  private async find(filter: VacancyFilter, after: string | undefined): Promise<Found> {
    try {
      const { vacancies } = await this.api.request(JobsDocument, { filter, first: PAGE_SIZE, after });
      return { vacancies, problems: [] };
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      return { problems: problemsFromApi(error, PAY_FILTER_API_FIELDS, 'minSalary', this.t) };
    }
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
