import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['programmes', 'programme_skills_taught', 'programme_prerequisites', 'organisations'];

/**
 * A second counter in `matching_version` (row 2) for the programme side of matching: published programmes, what they
 * teach and require, their providers and their cohorts. Each API process keeps an in-memory programme catalogue for
 * one value of it, so programme matches are listed without a query and are never stale. A row of its own, so
 * catalogue writes and vacancy writes do not queue on one row lock.
 *
 * Cohorts change often for a reason matching does not care about: every enrolment moves `places_taken`. Their UPDATE
 * trigger compares what the catalogue keeps of each cohort (dates, cancelled or not, and whether places are left)
 * before and after the statement, and bumps only when that differs, so enrolments do not force reloads.
 */
export class ProgrammeCatalogueVersion1795442640810 implements MigrationInterface {
  name = 'ProgrammeCatalogueVersion1795442640810';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "matching_version" DROP CONSTRAINT "matching_version_id_check"');
    await queryRunner.query(
      'ALTER TABLE "matching_version" ADD CONSTRAINT "matching_version_id_check" CHECK ("id" IN (1, 2))',
    );
    await queryRunner.query('INSERT INTO "matching_version" ("id", "version") VALUES (2, 1)');
    await queryRunner.query(`CREATE FUNCTION bump_programme_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE matching_version SET version = version + 1 WHERE id = 2; RETURN NULL; END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bump_programme_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_programme_version()`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER "cohorts_bump_programme_version" AFTER INSERT OR DELETE OR TRUNCATE ON "cohorts"
       FOR EACH STATEMENT EXECUTE FUNCTION bump_programme_version()`,
    );
    // Transition tables need a trigger of one event: UPDATE has its own, which looks at what changed.
    await queryRunner.query(`CREATE FUNCTION bump_programme_version_on_cohort_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT id, programme_id, start_date, applications_close_on, cancelled_at IS NULL, places_taken < capacity
          FROM new_cohorts
          EXCEPT
          SELECT id, programme_id, start_date, applications_close_on, cancelled_at IS NULL, places_taken < capacity
          FROM old_cohorts)
        THEN
          UPDATE matching_version SET version = version + 1 WHERE id = 2;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "cohorts_update_bump_programme_version" AFTER UPDATE ON "cohorts"
       REFERENCING OLD TABLE AS old_cohorts NEW TABLE AS new_cohorts
       FOR EACH STATEMENT EXECUTE FUNCTION bump_programme_version_on_cohort_update()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "cohorts_update_bump_programme_version" ON "cohorts"');
    await queryRunner.query('DROP FUNCTION bump_programme_version_on_cohort_update()');
    await queryRunner.query('DROP TRIGGER "cohorts_bump_programme_version" ON "cohorts"');
    for (const table of TABLES) {
      await queryRunner.query(`DROP TRIGGER "${table}_bump_programme_version" ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION bump_programme_version()');
    await queryRunner.query('DELETE FROM "matching_version" WHERE "id" = 2');
    await queryRunner.query('ALTER TABLE "matching_version" DROP CONSTRAINT "matching_version_id_check"');
    await queryRunner.query(
      'ALTER TABLE "matching_version" ADD CONSTRAINT "matching_version_id_check" CHECK ("id" = 1)',
    );
  }
}
