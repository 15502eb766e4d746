import {
  Controller,
  Get,
  Header,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Render,
  Req,
  Res,
} from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import multer from 'multer';
import { tokenOf } from '../account/signed-in';
import { fieldOf, redirectWithProblems, takeForm } from '../forms/form-state';
import { OwnCohortDocument } from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { seeOther } from '../session/sessions';
import { CohortReturnsApi, RETURN_TEMPLATES, ReturnAnswer, ReturnKind } from './cohort-returns-api';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
const KINDS: readonly ReturnKind[] = ['learners', 'outcomes'];
/** As many problems as a page shows: a return with more says how many more there are. */
const SHOWN_PROBLEMS = 500;

interface ReturnReport {
  kind: ReturnKind;
  fileName: string;
  answer: ReturnAnswer;
  more: number;
}

declare module 'express-session' {
  interface SessionData {
    /** The last return's result, for the page the upload redirects to (POST-redirect-GET). */
    returnReports?: Record<string, ReturnReport>;
  }
}

/**
 * The multipart body of the return upload, read before the CSRF check (which needs its _csrf field): one file of up
 * to 5 MB (the API's own limit for a return), held in memory and never written to disk.
 */
export const readReturnUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 },
}).single('file');

/**
 * Cohort returns: upload a learner-level or outcome return as a CSV file, and see every problem row by row as the
 * spreadsheet numbers them, with the column and how to put it right; nothing is saved until the whole file is right.
 * Templates of both returns can be downloaded.
 */
@Controller('organisation')
export class ReturnsController {
  constructor(
    private readonly api: GraphQLApi,
    private readonly returns: CohortReturnsApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get('returns/template-:kind.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  template(@Param('kind') kind: string, @Res() response: Response) {
    if (!KINDS.includes(kind as ReturnKind)) throw new NotFoundException();
    response.setHeader('content-disposition', `attachment; filename="${kind}-return-template.csv"`);
    response.send(RETURN_TEMPLATES[kind as ReturnKind]);
  }

  @Get('cohorts/:id/returns')
  @Render('organisation/returns')
  async page(@Req() request: Request, @Param('id', uuid) id: string) {
    const { cohort, me } = await this.api.request(OwnCohortDocument, { id }, tokenOf(request));
    // Another provider's cohort is public, but not this provider's to manage.
    if (!cohort || cohort.programme.provider.id !== me.organisation?.id) throw new NotFoundException();
    const report = request.session.returnReports?.[id];
    if (report) delete request.session.returnReports![id];
    const problems =
      report && !report.answer.accepted
        ? report.answer.problems.map((problem) => ({
            ...problem,
            fix: this.t(`returns.fixes.${problem.field ?? 'file'}`, { defaultValue: this.t('returns.fixes.other') }),
          }))
        : [];
    return { cohort, kinds: KINDS, report, problems, form: takeForm(request, `returns-${id}`, { kind: 'learners' }) };
  }

  @Post('cohorts/:id/returns')
  async upload(@Req() request: Request, @Res() response: Response, @Param('id', uuid) id: string) {
    const kind = fieldOf(request.body, 'kind') as ReturnKind;
    const file = request.file;
    const back = `/organisation/cohorts/${id}/returns`;
    const problems = [];
    if (!KINDS.includes(kind)) problems.push({ field: 'kind', text: this.t('returns.errors.kind') });
    if (!file || file.size === 0) problems.push({ field: 'file', text: this.t('returns.errors.file') });
    if (problems.length) return redirectWithProblems(request, response, `returns-${id}`, { kind }, problems, back);
    const answer = await this.returns.send(kind, id, file!.buffer, tokenOf(request));
    if (!answer.accepted && answer.code === 'NOT_FOUND') throw new NotFoundException();
    const more = answer.accepted ? 0 : Math.max(0, answer.problems.length - SHOWN_PROBLEMS);
    const shown: ReturnAnswer = answer.accepted
      ? answer
      : { ...answer, problems: answer.problems.slice(0, SHOWN_PROBLEMS) };
    request.session.returnReports = {
      ...request.session.returnReports,
      [id]: { kind, fileName: file!.originalname.slice(0, 200), answer: shown, more },
    };
    return seeOther(request, response, back);
  }
}
