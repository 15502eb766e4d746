import { Role } from '@app/identity';
import { ApplicationStatus as A, EnrolmentStatus as E } from './brokerage.enums';
import { breaksGuaranteedInterview, canMoveApplication, canMoveEnrolment } from './transitions';

const ROLES = Object.values(Role);

describe('canMoveEnrolment (API.md state machine)', () => {
  // Every legal (from, to, role); everything else must be refused.
  const legal = new Set([
    'ENQUIRED>APPLIED:RESIDENT',
    'APPLIED>OFFERED:PROVIDER',
    'OFFERED>ENROLLED:RESIDENT',
    'ENROLLED>COMPLETED:PROVIDER',
    'APPLIED>REJECTED:PROVIDER',
    'OFFERED>REJECTED:PROVIDER',
    'ENROLLED>WITHDRAWN:PROVIDER', // recordCompletion(completed: false)
    'ENQUIRED>WITHDRAWN:RESIDENT',
    'APPLIED>WITHDRAWN:RESIDENT',
    'OFFERED>WITHDRAWN:RESIDENT',
    'ENROLLED>WITHDRAWN:RESIDENT',
    // withdrawEnrolment with a reason, by the provider or the city's staff
    ...['ENQUIRED', 'APPLIED', 'OFFERED'].map((from) => `${from}>WITHDRAWN:PROVIDER`),
    ...['ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED'].flatMap((from) => [
      `${from}>WITHDRAWN:BROKER`,
      `${from}>WITHDRAWN:ADMIN`,
    ]),
  ]);

  it.each(Object.values(E).flatMap((from) => Object.values(E).flatMap((to) => ROLES.map((role) => [from, to, role]))))(
    '%s → %s by %s',
    (from, to, role) => {
      expect(canMoveEnrolment(from as E, to as E, role as Role)).toBe(legal.has(`${from}>${to}:${role}`));
    },
  );
});

describe('canMoveApplication (API.md state machine)', () => {
  const legal = new Set([
    'APPLIED>SHORTLISTED:EMPLOYER',
    'SHORTLISTED>INTERVIEWING:EMPLOYER',
    'INTERVIEWING>OFFERED:EMPLOYER',
    'OFFERED>HIRED:EMPLOYER',
    'APPLIED>REJECTED:EMPLOYER',
    'SHORTLISTED>REJECTED:EMPLOYER',
    'INTERVIEWING>REJECTED:EMPLOYER',
    'OFFERED>REJECTED:EMPLOYER',
    'APPLIED>WITHDRAWN:RESIDENT',
    'SHORTLISTED>WITHDRAWN:RESIDENT',
    'INTERVIEWING>WITHDRAWN:RESIDENT',
    'OFFERED>WITHDRAWN:RESIDENT',
  ]);

  it.each(Object.values(A).flatMap((from) => Object.values(A).flatMap((to) => ROLES.map((role) => [from, to, role]))))(
    '%s → %s by %s',
    (from, to, role) => {
      expect(canMoveApplication(from as A, to as A, role as Role)).toBe(legal.has(`${from}>${to}:${role}`));
    },
  );
});

describe('breaksGuaranteedInterview', () => {
  it('refuses rejection before INTERVIEWING only when the interview is guaranteed', () => {
    expect(breaksGuaranteedInterview({ status: A.APPLIED, guaranteedInterview: true }, A.REJECTED)).toBe(true);
    expect(breaksGuaranteedInterview({ status: A.SHORTLISTED, guaranteedInterview: true }, A.REJECTED)).toBe(true);
    expect(breaksGuaranteedInterview({ status: A.INTERVIEWING, guaranteedInterview: true }, A.REJECTED)).toBe(false);
    expect(breaksGuaranteedInterview({ status: A.OFFERED, guaranteedInterview: true }, A.REJECTED)).toBe(false);
    expect(breaksGuaranteedInterview({ status: A.APPLIED, guaranteedInterview: false }, A.REJECTED)).toBe(false);
    expect(breaksGuaranteedInterview({ status: A.APPLIED, guaranteedInterview: true }, A.SHORTLISTED)).toBe(false);
  });
});
