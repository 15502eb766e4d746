import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { TFunction } from 'i18next';
import { tokenOf } from '../account/signed-in';
import { longDate } from '../formatting/view-filters';
import {
  EmployerFigureScopesDocument,
  FiguresViewerQuery,
  MetricsScopeInput,
  OrganisationFigureScopesDocument,
} from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';
import { TRANSLATOR } from '../i18n/i18n';
import { seeOther } from '../session/sessions';
import { ORGANISATION_ROLES, viewerWithRole } from './figures-access';
import { choiceHref, FiguresChoice, loadFigures, readChoice, requestRecompute } from './figures-page';
import { whenComputed } from './figures-format';

const FIGURES = '/organisation/figures';
type Organisation = NonNullable<FiguresViewerQuery['me']['organisation']>;

/**
 * An employer's or a provider's own figures: the same charts and tables as the city's dashboard, for the whole
 * organisation or one of its courses, course groups or jobs, in the protected view (METRICS.md "Disclosure control":
 * an organisation can put names to its applicants, so every count is perturbed and small ones hidden).
 */
@Controller('organisation/figures')
export class OrganisationFiguresController {
  constructor(
    private readonly api: GraphQLApi,
    @Inject(TRANSLATOR) private readonly t: TFunction,
  ) {}

  @Get()
  async page(@Req() request: Request, @Res() response: Response) {
    const token = tokenOf(request);
    const organisation = await this.organisationOf(token);
    const choice = readChoice(request.query, ownScope(organisation));
    const [figures, scopes] = await Promise.all([
      loadFigures(this.api, this.t, token, FIGURES, choice),
      this.scopeLinks(token, organisation, choice),
    ]);
    const current = scopes.find((scope) => scope.current);
    response.render('figures/figures', {
      pageTitle: this.t('figures.organisationTitle'),
      lead: this.t('figures.organisationLead', {
        what: this.t(
          organisation.kind === 'PROVIDER' ? 'figures.organisationWhatProvider' : 'figures.organisationWhatEmployer',
        ),
      }),
      staffView: false,
      base: FIGURES,
      scopeLinks: scopes,
      scopeText: this.t('figures.scope.current', { scope: current?.text ?? organisation.name }),
      figures,
      computed: whenComputed(figures.computedAt),
    });
  }

  @Post('recompute')
  async recompute(@Req() request: Request, @Res() response: Response) {
    const token = tokenOf(request);
    const organisation = await this.organisationOf(token);
    const choice = readChoice(request.body, ownScope(organisation));
    const runId = await requestRecompute(this.api, token, choice.scope);
    request.session.notice = { text: this.t('figures.computed.requested'), success: true };
    return seeOther(request, response, choiceHref(FIGURES, { ...choice, runId }));
  }

  private async organisationOf(token: string): Promise<Organisation> {
    const me = await viewerWithRole(this.api, token, ORGANISATION_ROLES);
    if (!me.organisation) throw new Error('an organisation member without an organisation');
    return me.organisation;
  }

  /** Links to each scope the organisation may read: itself, and its courses and their groups, or its jobs. */
  private async scopeLinks(token: string, organisation: Organisation, choice: FiguresChoice) {
    const scopes: { scope: MetricsScopeInput; text: string }[] = [
      { scope: ownScope(organisation), text: this.t('figures.scope.ownOrganisation', { name: organisation.name }) },
    ];
    if (organisation.kind === 'PROVIDER') {
      const { myProgrammes } = await this.api.request(OrganisationFigureScopesDocument, {}, token);
      for (const { node: programme } of myProgrammes.edges) {
        scopes.push({
          scope: { kind: 'PROGRAMME', id: programme.id },
          text: this.t('figures.scope.programme', { title: programme.title }),
        });
        for (const { node: cohort } of programme.cohorts.edges) {
          scopes.push({
            scope: { kind: 'COHORT', id: cohort.id },
            text: this.t('figures.scope.cohort', { title: programme.title, date: longDate(cohort.startDate) }),
          });
        }
      }
    } else {
      const { myVacancies } = await this.api.request(EmployerFigureScopesDocument, {}, token);
      for (const { node: vacancy } of myVacancies.edges) {
        scopes.push({
          scope: { kind: 'VACANCY', id: vacancy.id },
          text: this.t('figures.scope.vacancy', { title: vacancy.title }),
        });
      }
    }
    return scopes.map(({ scope, text }) => ({
      text,
      href: choiceHref(FIGURES, { scope, dimension: choice.dimension }),
      current: scope.kind === choice.scope.kind && (scope.id ?? null) === (choice.scope.id ?? null),
    }));
  }
}

const ownScope = (organisation: Organisation): MetricsScopeInput => ({
  kind: organisation.kind === 'PROVIDER' ? 'PROVIDER' : 'EMPLOYER',
  id: organisation.id,
});
