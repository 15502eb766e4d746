import { AccountController } from './account/account.controller';
import { AlertsController } from './account/alerts.controller';
import { ApplicationsController } from './account/applications.controller';
import { DataController } from './account/data.controller';
import { EqualityController } from './account/equality.controller';
import { MatchesController } from './account/matches.controller';
import { ProfileController } from './account/profile.controller';
import { SkillsController } from './account/skills.controller';
import { AuthController } from './auth/auth.controller';
import { CoursesController } from './courses/courses.controller';
import { JobsController } from './jobs/jobs.controller';
import { DashboardController } from './figures/dashboard.controller';
import { OrganisationFiguresController } from './figures/organisation-figures.controller';
import { BrokerageOrganisationsController } from './organisations/brokerage.controller';
import { CohortsController } from './organisations/cohorts.controller';
import { OrganisationController } from './organisations/organisation.controller';
import { ProgrammesController } from './organisations/programmes.controller';
import { RegisterOrganisationController } from './organisations/register.controller';
import { ReturnsController } from './organisations/returns.controller';
import { VacanciesController } from './organisations/vacancies.controller';
import { PagesController } from './pages/pages.controller';
import { UnsubscribeController } from './pages/unsubscribe.controller';

/** Every controller of the web app. */
export const WEB_CONTROLLERS = [
  PagesController,
  AuthController,
  CoursesController,
  JobsController,
  AccountController,
  ProfileController,
  SkillsController,
  EqualityController,
  MatchesController,
  ApplicationsController,
  DataController,
  DashboardController,
  OrganisationFiguresController,
  RegisterOrganisationController,
  OrganisationController,
  VacanciesController,
  BrokerageOrganisationsController,
  ProgrammesController,
  CohortsController,
  ReturnsController,
  AlertsController,
  UnsubscribeController,
];
