import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggingModule, RuntimeConfig } from '@app/config';
import { GraphQLApi } from './graphql/graphql-api';
import { createTranslator, TRANSLATOR } from './i18n/i18n';
import { CohortReturnsApi } from './organisations/cohort-returns-api';
import { SkillOptions } from './organisations/skill-options';
import { WardOptions } from './search/ward-options';
import { PageErrorsFilter } from './pages/page-errors.filter';
import { Sessions } from './session/sessions';
import { WEB_CONTROLLERS } from './web.controllers';
import { WEB_OPTIONS, WebOptions } from './web-options';

/** The residents' web front end (WEB.md): server-rendered pages over the public GraphQL API. */
@Module({})
export class WebModule {
  static forRoot(config: RuntimeConfig, options: WebOptions): DynamicModule {
    return {
      module: WebModule,
      imports: [LoggingModule.forRoot(config)],
      controllers: WEB_CONTROLLERS,
      providers: [
        { provide: WEB_OPTIONS, useValue: options },
        GraphQLApi,
        { provide: TRANSLATOR, useFactory: () => createTranslator('en') },
        Sessions,
        SkillOptions,
        WardOptions,
        CohortReturnsApi,
        { provide: APP_FILTER, useClass: PageErrorsFilter },
      ],
    };
  }
}
