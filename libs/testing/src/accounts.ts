// Accounts for tests that sign people up over the API (shared by the API, worker and web tests).

export const REGISTER_RESIDENT = `
  mutation ($input: RegisterResidentInput!) {
    registerResident(input: $input) { accessToken expiresAt user { id email displayName role createdAt organisation { id } } }
  }`;

let counter = 0;
/** A unique, valid email for this test run. */
export const uniqueEmail = (label = 'user') => `${label}.${Date.now()}.${(counter += 1)}@example.org`;

export const GOOD_PASSWORD = 'correct horse battery staple';
