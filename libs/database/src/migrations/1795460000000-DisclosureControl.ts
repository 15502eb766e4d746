import { MigrationInterface, QueryRunner } from 'typeorm';

/** The records a report can count (METRICS.md "Protected view": record keys). */
const KEYED_RECORDS = ['enrolments', 'applications', 'outcomes'];

/**
 * Disclosure control that survives differencing (METRICS.md "Disclosure control", "Open data"):
 * - every countable record gets a record key, a uniformly random integer 0..255 that is never shown or changed;
 *   existing records get theirs here (a volatile default is evaluated once per row);
 * - a report stores the exact tallies of its run with their cell keys, and the staff or protected view is worked out
 *   when it is read. Reports stored before this hold only the old suppressed figures, from which no view can be made,
 *   so they are removed; each scope's next run (nightly for CITY, on the next change or request for the others)
 *   stores it again;
 * - open data is a stored release per day, written by the worker after a completed CITY run.
 */
export class DisclosureControl1795460000000 implements MigrationInterface {
  name = 'DisclosureControl1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION new_record_key() RETURNS smallint LANGUAGE sql VOLATILE PARALLEL SAFE
       AS $$ SELECT floor(random() * 256)::smallint $$`,
    );
    for (const records of KEYED_RECORDS) {
      await queryRunner.query(`ALTER TABLE "${records}" ADD "record_key" smallint NOT NULL DEFAULT new_record_key()`);
    }
    await queryRunner.query(`DELETE FROM "metrics_reports"`);
    await queryRunner.query(`ALTER TABLE "metrics_reports" DROP COLUMN "diversity"`);
    await queryRunner.query(`ALTER TABLE "metrics_reports" DROP COLUMN "outcomes"`);
    await queryRunner.query(`ALTER TABLE "metrics_reports" ADD "tallies" jsonb NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "open_data_releases" (
        "release_date" date NOT NULL,
        "run_id" uuid NOT NULL,
        "computed_at" timestamptz NOT NULL,
        "time_period" varchar(40) NOT NULL,
        "rows" integer NOT NULL,
        "bytes" integer NOT NULL,
        "etag" varchar(80) NOT NULL,
        "csv_gzip" bytea NOT NULL,
        CONSTRAINT "open_data_releases_pkey" PRIMARY KEY ("release_date"),
        CONSTRAINT "open_data_releases_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "metrics_runs"("id")
          ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "open_data_releases"`);
    await queryRunner.query(`DELETE FROM "metrics_reports"`);
    await queryRunner.query(`ALTER TABLE "metrics_reports" DROP COLUMN "tallies"`);
    await queryRunner.query(`ALTER TABLE "metrics_reports" ADD "outcomes" jsonb`);
    await queryRunner.query(`ALTER TABLE "metrics_reports" ADD "diversity" jsonb NOT NULL`);
    for (const records of [...KEYED_RECORDS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${records}" DROP COLUMN "record_key"`);
    }
    await queryRunner.query(`DROP FUNCTION new_record_key()`);
  }
}
