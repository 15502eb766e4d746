import { MigrationInterface, QueryRunner } from 'typeorm';

/** A snapshot's columns in `demographic_snapshots` and, prefixed `snapshot_`, on the records. */
const COLUMNS: [name: string, type: string][] = [
  ['ethnicity', '"public"."ethnicity"'],
  ['gender', '"public"."gender"'],
  ['trans', '"public"."yes_no_prefer_not"'],
  ['disability', '"public"."yes_no_prefer_not"'],
  ['age_band', 'character varying(8)'],
  ['ward', 'character varying(20)'],
  ['employment_status', '"public"."employment_status"'],
];
const NAMES = COLUMNS.map(([name]) => name).join(', ');
const ON_RECORD = COLUMNS.map(([name]) => `snapshot_${name}`).join(', ');

/** Each side's records and the name of the unique constraint its `snapshot_id` had. */
const SIDES = [
  { records: 'enrolments', unique: 'REL_d7e4b2ffe51f30537b3d472ed8' },
  { records: 'applications', unique: 'REL_c5d0b9db010256577004a13e3c' },
];

/**
 * Demographic snapshots move onto the records they describe (docs/brokerage.md "Demographic snapshots"): the
 * `snapshot_*` columns of `enrolments` and `applications` replace `demographic_snapshots`, so a metrics run counts a
 * record and its demographics in one scan instead of joining a million records to a million and a half snapshots.
 */
export class SnapshotsOnRecords1797300000001 implements MigrationInterface {
  name = 'SnapshotsOnRecords1797300000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { records } of SIDES) {
      await queryRunner.query(
        `ALTER TABLE "${records}" ${COLUMNS.map(([name, type]) => `ADD "snapshot_${name}" ${type}`).join(', ')}`,
      );
      await queryRunner.query(
        `UPDATE "${records}" r SET (${ON_RECORD}) = (SELECT ${NAMES} FROM demographic_snapshots d WHERE d.id = r.snapshot_id)`,
      );
      await queryRunner.query(`ALTER TABLE "${records}" DROP CONSTRAINT "${records}_snapshot_id_fkey"`);
      await queryRunner.query(`ALTER TABLE "${records}" DROP COLUMN "snapshot_id"`);
    }
    await queryRunner.query('DROP TABLE "demographic_snapshots"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "demographic_snapshots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(),
        ${COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(', ')},
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_fc5aa6f76cf7018e65a06ad3d8a" PRIMARY KEY ("id"))`,
    );
    for (const { records, unique } of SIDES) {
      await queryRunner.query(`ALTER TABLE "${records}" ADD "snapshot_id" uuid NOT NULL DEFAULT gen_random_uuid()`);
      await queryRunner.query(`ALTER TABLE "${records}" ALTER COLUMN "snapshot_id" DROP DEFAULT`);
      await queryRunner.query(
        `INSERT INTO demographic_snapshots (id, ${NAMES}, created_at) SELECT snapshot_id, ${ON_RECORD}, created_at FROM "${records}"`,
      );
      await queryRunner.query(`ALTER TABLE "${records}" ADD CONSTRAINT "${unique}" UNIQUE ("snapshot_id")`);
      await queryRunner.query(
        `ALTER TABLE "${records}" ADD CONSTRAINT "${records}_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "demographic_snapshots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "${records}" ${COLUMNS.map(([name]) => `DROP COLUMN "snapshot_${name}"`).join(', ')}`,
      );
    }
  }
}
