import { Controller, Get, Inject, NotFoundException, Param, Post, Query, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { problemsFromApi, redirectWithProblems, takeForm } from '../forms/form-state';
import {
  MyProfileDocument,
  SkillCategoriesDocument,
  UpdateMyProfileDocument,
  WardsDocument,
} from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import {
  ELSEWHERE_IN_GREATER_MANCHESTER,
  EMPLOYMENT_STATUSES,
  inputFromAnswers,
  interestField,
  OPTIONAL_PROFILE_PAGES,
  OUTSIDE_GREATER_MANCHESTER,
  PROFILE_API_FIELDS,
  PROFILE_PAGES,
  ProfilePage,
  QUALIFICATION_LEVELS,
  TIME_SLOTS,
  timeField,
  TRAVEL_KM,
  valuesFromProfile,
} from './profile-questions';
import { tokenOf } from './signed-in';
import { seeOther } from '../session/sessions';

const isProfilePage = (page: string): page is ProfilePage =>
  [...PROFILE_PAGES, ...OPTIONAL_PROFILE_PAGES].includes(page as ProfilePage);

/**
 * About you, one question page at a time, then "check your answers". Each page saves its answers as it goes, so
 * nothing is lost when someone stops half way; `?change=1` returns to check your answers instead of the next page.
 */
@Controller('account/profile')
export class ProfileController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('account/profile-check')
  async check(@Req() request: Request) {
    const { myProfile } = await this.api.request(MyProfileDocument, {}, tokenOf(request));
    return { profile: myProfile };
  }

  @Get(':page')
  @Render('account/profile-question')
  async question(@Req() request: Request, @Param('page') page: string, @Query('change') change?: string) {
    if (!isProfilePage(page)) throw new NotFoundException();
    const token = tokenOf(request);
    const [{ myProfile }, { wards }, { skillCategories }] = await Promise.all([
      this.api.request(MyProfileDocument, {}, token),
      this.api.request(WardsDocument, {}),
      this.api.request(SkillCategoriesDocument, {}),
    ]);
    return {
      page,
      // The optional pages go back to check your answers, like a change.
      change: change === '1' || !(PROFILE_PAGES as readonly string[]).includes(page),
      form: takeForm(request, `profile-${page}`, valuesFromProfile(myProfile, skillCategories)),
      timeSlots: TIME_SLOTS.map((slot) => ({ slot, field: timeField(slot) })),
      categories: skillCategories.map((category, index) => ({ category, field: interestField(index) })),
      wards,
      qualificationLevels: QUALIFICATION_LEVELS,
      travelKm: TRAVEL_KM,
      employmentStatuses: EMPLOYMENT_STATUSES,
      elsewhere: ELSEWHERE_IN_GREATER_MANCHESTER,
      outside: OUTSIDE_GREATER_MANCHESTER,
    };
  }

  @Post(':page')
  async answer(
    @Req() request: Request,
    @Res() response: Response,
    @Param('page') page: string,
    @Query('change') change?: string,
  ) {
    if (!isProfilePage(page)) throw new NotFoundException();
    const back = `/account/profile/${page}${change === '1' ? '?change=1' : ''}`;
    // An optional page is not in the run through: saving it returns to check your answers.
    if ((OPTIONAL_PROFILE_PAGES as readonly string[]).includes(page)) change = '1';
    const [{ wards }, { skillCategories }] = await Promise.all([
      this.api.request(WardsDocument, {}),
      this.api.request(SkillCategoriesDocument, {}),
    ]);
    const codes = wards.map((ward) => ward.code);
    const { values, input, problems } = inputFromAnswers(page, request.body, codes, this.t, skillCategories);
    if (!input) return redirectWithProblems(request, response, `profile-${page}`, values, problems, back);
    try {
      await this.api.request(UpdateMyProfileDocument, { input }, tokenOf(request));
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      const fromApi = problemsFromApi(error, PROFILE_API_FIELDS, Object.keys(values)[0], this.t);
      return redirectWithProblems(request, response, `profile-${page}`, values, fromApi, back);
    }
    const next = PROFILE_PAGES[(PROFILE_PAGES as readonly string[]).indexOf(page) + 1];
    return seeOther(request, response, change === '1' || !next ? '/account/profile' : `/account/profile/${next}`);
  }
}
