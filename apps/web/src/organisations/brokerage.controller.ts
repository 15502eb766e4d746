import { Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { tokenOf } from '../account/signed-in';
import { OrganisationKind, OrganisationQueueDocument, VerifyOrganisationDocument } from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { choicesParam, queryString, textParam } from '../search/search-params';
import { seeOther } from '../session/sessions';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
/** Which organisations the list shows: the queue (waiting for verification), the verified ones, or all. */
const SHOWING = ['waiting', 'verified', 'all'] as const;
type Showing = (typeof SHOWING)[number];
const KINDS: readonly OrganisationKind[] = ['EMPLOYER', 'PROVIDER'];

/**
 * The brokerage's organisations: the verification queue first (waiting longest at the top, with everything the
 * organisation told us and who registered it), verified with one button each. The API audits each verification.
 */
@Controller('brokerage/organisations')
export class BrokerageOrganisationsController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('brokerage/organisations')
  async list(@Req() request: Request, @Query() query: Record<string, unknown>) {
    const showing: Showing = choicesParam(query, 'showing', SHOWING)[0] ?? 'waiting';
    const kinds = choicesParam(query, 'kind', KINDS);
    const q = textParam(query, 'q', 200);
    const after = textParam(query, 'after', 500) || undefined;
    const verified = showing === 'all' ? undefined : showing === 'verified';
    const filter = { verified, kinds: kinds.length ? kinds : undefined, search: q || undefined };
    const fetch = (from?: string) =>
      this.api.request(OrganisationQueueDocument, { filter, first: 20, after: from }, tokenOf(request));
    // A link with a cursor from an old list (or a tampered one) starts the list again rather than fail.
    const page = await fetch(after).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && after) return fetch();
      throw error;
    });
    const { organisations } = page;
    return {
      showing,
      showings: SHOWING,
      kinds: KINDS,
      chosenKinds: kinds,
      q,
      organisations: organisations.edges.map((edge) => edge.node),
      total: organisations.totalCount,
      nextHref: organisations.pageInfo.hasNextPage
        ? `/brokerage/organisations${queryString({ showing, kind: kinds, q, after: organisations.pageInfo.endCursor ?? undefined })}`
        : undefined,
      firstHref: after ? `/brokerage/organisations${queryString({ showing, kind: kinds, q })}` : undefined,
    };
  }

  @Post(':id/verify')
  async verify(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    const { verifyOrganisation } = await this.api.request(VerifyOrganisationDocument, { id }, tokenOf(request));
    request.session.notice = {
      text: this.t('brokerage.verified', { name: verifyOrganisation.name }),
      success: true,
    };
    return seeOther(request, response, '/brokerage/organisations');
  }
}
