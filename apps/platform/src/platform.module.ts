import { DynamicModule } from '@nestjs/common';
import { RuntimeConfig } from '@app/config';
import { ApiModule } from '../../api/src/api.module';
import { ProcessorsModule } from '../../worker/src/worker.module';

/**
 * The one-process platform's Nest module: the API with the worker's queue processors in the same process. Only the
 * composition root knows both apps; neither imports the other (docs/architecture.md).
 */
export function platformModule(config: RuntimeConfig): DynamicModule {
  return ApiModule.forRoot(config, [{ module: ProcessorsModule }]);
}
