import { EntityManager } from 'typeorm';
import { loadResidentContext } from '@app/matching';
import { DemographicSnapshot, snapshotOf } from './demographics';

/** The resident's demographics today, to be copied onto the record being made (METRICS.md). */
export async function takeSnapshot(
  manager: EntityManager,
  residentId: string,
  today: string,
): Promise<DemographicSnapshot> {
  const resident = await loadResidentContext(manager, residentId);
  return snapshotOf(
    {
      ethnicity: resident.ethnicity,
      gender: resident.gender,
      trans: resident.trans,
      disability: resident.disability,
      dateOfBirth: resident.dateOfBirth,
      wardCode: resident.wardCode,
      employmentStatus: resident.employmentStatus,
    } as Parameters<typeof snapshotOf>[0],
    today,
  );
}
