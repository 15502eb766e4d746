import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RuntimeConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options';

/** TypeORM for a Nest app; each feature module registers its own entities (autoLoadEntities). */
@Module({})
export class DatabaseModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, [], config.env.DATABASE_POOL_SIZE),
          autoLoadEntities: true,
          retryAttempts: 5,
          retryDelay: 1_000,
        }),
      ],
    };
  }
}
