import { Controller, Get, Inject, Query, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { TFunction } from 'i18next';
import { describeEligibility } from '../formatting/eligibility';
import { MyCourseMatchesDocument, MyJobMatchesDocument, MyPathwaysDocument } from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { courseMatchHints } from './match-hints';
import { tokenOf } from './signed-in';

/**
 * Jobs you match (with the reason skill by skill and how each fits your life), courses you can get into (the same),
 * and course-to-job pathways. `?interests=only` keeps to the work the resident said interests them.
 */
@Controller('account')
export class MatchesController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get('matches/jobs')
  @Render('account/job-matches')
  async jobs(@Req() request: Request, @Query('interests') interests?: string) {
    const interestsOnly = interests === 'only';
    const { myVacancyMatches } = await this.api.request(
      MyJobMatchesDocument,
      { first: 20, filter: { interestsOnly } },
      tokenOf(request),
    );
    return {
      interestsOnly,
      matches: myVacancyMatches.map((match) => ({
        ...match,
        met: match.skills.filter((skill) => skill.met).length,
      })),
    };
  }

  @Get('matches/courses')
  @Render('account/course-matches')
  async courses(@Req() request: Request, @Query('interests') interests?: string) {
    const interestsOnly = interests === 'only';
    const answer = await this.api.request(
      MyCourseMatchesDocument,
      { first: 20, filter: { interestsOnly } },
      tokenOf(request),
    );
    return {
      hints: courseMatchHints(answer, this.t),
      interestsOnly,
      matches: answer.myProgrammeMatches.map((match) => ({
        ...match,
        eligibility: describeEligibility(match.programme.eligibility, this.t),
      })),
    };
  }

  @Get('pathways')
  @Render('account/pathways')
  async pathways(@Req() request: Request) {
    const answer = await this.api.request(MyPathwaysDocument, { first: 10 }, tokenOf(request));
    return { pathways: answer.myPathways, hints: courseMatchHints(answer, this.t) };
  }
}
