import { EntityManager } from 'typeorm';
import { loadResidentContext } from '@app/matching';
import { londonToday } from '@app/reference';
import { DemographicSnapshot, snapshotOf } from './demographics';

/**
 * Saves a new enrolment or application with the resident's demographics today copied onto it (METRICS.md). The entity
 * handed back does not carry them: they are equality data (DemographicSnapshotColumns), kept on the record only.
 */
export async function saveWithSnapshot<T extends { snapshot?: DemographicSnapshot }>(
  manager: EntityManager,
  record: T,
  residentId: string,
): Promise<T> {
  record.snapshot = await takeSnapshot(manager, residentId, londonToday());
  const saved = await manager.save(record);
  saved.snapshot = undefined;
  return saved;
}

/** The resident's demographics on `today`. */
async function takeSnapshot(manager: EntityManager, residentId: string, today: string): Promise<DemographicSnapshot> {
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
