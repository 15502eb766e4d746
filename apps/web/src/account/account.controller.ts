import { Controller, Get, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { AccountOverviewDocument } from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';
import { tokenOf } from './signed-in';

/** Your account at a glance: what is left to tell us, and the way to matches, applications, skills and data. */
@Controller('account')
export class AccountController {
  constructor(private readonly api: GraphQLApi) {}

  @Get()
  @Render('account/index')
  async overview(@Req() request: Request) {
    const { myProfile, myApplications, myEnrolments } = await this.api.request(
      AccountOverviewDocument,
      {},
      tokenOf(request),
    );
    const profileStarted = myProfile.dateOfBirth !== null || myProfile.employmentStatus !== null;
    return {
      profile: myProfile,
      profileStarted,
      applications: myApplications.totalCount + myEnrolments.totalCount,
    };
  }
}
