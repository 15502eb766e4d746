import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigModule, LoggingModule, RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { AuditModule } from '@app/audit';
import { BrokerageModule } from '@app/brokerage';
import { CatalogueModule } from '@app/catalogue';
import { DatabaseModule } from '@app/database';
import { MatchingModule } from '@app/matching';
import { MetricsModule } from '@app/metrics';
import { NotificationsModule } from '@app/notifications';
import { IdentityModule } from '@app/identity';
import { QueueModule } from '@app/queue';
import { ReferenceModule } from '@app/reference';
import { ResidentsModule } from '@app/residents';
import { VacanciesModule } from '@app/vacancies';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { DateScalar } from './graphql/date.scalar';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { graphqlOptions } from './graphql/graphql-options';
import { DATABASE_BACKED_VALIDATORS } from './graphql/input-validators';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { ValidationContainer } from './graphql/validation-container';
import { LoadersFactory, LoadersModule } from './graphql/loaders';
import { GraphQLRateLimit, GraphQLRateLimitModule } from './graphql/rate-limit';
import { CohortReturnsController } from './http/cohort-returns.controller';
import { HealthController } from './http/health.controller';
import { MetricsController } from './http/metrics.controller';
import { OpenDataController } from './http/open-data.controller';
import { QueueDashboardController } from './http/queue-dashboard.controller';
import { GraphiqlAssetsController } from './http/graphiql-assets.controller';
import { graphiqlEnabled } from './graphql/graphiql-page';
import { API_RESOLVERS } from './api.resolvers';

@Module({})
export class ApiModule {
  /** `extraImports`: the worker module when API and worker share one process (`npm start`). */
  static forRoot(config: RuntimeConfig, extraImports: DynamicModule[] = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(config),
        QueueModule.forRoot(config),
        IdentityModule,
        ReferenceModule,
        CatalogueModule,
        VacanciesModule,
        ResidentsModule,
        MatchingModule,
        BrokerageModule,
        AuditModule,
        MetricsModule,
        NotificationsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule, GraphQLRateLimitModule],
          inject: [RUNTIME_CONFIG, LoadersFactory, GraphQLRateLimit],
          useFactory: graphqlOptions,
        }),
        ...extraImports,
      ],
      controllers: [
        HealthController,
        MetricsController,
        CohortReturnsController,
        OpenDataController,
        QueueDashboardController,
        ...(graphiqlEnabled(config.env) ? [GraphiqlAssetsController] : []),
      ],
      providers: [
        DateScalar,
        ValidationContainer,
        ...DATABASE_BACKED_VALIDATORS,
        ...API_RESOLVERS,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
