import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS =
  '"id" uuid NOT NULL DEFAULT gen_random_uuid(), "ethnicity" "public"."ethnicity", "gender" "public"."gender", ' +
  '"trans" "public"."yes_no_prefer_not", "disability" "public"."yes_no_prefer_not", "age_band" character varying(8), ' +
  '"ward" character varying(20), "employment_status" "public"."employment_status", ' +
  '"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()';
const COPIED = 'id, ethnicity, gender, trans, disability, age_band, ward, employment_status, created_at';

/** Each side's records and the snapshot table they point at. */
const SIDES = [
  { records: 'enrolments', snapshots: 'enrolment_snapshots' },
  { records: 'applications', snapshots: 'application_snapshots' },
];

/**
 * Demographic snapshots split by side (docs/brokerage.md "Demographic snapshots"): enrolments' in
 * `enrolment_snapshots`, applications' in `application_snapshots`, so a city-wide metrics run joins each record to its
 * own side's snapshots only. Every snapshot moves with its id, so each record keeps its `snapshot_id`; a snapshot no
 * record points at (none can be made so) is not carried over.
 */
export class SnapshotsBySide1797300000001 implements MigrationInterface {
  name = 'SnapshotsBySide1797300000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { records, snapshots } of SIDES) {
      await queryRunner.query(
        `CREATE TABLE "${snapshots}" (${COLUMNS}, CONSTRAINT "${snapshots}_pkey" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `INSERT INTO "${snapshots}" (${COPIED})
         SELECT ${COPIED} FROM demographic_snapshots d WHERE d.id IN (SELECT snapshot_id FROM "${records}")`,
      );
      await queryRunner.query(`ALTER TABLE "${records}" DROP CONSTRAINT "${records}_snapshot_id_fkey"`);
      await queryRunner.query(
        `ALTER TABLE "${records}" ADD CONSTRAINT "${records}_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "${snapshots}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    await queryRunner.query('DROP TABLE "demographic_snapshots"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "demographic_snapshots" (${COLUMNS}, CONSTRAINT "PK_fc5aa6f76cf7018e65a06ad3d8a" PRIMARY KEY ("id"))`,
    );
    for (const { records, snapshots } of SIDES) {
      await queryRunner.query(`INSERT INTO demographic_snapshots (${COPIED}) SELECT ${COPIED} FROM "${snapshots}"`);
      await queryRunner.query(`ALTER TABLE "${records}" DROP CONSTRAINT "${records}_snapshot_id_fkey"`);
      await queryRunner.query(
        `ALTER TABLE "${records}" ADD CONSTRAINT "${records}_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "demographic_snapshots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(`DROP TABLE "${snapshots}"`);
    }
  }
}
