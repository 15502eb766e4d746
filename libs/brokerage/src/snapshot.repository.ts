import { EntityManager } from 'typeorm';
import { loadResidentContext } from '@app/matching';
import { snapshotOf } from './demographics';
import { DemographicSnapshotEntity } from './entities/demographic-snapshot.entity';

/** Copies the resident's demographics today onto a new snapshot row (METRICS.md) and returns its id. */
export async function takeSnapshot(manager: EntityManager, residentId: string, today: string): Promise<string> {
  const resident = await loadResidentContext(manager, residentId);
  const snapshot = snapshotOf(
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
  const { identifiers } = await manager.insert(DemographicSnapshotEntity, snapshot);
  return identifiers[0].id as string;
}
