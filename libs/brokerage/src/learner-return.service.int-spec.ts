import { CatalogueModule } from '@app/catalogue';
import { OrganisationKind, Requester } from '@app/identity';
import { addDays, londonToday } from '@app/reference';
import { ResidentsModule } from '@app/residents';
import { openCohort, serviceActors, ServiceTestModule, skillIdsByName, startServiceTestModule } from '@app/testing';
import { BrokerageModule } from './brokerage.module';
import { ReportedStage } from './brokerage.enums';
import { CohortLearnerRow } from './learner-row-rules';
import { LearnerReturnService } from './learner-return.service';

/**
 * LearnerReturnService against real PostgreSQL (the medium test tier; learner-returns.e2e-spec.ts covers the fields
 * over HTTP): a provider's returns are serialised, so two sent at once create each learner once and count each place
 * once; a return is all or nothing, listing every row's problem at once; a check-only return writes nothing.
 */
describe('LearnerReturnService (integration)', () => {
  let module: ServiceTestModule;
  let returns: LearnerReturnService;
  let provider: Requester;
  let skillId: string;
  const today = londonToday();
  const enquiredOn = addDays(today, -320);

  beforeAll(async () => {
    module = await startServiceTestModule([BrokerageModule, CatalogueModule, ResidentsModule]);
    returns = module.app.get(LearnerReturnService);
    provider = await serviceActors(module).member(OrganisationKind.PROVIDER);
    [skillId] = await skillIdsByName(module.dataSource, 'SQL');
  });
  afterAll(() => module?.close());

  /** A cohort of `capacity` places that started 300 days ago (cohorts cannot be created in the past: moved there). */
  const pastCohort = async (capacity: number): Promise<string> => {
    const { cohortId } = await openCohort(module, provider, skillId, { capacity });
    const started = addDays(today, -300);
    await module.dataSource.query(
      `UPDATE cohorts SET start_date = $2, end_date = $3, applications_close_on = $2 WHERE id = $1`,
      [cohortId, started, addDays(started, 84)],
    );
    return cohortId;
  };
  const footprint = async (cohortId: string) =>
    (
      await module.dataSource.query(
        `SELECT (SELECT places_taken FROM cohorts WHERE id = $1) AS places,
                (SELECT count(*)::int FROM enrolments WHERE cohort_id = $1) AS enrolments,
                (SELECT count(*)::int FROM enrolment_status_changes h JOIN enrolments e ON e.id = h.enrolment_id
                  WHERE e.cohort_id = $1) AS history`,
        [cohortId],
      )
    )[0];
  const rows = (prefix: string, count: number, stage = ReportedStage.ENROLLED): CohortLearnerRow[] =>
    Array.from({ length: count }, (_, i) => ({ learnerRef: `${prefix}-${i + 1}`, furthestStage: stage, enquiredOn }));

  it('creates each learner once and counts each place once when two identical returns arrive together', async () => {
    const cohortId = await pastCohort(5);
    const sent = [...rows('TWIN', 3), ...rows('ASKED', 2, ReportedStage.ENQUIRED)];
    const results = await Promise.all([
      returns.reportCohortLearners(provider, cohortId, sent),
      returns.reportCohortLearners(provider, cohortId, sent),
    ]);
    // One ran first and created all five; the other, waiting for it, found them all as reported.
    const summaries = results.map(({ created, updated, unchanged, errors }) => ({
      created,
      updated,
      unchanged,
      errors,
    }));
    expect(summaries).toEqual(
      expect.arrayContaining([
        { created: 5, updated: 0, unchanged: 0, errors: [] },
        { created: 0, updated: 0, unchanged: 5, errors: [] },
      ]),
    );
    expect(await footprint(cohortId)).toMatchObject({ places: 3, enrolments: 5 });
  });

  it('refuses a whole return for any bad row, naming every problem at once, and changes nothing', async () => {
    const cohortId = await pastCohort(2);
    await returns.reportCohortLearners(provider, cohortId, rows('FIRST', 1));
    const before = await footprint(cohortId);

    const result = await returns.reportCohortLearners(provider, cohortId, [
      ...rows('MORE', 2), // one place left: the second of these has none
      { learnerRef: 'BAD-STAGE', furthestStage: 'GRADUATED' as ReportedStage, enquiredOn },
      { learnerRef: '', furthestStage: ReportedStage.ENQUIRED, enquiredOn },
      { learnerRef: 'FUTURE', furthestStage: ReportedStage.ENQUIRED, enquiredOn: addDays(today, 3) },
    ]);
    expect(result).toMatchObject({ accepted: 0, created: 0, updated: 0, unchanged: 0 });
    expect(result.errors.map(({ row, field }) => `${row}:${field}`).sort()).toEqual(
      ['1:furthestStage', '2:furthestStage', '3:learnerRef', '4:enquiredOn'].sort(),
    );
    expect(await footprint(cohortId)).toEqual(before);
  });

  it('checks a good return without writing it when asked only to check', async () => {
    const cohortId = await pastCohort(3);
    const before = await footprint(cohortId);
    const checked = await returns.reportCohortLearners(provider, cohortId, rows('CHECK', 2), { checkOnly: true });
    expect(checked).toMatchObject({ created: 0, errors: [] });
    expect(await footprint(cohortId)).toEqual(before);
  });
});
