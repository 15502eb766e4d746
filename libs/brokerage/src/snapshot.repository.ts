import { EntityManager } from 'typeorm';
import { loadResidentContext } from '@app/matching';
import { snapshotOf } from './demographics';
import { ApplicationSnapshotEntity, EnrolmentSnapshotEntity } from './entities/demographic-snapshots.entity';

/** Which side's record the snapshot is for: each side keeps its snapshots in its own table. */
export type SnapshotSide = typeof EnrolmentSnapshotEntity | typeof ApplicationSnapshotEntity;

/** Copies the resident's demographics today onto a new snapshot row of the side (METRICS.md) and returns its id. */
export async function takeSnapshot(
  manager: EntityManager,
  side: SnapshotSide,
  residentId: string,
  today: string,
): Promise<string> {
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
  const { identifiers } = await manager.insert(side, snapshot);
  return identifiers[0].id as string;
}
