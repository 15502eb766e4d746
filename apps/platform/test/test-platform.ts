import { startTestApp, TestApp, TestAppOptions } from '@app/testing';
import { ApiModule } from '../../api/src/api.module';
import { platformModule } from '../src/platform.module';

/**
 * The API with the queue processors in process, on a fresh database: what `npm start` runs, built by the composition
 * root (`withoutProcessors`: the API alone, as `npm run start:api`, for tests that run worker processes of their own).
 */
export function startApi(options: TestAppOptions & { withoutProcessors?: boolean } = {}): Promise<TestApp> {
  return startTestApp(
    (config) => (options.withoutProcessors ? ApiModule.forRoot(config, []) : platformModule(config)),
    options,
  );
}
