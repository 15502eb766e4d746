import { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { AlertFrequency, ClosingSoonAlerts, DigestService, EmailSender } from '@app/notifications';
import { addDays, londonToday } from '@app/reference';
import { TestApp } from '@app/testing';
import { eventually, SmtpSink, unusedPort } from './smtp-sink';
import { Actors, createActors, GOOD_PASSWORD, newResident, openCohort, openVacancy, skillIds } from '@app/testing';
import { startApi } from '../../platform/test/test-platform';

/**
 * Notifications and alerts (docs/notifications.md) against a real SMTP server in this process: the platform runs as
 * `npm start` does (API and worker in one process), with SMTP_URL pointing at the sink.
 */
const APPLY = `mutation ($v: ID!) { applyToVacancy(vacancyId: $v) { id } }`;
const ADVANCE = `mutation ($a: ID!, $to: ApplicationStatus!) { advanceApplication(applicationId: $a, to: $to) { id status } }`;
const MY_NOTIFICATIONS = `{ myNotifications(first: 20) { totalCount edges { node { id kind title body link readAt } } } }`;
const SAVE_SEARCH = `mutation ($i: SavedSearchInput!) { saveSearch(input: $i) { id kind query frequency minScore } }`;
const SET_SKILLS = `mutation ($s: [ResidentSkillInput!]!) { setMySkills(skills: $s) { id } }`;

/** A header as it was sent (mailparser turns List-* headers into objects). */
const rawHeader = (email: ParsedMail, key: string): string =>
  email.headerLines.find((header) => header.key === key)?.line.replace(/^[^:]+:\s*/, '') ?? '';

type Notice = { id: string; kind: string; title: string; body: string; link: string | null; readAt: string | null };

describe('notifications and alerts (e2e, real SMTP server)', () => {
  let api: TestApp;
  let db: DataSource;
  let smtp: SmtpSink;
  let actors: Actors;
  let sql: string;
  let python: string;

  beforeAll(async () => {
    smtp = await new SmtpSink().listen();
    api = await startApi({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://skills.example.org' } });
    db = api.app.get(DataSource);
    actors = await createActors(api);
    [sql, python] = await skillIds(api, 'SQL', 'Python (computer programming)');
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  const setSkills = async (token: string, skills: { skillId: string; level: string }[]) => {
    const answer = await api.gql(SET_SKILLS, { s: skills }, token);
    expect(answer.errors).toBeUndefined();
  };

  const notices = async (token: string): Promise<Notice[]> => {
    const answer = await api.gql<{ myNotifications: { edges: { node: Notice }[] } }>(MY_NOTIFICATIONS, {}, token);
    expect(answer.errors).toBeUndefined();
    return answer.data!.myNotifications.edges.map((edge) => edge.node);
  };

  it('a shortlisted application: one in-app notice and one email with one-click unsubscribe; duplicates send nothing more', async () => {
    const resident = await newResident(api);
    const vacancyId = await openVacancy(api, actors.employer, sql, { title: 'Data Officer' });
    const applied = await api.gql<{ applyToVacancy: { id: string } }>(APPLY, { v: vacancyId }, resident.token);
    const applicationId = applied.data!.applyToVacancy.id;
    await api.gql(ADVANCE, { a: applicationId, to: 'SHORTLISTED' }, actors.employer.token);

    const [email] = await eventually('the email', async () =>
      smtp.to(resident.email).length ? smtp.to(resident.email) : undefined,
    );
    expect(email.subject).toBe('You have been shortlisted for Data Officer');
    expect(email.text).toContain('The employer has shortlisted your application.');
    expect(email.text).toContain('https://skills.example.org/account/applications');
    expect(email.html).toContain('<h2 style="font-size: 19px">You have been shortlisted for Data Officer</h2>');
    const unsubscribe = rawHeader(email, 'list-unsubscribe');
    expect(unsubscribe).toMatch(/^<https:\/\/skills\.example\.org\/email\/unsubscribe\/[A-Za-z0-9_-]{43}>$/);
    expect(rawHeader(email, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    const [notice] = await notices(resident.token);
    expect(notice).toMatchObject({ kind: 'APPLICATION_SHORTLISTED', link: '/account/applications', readAt: null });

    // A duplicated send job and a re-delivered event: nothing is stored or sent twice.
    const [{ id: emailId }] = await db.query(`SELECT id FROM email_outbox WHERE to_address = $1`, [resident.email]);
    expect(await api.app.get(EmailSender).send(emailId)).toBe(false);
    await db.query(`UPDATE domain_events SET relayed_at = NULL WHERE payload->>'applicationId' = $1`, [applicationId]);
    await eventually('the events to be relayed again', async () => {
      const [{ left }] = await db.query(`SELECT count(*)::int AS left FROM domain_events WHERE relayed_at IS NULL`);
      return left === 0 ? true : undefined;
    });
    await api.gql(ADVANCE, { a: applicationId, to: 'INTERVIEWING' }, actors.employer.token); // a later event, no notice
    await api.gql(ADVANCE, { a: applicationId, to: 'OFFERED' }, actors.employer.token);
    await eventually('the offer email', async () => (smtp.to(resident.email).length === 2 ? true : undefined));
    expect(smtp.to(resident.email).map((message) => message.subject)).toEqual([
      'You have been shortlisted for Data Officer',
      'You have been offered the job: Data Officer',
    ]);
    expect((await notices(resident.token)).map((row) => row.kind)).toEqual([
      'APPLICATION_OFFERED',
      'APPLICATION_SHORTLISTED',
    ]);

    // Marking read.
    const read = await api.gql<{ markNotificationsRead: { id: string; readAt: string | null }[] }>(
      `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`,
      { ids: [notice.id] },
      resident.token,
    );
    expect(read.data!.markNotificationsRead[0].readAt).not.toBeNull();
  }, 60_000);

  it('a place offered, then the cohort cancelled; applications closing soon on a course enquired about', async () => {
    const resident = await newResident(api);
    const { cohortId } = await openCohort(api, actors.provider, sql, {
      programme: { title: 'Data Foundations' },
      startDate: addDays(londonToday(), 12), // applications close in 2 days
    });
    const applied = await api.gql<{ applyToCohort: { id: string } }>(
      `mutation ($c: ID!) { applyToCohort(cohortId: $c) { id } }`,
      { c: cohortId },
      resident.token,
    );
    expect(applied.errors).toBeUndefined();
    await api.gql(
      `mutation ($e: ID!) { offerPlace(enrolmentId: $e) { id } }`,
      { e: applied.data!.applyToCohort.id },
      actors.provider.token,
    );
    await eventually('the offer notice', async () =>
      (await notices(resident.token)).find((row) => row.kind === 'PLACE_OFFERED'),
    );
    await api.gql(`mutation ($c: ID!) { cancelCohort(id: $c) { id } }`, { c: cohortId }, actors.provider.token);
    const cancelled = await eventually('the cancellation notice', async () =>
      (await notices(resident.token)).find((row) => row.kind === 'COHORT_CANCELLED'),
    );
    expect(cancelled.title).toMatch(/^Data Foundations starting \d{1,2} \w+ \d{4} has been cancelled$/);

    const enquirer = await newResident(api);
    const closing = await openCohort(api, actors.provider, sql, {
      programme: { title: 'Closing Soon Course' },
      startDate: addDays(londonToday(), 12),
    });
    await api.gql(
      `mutation ($c: ID!) { enquireAboutCohort(cohortId: $c) { id } }`,
      { c: closing.cohortId },
      enquirer.token,
    );
    expect(await api.app.get(ClosingSoonAlerts).run()).toBeGreaterThanOrEqual(1);
    expect(await api.app.get(ClosingSoonAlerts).run()).toBe(0); // told once
    const [notice] = (await notices(enquirer.token)).filter((row) => row.kind === 'CLOSING_SOON');
    expect(notice.title).toMatch(/^Applications close on .*: Closing Soon Course$/);
    expect(notice.link).toBe(`/courses/${closing.programmeId}`);
  }, 60_000);

  it('unsubscribe by the email token without signing in: later notices stay in the app and send no email', async () => {
    const resident = await newResident(api);
    const vacancyId = await openVacancy(api, actors.employer, sql, { title: 'Data Clerk' });
    const applied = await api.gql<{ applyToVacancy: { id: string } }>(APPLY, { v: vacancyId }, resident.token);
    const applicationId = applied.data!.applyToVacancy.id;
    await api.gql(ADVANCE, { a: applicationId, to: 'SHORTLISTED' }, actors.employer.token);
    const [email] = await eventually('the email', async () =>
      smtp.to(resident.email).length ? smtp.to(resident.email) : undefined,
    );
    const token = /unsubscribe\/([A-Za-z0-9_-]+)>/.exec(rawHeader(email, 'list-unsubscribe'))![1];

    const wrong = await api.gql(`mutation { unsubscribeFromEmails(token: "not-a-token") }`);
    expect(wrong.data).toEqual({ unsubscribeFromEmails: false });
    const done = await api.gql(`mutation ($t: String!) { unsubscribeFromEmails(token: $t) }`, { t: token });
    expect(done.data).toEqual({ unsubscribeFromEmails: true });
    const preferences = await api.gql(
      `{ myAlertPreferences { emailEnabled statusEmails alertEmails } }`,
      {},
      resident.token,
    );
    expect(preferences.data).toEqual({
      myAlertPreferences: { emailEnabled: false, statusEmails: true, alertEmails: true },
    });

    await api.gql(ADVANCE, { a: applicationId, to: 'REJECTED' }, actors.employer.token);
    const rejected = await eventually('the rejection notice', async () => {
      const rows = await notices(resident.token);
      return rows.find((row) => row.kind === 'APPLICATION_UNSUCCESSFUL');
    });
    expect(rejected.title).toBe('Your application for Data Clerk was not successful');
    const [{ emails }] = await db.query(`SELECT count(*)::int AS emails FROM email_outbox WHERE to_address = $1`, [
      resident.email,
    ]);
    expect(emails).toBe(1); // the shortlisting only
  }, 60_000);

  it('a saved search alert: a new vacancy the resident matches well enough, and nobody else', async () => {
    const resident = await newResident(api);
    const other = await newResident(api, 'Someone Else');
    const temping = await newResident(api, 'Wants Temporary Work');
    const gone = await newResident(api, 'Deletes Their Account');
    for (const someone of [temping, gone]) await setSkills(someone.token, [{ skillId: sql, level: 'WORKING' }]);
    const filtered = await api.gql(
      SAVE_SEARCH,
      { i: { kind: 'JOBS', query: 'analyst', frequency: 'INSTANT', vacancyFilter: { contracts: ['TEMPORARY'] } } },
      temping.token,
    );
    expect(filtered.errors).toBeUndefined();
    await api.gql(SAVE_SEARCH, { i: { kind: 'JOBS', frequency: 'INSTANT' } }, gone.token);
    const deleted = await api.gql(
      `mutation ($p: String!) { deleteMyAccount(password: $p) }`,
      { p: GOOD_PASSWORD },
      gone.token,
    );
    expect(deleted.errors).toBeUndefined();
    await setSkills(resident.token, [{ skillId: sql, level: 'WORKING' }]);
    await setSkills(other.token, [{ skillId: sql, level: 'WORKING' }]); // no saved search
    const saved = await api.gql(
      SAVE_SEARCH,
      { i: { kind: 'JOBS', query: 'analyst', frequency: 'INSTANT', minScore: 0.8 } },
      resident.token,
    );
    expect(saved.errors).toBeUndefined();
    await openVacancy(api, actors.employer, sql, { title: 'Marketing Assistant' }); // does not answer "analyst"
    const vacancyId = await openVacancy(api, actors.employer, sql, { title: 'Insight Analyst' });

    const alert = await eventually('the alert', async () =>
      (await notices(resident.token)).find((row) => row.kind === 'NEW_MATCHING_JOB'),
    );
    expect(alert).toMatchObject({
      title: 'A new job matches your saved search: Insight Analyst',
      link: `/jobs/${vacancyId}`,
    });
    expect(alert.body).toBe('Ancoats Digital is hiring. Your skills match 100% of what the job asks for.');
    await eventually('the alert email', async () =>
      smtp.to(resident.email).some((message) => message.subject === alert.title) ? true : undefined,
    );
    expect(await notices(other.token)).toEqual([]);
    expect(await notices(temping.token)).toEqual([]); // the vacancy is PERMANENT
    const [{ toGone }] = await db.query(`SELECT count(*)::int AS "toGone" FROM email_outbox WHERE to_address = $1`, [
      gone.email,
    ]);
    expect(toGone).toBe(0); // a deleted account gets nothing more
    expect(smtp.to(gone.email)).toEqual([]);
    expect((await notices(resident.token)).filter((row) => row.kind === 'NEW_MATCHING_JOB')).toHaveLength(1);
  }, 60_000);

  it('a pathway alert: a new cohort that would qualify the resident for a job they nearly match, in their weekly digest', async () => {
    const resident = await newResident(api);
    await setSkills(resident.token, [{ skillId: sql, level: 'WORKING' }]);
    await api.gql(SAVE_SEARCH, { i: { kind: 'COURSES', query: 'cyber', frequency: 'WEEKLY' } }, resident.token);
    const vacancyId = await openVacancy(api, actors.employer, sql, {
      title: 'SOC Analyst',
      requirements: [
        { skillId: sql, level: 'WORKING', essential: true },
        { skillId: python, level: 'WORKING', essential: true },
      ],
    });
    await openCohort(api, actors.provider, python, { programme: { title: 'Cyber Security Bootcamp' } });

    const alert = await eventually('the pathway alert', async () =>
      (await notices(resident.token)).find((row) => row.kind === 'PATHWAY_OPENED'),
    );
    expect(alert.title).toBe('A course could qualify you for SOC Analyst');
    expect(alert.body).toContain('Cyber Security Bootcamp starts on');
    expect(alert.body).toContain('It teaches Python (computer programming), the skills you are missing.');
    expect(vacancyId).toBeDefined();
    expect(smtp.to(resident.email)).toEqual([]); // weekly: no email yet

    expect(await api.app.get(DigestService).run(AlertFrequency.WEEKLY)).toBeGreaterThanOrEqual(1);
    expect(await api.app.get(DigestService).run(AlertFrequency.WEEKLY)).toBe(0); // nothing left: sent once
    const [digest] = await eventually('the digest', async () =>
      smtp.to(resident.email).length ? smtp.to(resident.email) : undefined,
    );
    expect(digest.subject).toBe('Your weekly alerts: 1 new match');
    expect(digest.text).toContain('A course could qualify you for SOC Analyst');
    expect(await notices(resident.token)).toHaveLength(1);
  }, 60_000);
});

describe('notification emails while the SMTP server is down (e2e)', () => {
  it('SMTP down, then up: the email is retried with backoff and sent once', async () => {
    const port = await unusedPort();
    const smtp = new SmtpSink();
    const api = await startApi({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
    try {
      const db = api.app.get(DataSource);
      const actors = await createActors(api);
      const [sql] = await skillIds(api, 'SQL');
      const resident = await newResident(api);
      const vacancyId = await openVacancy(api, actors.employer, sql, { title: 'Data Officer' });
      const applied = await api.gql<{ applyToVacancy: { id: string } }>(APPLY, { v: vacancyId }, resident.token);
      await api.gql(ADVANCE, { a: applied.data!.applyToVacancy.id, to: 'SHORTLISTED' }, actors.employer.token);

      const failed = await eventually('a failed attempt', async () => {
        const [row] = await db.query(`SELECT attempts, last_error, state FROM email_outbox WHERE to_address = $1`, [
          resident.email,
        ]);
        return row?.attempts >= 1 ? row : undefined;
      });
      expect(failed).toMatchObject({ state: 'PENDING' });
      expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);

      await smtp.listen(port);
      // Sent, and marked SENT (the mark commits just after the server accepted the message).
      await eventually(
        'the email to be sent',
        async () => {
          const [row] = await db.query(`SELECT state FROM email_outbox WHERE to_address = $1`, [resident.email]);
          return row.state === 'SENT' ? true : undefined;
        },
        60_000,
      );
      expect(smtp.to(resident.email)).toHaveLength(1);
    } finally {
      await api.close();
      await smtp.close();
    }
  }, 120_000);
});

describe('notification emails without SMTP_URL (e2e)', () => {
  it('keeps every email in the outbox, marked KEPT, readable by an ADMIN only', async () => {
    const api = await startApi();
    try {
      const actors = await createActors(api);
      const [sql] = await skillIds(api, 'SQL');
      const resident = await newResident(api);
      const vacancyId = await openVacancy(api, actors.employer, sql, { title: 'Data Officer' });
      const applied = await api.gql<{ applyToVacancy: { id: string } }>(APPLY, { v: vacancyId }, resident.token);
      await api.gql(ADVANCE, { a: applied.data!.applyToVacancy.id, to: 'SHORTLISTED' }, actors.employer.token);

      const OUTBOX = `{ emailOutbox(first: 10) { totalCount edges { node { toAddress subject state text } } } }`;
      type Outbox = { emailOutbox: { edges: { node: { toAddress: string; subject: string; state: string } }[] } };
      const kept = await eventually('the email to be kept', async () => {
        const answer = await api.gql<Outbox>(OUTBOX, {}, actors.admin.token);
        const email = answer.data?.emailOutbox.edges.find((edge) => edge.node.toAddress === resident.email);
        return email?.node.state === 'KEPT' ? email.node : undefined;
      });
      expect(kept.subject).toBe('You have been shortlisted for Data Officer');
      const refused = await api.gql(OUTBOX, {}, actors.broker.token);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await api.close();
    }
  }, 120_000);
});
