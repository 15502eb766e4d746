import { MigrationInterface, QueryRunner } from 'typeorm';

export class VacancyMatchWeights1795436757680 implements MigrationInterface {
  name = 'VacancyMatchWeights1795436757680';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "vacancies" ADD "requirement_weight" smallint NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "vacancies" ADD "essential_requirements" smallint NOT NULL DEFAULT \'0\'');
    // Existing vacancies: derive the new columns from their requirements.
    await queryRunner.query(`UPDATE "vacancies" v SET
      "requirement_weight" = r.weight, "essential_requirements" = r.essentials
      FROM (SELECT vacancy_id, sum(CASE WHEN essential THEN 2 ELSE 1 END) AS weight, count(*) FILTER (WHERE essential) AS essentials
            FROM vacancy_requirements GROUP BY vacancy_id) r
      WHERE r.vacancy_id = v.id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "vacancies" DROP COLUMN "essential_requirements"');
    await queryRunner.query('ALTER TABLE "vacancies" DROP COLUMN "requirement_weight"');
  }
}
