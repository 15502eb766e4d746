import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter bumped, in the writing transaction, by every change to what vacancy matching indexes (vacancies, their
 * requirements, employers' verification). Each API process keeps its in-memory matching index for one value of it
 * and rebuilds when it moves, so an answer never comes from a stale index. Statement-level triggers: one bump per
 * statement, however many rows it touches; the row lock orders bumps as their transactions commit.
 */
export class MatchingVersion1795440228502 implements MigrationInterface {
  name = 'MatchingVersion1795440228502';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "matching_version" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "version" bigint NOT NULL)',
    );
    await queryRunner.query('INSERT INTO "matching_version" ("id", "version") VALUES (1, 1)');
    await queryRunner.query(`CREATE FUNCTION bump_matching_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE matching_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$`);
    for (const table of ['vacancies', 'vacancy_requirements', 'organisations']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bump_matching_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_matching_version()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['vacancies', 'vacancy_requirements', 'organisations']) {
      await queryRunner.query(`DROP TRIGGER "${table}_bump_matching_version" ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION bump_matching_version()');
    await queryRunner.query('DROP TABLE "matching_version"');
  }
}
