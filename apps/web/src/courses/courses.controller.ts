import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Query, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { fitsForPage } from '../account/page-fits';
import { CourseDocument, CoursesDocument, MyProgrammeFitsDocument } from '../graphql/generated';
import { TFunction } from 'i18next';
import { GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { describeEligibility } from '../formatting/eligibility';
import { choicesParam, queryString, shownBefore, textParam } from '../search/search-params';
import { WardOptions } from '../search/ward-options';

export const PAGE_SIZE = 20;
const KINDS = ['BOOTCAMP', 'T_LEVEL', 'APPRENTICESHIP', 'SHORT_COURSE'] as const;
const DELIVERY = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
/** "When it starts": the choices, as the API's startingWithinDays. */
export const STARTS_WITHIN = { '4-weeks': 28, '3-months': 91 } as const;
const STARTS = Object.keys(STARTS_WITHIN) as (keyof typeof STARTS_WITHIN)[];

/** Find a course (search, filters, paging) and a course's page, for anyone. */
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly api: GraphQLApi,
    private readonly wardOptions: WardOptions,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('courses/index')
  async search(@Query() query: Record<string, unknown>) {
    const q = textParam(query, 'q');
    const kinds = choicesParam(query, 'kind', KINDS);
    const delivery = choicesParam(query, 'delivery', DELIVERY);
    const funded = textParam(query, 'funded') === 'yes';
    const [starts] = choicesParam(query, 'starts', STARTS);
    const { wards } = await this.wardOptions.all();
    const ward = wards.find((one) => one.code === textParam(query, 'ward'));
    const after = textParam(query, 'after', 500) || undefined;
    const shown = after ? shownBefore(query) : 0;
    const filter = {
      search: q || undefined,
      kinds: kinds.length ? [...kinds] : undefined,
      delivery: delivery.length ? [...delivery] : undefined,
      fullyFundedOnly: funded || undefined,
      wardCode: ward?.code,
      startingWithinDays: starts ? STARTS_WITHIN[starts] : undefined,
    };
    const { programmes } = await this.api.request(CoursesDocument, { filter, first: PAGE_SIZE, after });
    const current = {
      q,
      kind: kinds,
      delivery,
      funded: funded ? 'yes' : '',
      ward: ward?.code ?? '',
      starts: starts ?? '',
    };
    return {
      query: current,
      wards,
      kinds: KINDS,
      deliveryModes: DELIVERY,
      startChoices: STARTS,
      courses: programmes.edges.map((edge) => edge.node),
      total: programmes.totalCount,
      from: programmes.edges.length ? shown + 1 : 0,
      to: shown + programmes.edges.length,
      nextHref: programmes.pageInfo.hasNextPage
        ? `/courses${queryString({ ...current, after: programmes.pageInfo.endCursor ?? '', shown: shown + programmes.edges.length })}`
        : undefined,
      firstHref: after ? `/courses${queryString(current)}` : undefined,
    };
  }

  @Get(':id')
  @Render('courses/course')
  async course(@Req() request: Request, @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    const { programme } = await this.api.request(CourseDocument, { id });
    if (!programme) throw new NotFoundException();
    return {
      fits: await fitsForPage(
        request,
        async (token) => (await this.api.request(MyProgrammeFitsDocument, { programmeId: id }, token)).myProgrammeFits,
      ),
      course: programme,
      eligibility: describeEligibility(programme.eligibility, this.t),
      cohorts: programme.cohorts.edges.map((edge) => edge.node),
    };
  }
}
