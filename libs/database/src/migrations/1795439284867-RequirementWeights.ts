import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each requirement carries its vacancy's Σ weight, and the skill index covers it: scores come from the index alone. */
export class RequirementWeights1795439284867 implements MigrationInterface {
  name = 'RequirementWeights1795439284867';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "vacancy_requirements" ADD "vacancy_weight" smallint NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      'UPDATE "vacancy_requirements" r SET "vacancy_weight" = v."requirement_weight" FROM "vacancies" v WHERE v."id" = r."vacancy_id"',
    );
    await queryRunner.query('DROP INDEX "public"."vacancy_requirements_skill_covering_idx"');
    await queryRunner.query(
      'CREATE INDEX "vacancy_requirements_skill_covering_idx" ON "vacancy_requirements" ("skill_id") INCLUDE ("vacancy_id", "level", "essential", "vacancy_weight")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."vacancy_requirements_skill_covering_idx"');
    await queryRunner.query(
      'CREATE INDEX "vacancy_requirements_skill_covering_idx" ON "vacancy_requirements" ("skill_id") INCLUDE ("vacancy_id", "level", "essential")',
    );
    await queryRunner.query('ALTER TABLE "vacancy_requirements" DROP COLUMN "vacancy_weight"');
  }
}
