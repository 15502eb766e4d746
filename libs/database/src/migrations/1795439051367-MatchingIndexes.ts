import { MigrationInterface, QueryRunner } from 'typeorm';

/** Covering indexes for matching: the score of every candidate is computed from the index alone. */
export class MatchingIndexes1795439051367 implements MigrationInterface {
  name = 'MatchingIndexes1795439051367';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."vacancy_requirements_skill_id_idx"');
    await queryRunner.query(
      'CREATE INDEX "vacancy_requirements_skill_covering_idx" ON "vacancy_requirements" ("skill_id") INCLUDE ("vacancy_id", "level", "essential")',
    );
    await queryRunner.query('DROP INDEX "public"."resident_skills_skill_id_idx"');
    await queryRunner.query(
      'CREATE INDEX "resident_skills_skill_covering_idx" ON "resident_skills" ("skill_id") INCLUDE ("user_id", "level")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."resident_skills_skill_covering_idx"');
    await queryRunner.query('CREATE INDEX "resident_skills_skill_id_idx" ON "resident_skills" ("skill_id")');
    await queryRunner.query('DROP INDEX "public"."vacancy_requirements_skill_covering_idx"');
    await queryRunner.query('CREATE INDEX "vacancy_requirements_skill_id_idx" ON "vacancy_requirements" ("skill_id")');
  }
}
