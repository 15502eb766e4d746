import { startTestApp, TestApp, TestAppOptions } from '@app/testing';
import { ProcessorsModule } from '../../worker/src/worker.module';
import { ApiModule } from '../src/api.module';

/**
 * The API with the queue processors in process, on a fresh database: what `npm start` runs (`withoutProcessors`: the
 * API alone, as `npm run start:api`, for tests that run worker processes of their own).
 */
export function startApi(options: TestAppOptions & { withoutProcessors?: boolean } = {}): Promise<TestApp> {
  const processors = options.withoutProcessors ? [] : [{ module: ProcessorsModule }];
  return startTestApp((config) => ApiModule.forRoot(config, processors), options);
}

export const REGISTER_RESIDENT = `
  mutation ($input: RegisterResidentInput!) {
    registerResident(input: $input) { accessToken expiresAt user { id email displayName role createdAt organisation { id } } }
  }`;

let counter = 0;
/** A unique, valid email for this test run. */
export const uniqueEmail = (label = 'user') => `${label}.${Date.now()}.${(counter += 1)}@example.org`;

export const GOOD_PASSWORD = 'correct horse battery staple';
