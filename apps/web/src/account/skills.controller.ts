import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Render,
  Req,
  Res,
} from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { fieldOf, redirectWithProblems, takeForm } from '../forms/form-state';
import {
  MySkillsDocument,
  SetMySkillsDocument,
  SkillByIdDocument,
  SkillLevel,
  SkillSearchDocument,
} from '../graphql/generated';
import { ApiError, GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { textParam } from '../search/search-params';
import { tokenOf } from './signed-in';
import { seeOther } from '../session/sessions';

export const SKILL_LEVELS: readonly SkillLevel[] = ['AWARENESS', 'WORKING', 'PRACTITIONER', 'EXPERT'];
const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/**
 * Your skills: the list, a search form that works without JavaScript (results are links), then one page to choose
 * the level with each level explained. Adding, changing and removing all send the whole list to setMySkills.
 */
@Controller('account/skills')
export class SkillsController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  @Render('account/skills')
  async list(@Req() request: Request, @Query() query: Record<string, unknown>) {
    const q = textParam(query, 'q', 100);
    const [{ myProfile }, found] = await Promise.all([
      this.api.request(MySkillsDocument, {}, tokenOf(request)),
      q ? this.api.request(SkillSearchDocument, { search: q, first: 20 }) : undefined,
    ]);
    const have = new Set(myProfile.skills.map((one) => one.skill.id));
    return {
      q,
      skills: myProfile.skills,
      results: found?.skills.edges.map((edge) => ({ ...edge.node, alreadyAdded: have.has(edge.node.id) })),
      total: found?.skills.totalCount ?? 0,
    };
  }

  /**
   * Suggestions for the skills page's autocomplete (JavaScript only; the form without it lists results itself): up to
   * 10 skills whose names match, as JSON. Signed-in only, like the page, so it is no-store too.
   */
  @Get('suggestions')
  async suggestions(@Query() query: Record<string, unknown>): Promise<{ id: string; name: string }[]> {
    const q = textParam(query, 'q', 100);
    if (q.length < 2) return [];
    const { skills } = await this.api.request(SkillSearchDocument, { search: q, first: 10 });
    return skills.edges.map(({ node }) => ({ id: node.id, name: node.name }));
  }

  @Get(':id/level')
  @Render('account/skill-level')
  async levelPage(@Req() request: Request, @Param('id', uuid) id: string) {
    const [{ skill }, { myProfile }] = await Promise.all([
      this.api.request(SkillByIdDocument, { id }),
      this.api.request(MySkillsDocument, {}, tokenOf(request)),
    ]);
    if (!skill) throw new NotFoundException();
    const current = myProfile.skills.find((one) => one.skill.id === id)?.level ?? '';
    return { skill, levels: SKILL_LEVELS, form: takeForm(request, `skill-${id}`, { level: current }) };
  }

  @Post(':id/level')
  async setLevel(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    const level = fieldOf(request.body, 'level') as SkillLevel;
    if (!SKILL_LEVELS.includes(level)) {
      const problems = [{ field: 'level', text: this.t('skills.errors.level') }];
      return redirectWithProblems(request, response, `skill-${id}`, {}, problems, `/account/skills/${id}/level`);
    }
    const token = tokenOf(request);
    const { myProfile } = await this.api.request(MySkillsDocument, {}, token);
    const others = myProfile.skills.filter((one) => one.skill.id !== id);
    const skills = [...others.map((one) => ({ skillId: one.skill.id, level: one.level })), { skillId: id, level }];
    try {
      await this.api.request(SetMySkillsDocument, { skills }, token);
    } catch (error) {
      // The API's rules for a skills list (at most 30 skills, ...) are the only ones adding one can break.
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      const problems = [{ field: 'level', text: this.t('skills.errors.list') }];
      return redirectWithProblems(request, response, `skill-${id}`, { level }, problems, `/account/skills/${id}/level`);
    }
    request.session.notice = { text: this.t('skills.saved'), success: true };
    return seeOther(request, response, '/account/skills');
  }

  @Post(':id/remove')
  async remove(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    const token = tokenOf(request);
    const { myProfile } = await this.api.request(MySkillsDocument, {}, token);
    const skills = myProfile.skills
      .filter((one) => one.skill.id !== id)
      .map((one) => ({ skillId: one.skill.id, level: one.level }));
    await this.api.request(SetMySkillsDocument, { skills }, token);
    request.session.notice = { text: this.t('skills.removed'), success: true };
    return seeOther(request, response, '/account/skills');
  }
}
