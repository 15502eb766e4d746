import { DataSource } from 'typeorm';
import { MetricsScheduler } from '@app/metrics';

/**
 * Tells metrics that a programme-side record changed (after the change committed), so the cohort's, programme's and
 * provider's reports are recomputed (METRICS.md). The scheduler never throws.
 */
export async function noticeEnrolmentChange(
  dataSource: DataSource,
  scheduler: MetricsScheduler,
  record: { cohortId: string; providerId: string },
): Promise<void> {
  const [cohort]: { programme_id: string }[] = await dataSource.query(
    'SELECT programme_id FROM cohorts WHERE id = $1',
    [record.cohortId],
  );
  if (!cohort) return;
  await scheduler.changed({
    side: 'PROGRAMME',
    cohortId: record.cohortId,
    programmeId: cohort.programme_id,
    providerId: record.providerId,
  });
}

/** The same for an application: its vacancy's and employer's reports. */
export async function noticeApplicationChange(
  dataSource: DataSource,
  scheduler: MetricsScheduler,
  record: { vacancyId: string },
): Promise<void> {
  const [vacancy]: { employer_id: string }[] = await dataSource.query(
    'SELECT employer_id FROM vacancies WHERE id = $1',
    [record.vacancyId],
  );
  if (!vacancy) return;
  await scheduler.changed({ side: 'VACANCY', vacancyId: record.vacancyId, employerId: vacancy.employer_id });
}
