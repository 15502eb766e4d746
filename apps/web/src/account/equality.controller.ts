import { Controller, Get, Inject, Post, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { fieldOf, takeForm } from '../forms/form-state';
import { EqualityMonitoringInput, MyEqualityDocument, SetMyEqualityDocument } from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { tokenOf } from './signed-in';
import { seeOther } from '../session/sessions';

/** The answers each equality question offers; every one has "prefer not to say". */
export const EQUALITY_QUESTIONS = {
  ethnicity: [
    'WHITE_BRITISH',
    'WHITE_IRISH',
    'WHITE_GYPSY_OR_IRISH_TRAVELLER',
    'WHITE_ROMA',
    'WHITE_OTHER',
    'MIXED_WHITE_AND_BLACK_CARIBBEAN',
    'MIXED_WHITE_AND_BLACK_AFRICAN',
    'MIXED_WHITE_AND_ASIAN',
    'MIXED_OTHER',
    'ASIAN_INDIAN',
    'ASIAN_PAKISTANI',
    'ASIAN_BANGLADESHI',
    'ASIAN_CHINESE',
    'ASIAN_OTHER',
    'BLACK_CARIBBEAN',
    'BLACK_AFRICAN',
    'BLACK_OTHER',
    'ARAB',
    'OTHER_ETHNIC_GROUP',
    'PREFER_NOT_TO_SAY',
  ],
  gender: ['WOMAN', 'MAN', 'NON_BINARY', 'SELF_DESCRIBED', 'PREFER_NOT_TO_SAY'],
  trans: ['YES', 'NO', 'PREFER_NOT_TO_SAY'],
  disability: ['YES', 'NO', 'PREFER_NOT_TO_SAY'],
} as const;
type Question = keyof typeof EQUALITY_QUESTIONS;

/**
 * The optional equality questions, with why they are asked. Every question may be left unanswered or answered
 * "prefer not to say"; the answers are shown only here, to the resident they describe (API.md "Roles").
 */
@Controller('account/equality')
export class EqualityController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('account/equality')
  async page(@Req() request: Request) {
    const { myProfile } = await this.api.request(MyEqualityDocument, {}, tokenOf(request));
    const answers = myProfile.equalityMonitoring;
    return {
      questions: EQUALITY_QUESTIONS,
      form: takeForm(request, 'equality', {
        ethnicity: answers?.ethnicity ?? '',
        gender: answers?.gender ?? '',
        trans: answers?.trans ?? '',
        disability: answers?.disability ?? '',
      }),
    };
  }

  @Post()
  async save(@Req() request: Request, @Res() response: Response) {
    // An answer not in the list (only a tampered form can send one) is treated as no answer.
    const answer = (question: Question) => {
      const value = fieldOf(request.body, question);
      return (EQUALITY_QUESTIONS[question] as readonly string[]).includes(value) ? value : null;
    };
    const input = {
      ethnicity: answer('ethnicity'),
      gender: answer('gender'),
      trans: answer('trans'),
      disability: answer('disability'),
    } as EqualityMonitoringInput;
    await this.api.request(SetMyEqualityDocument, { input }, tokenOf(request));
    request.session.notice = { text: this.t('equality.saved'), success: true };
    return seeOther(request, response, '/account');
  }
}
