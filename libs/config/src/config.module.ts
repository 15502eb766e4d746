import { DynamicModule, Global, Module } from '@nestjs/common';
import { RUNTIME_CONFIG, RuntimeConfig } from './runtime-config';

/** Makes the resolved RuntimeConfig injectable everywhere (`@Inject(RUNTIME_CONFIG)`). */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: RUNTIME_CONFIG, useValue: config }],
      exports: [RUNTIME_CONFIG],
    };
  }
}
