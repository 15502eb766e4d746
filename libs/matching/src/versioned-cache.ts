import { DataSource, EntityManager } from 'typeorm';

/** Rows of `matching_version`: 1 counts changes to vacancies, 2 to the programme catalogue (migrations). */
export const VACANCY_VERSION = 1;
export const PROGRAMME_VERSION = 2;

/** Both counters in one primary-key read, once per request. */
export async function readMatchingVersions(dataSource: DataSource): Promise<{ vacancies: string; programmes: string }> {
  const rows: { id: number; version: string }[] = await dataSource.query(
    'SELECT id, version::text AS version FROM matching_version',
  );
  const of = (id: number) => rows.find((row) => row.id === id)!.version;
  return { vacancies: of(VACANCY_VERSION), programmes: of(PROGRAMME_VERSION) };
}

/**
 * Loads `build` inside one REPEATABLE READ transaction together with the counter it depends on, so the version always
 * names exactly the data read.
 */
export function loadAtVersion<T>(
  dataSource: DataSource,
  versionId: number,
  build: (manager: EntityManager, version: string) => Promise<T>,
): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const [{ version }]: { version: string }[] = await manager.query(
      'SELECT version::text AS version FROM matching_version WHERE id = $1',
      [versionId],
    );
    return build(manager, version);
  });
}

/**
 * One in-memory snapshot per process, rebuilt when the database's counter has moved past it, so an answer is never
 * computed on stale data. Concurrent requests share one load.
 */
export class VersionedCache<T extends { version: string }> {
  private value?: T;
  private loading?: Promise<T>;

  constructor(private readonly load: () => Promise<T>) {}

  /** The snapshot for `version` (the counter as the request read it) or a newer one. */
  async at(version: string): Promise<T> {
    const value = this.value;
    // Counters only grow: a snapshot loaded at a later version than the request read is fresh enough.
    if (value && BigInt(value.version) >= BigInt(version)) return value;
    if (!this.loading) {
      this.loading = this.load().finally(() => {
        this.loading = undefined;
      });
    }
    const loaded = await this.loading;
    if (!this.value || BigInt(loaded.version) > BigInt(this.value.version)) this.value = loaded;
    // A load that began before the change this request saw: load again so the answer reflects it.
    return BigInt(loaded.version) >= BigInt(version) ? loaded : this.at(version);
  }
}
