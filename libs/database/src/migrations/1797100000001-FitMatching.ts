import { MigrationInterface, QueryRunner } from 'typeorm';

/** Matching that fits a life (issue 17): interests, times, digital access, Disability Confident requests, feedback. */
export class FitMatching1797100000001 implements MigrationInterface {
  name = 'FitMatching1797100000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "programmes" ADD "lends_devices" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "programmes" ADD "provides_data" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "cohorts" ADD "delivery_times" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "resident_profiles" ADD "interests" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "resident_profiles" ADD "available_times" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query(
      'ALTER TABLE "applications" ADD "disability_confident_interview" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'ALTER TABLE "applications" ADD "disability_confident_guaranteed" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query('ALTER TABLE "applications" ADD "adjustments" text');
    await queryRunner.query('ALTER TABLE "applications" ADD "feedback_reason" character varying(20)');
    await queryRunner.query('ALTER TABLE "applications" ADD "feedback_message" text');
    await queryRunner.query(
      'ALTER TABLE "applications" ADD "feedback_unmet_skill_ids" uuid array NOT NULL DEFAULT \'{}\'',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "applications" DROP COLUMN "feedback_unmet_skill_ids"');
    await queryRunner.query('ALTER TABLE "applications" DROP COLUMN "feedback_message"');
    await queryRunner.query('ALTER TABLE "applications" DROP COLUMN "feedback_reason"');
    await queryRunner.query('ALTER TABLE "applications" DROP COLUMN "adjustments"');
    await queryRunner.query('ALTER TABLE "applications" DROP COLUMN "disability_confident_guaranteed"');
    await queryRunner.query('ALTER TABLE "applications" DROP COLUMN "disability_confident_interview"');
    await queryRunner.query('ALTER TABLE "resident_profiles" DROP COLUMN "available_times"');
    await queryRunner.query('ALTER TABLE "resident_profiles" DROP COLUMN "interests"');
    await queryRunner.query('ALTER TABLE "cohorts" DROP COLUMN "delivery_times"');
    await queryRunner.query('ALTER TABLE "programmes" DROP COLUMN "provides_data"');
    await queryRunner.query('ALTER TABLE "programmes" DROP COLUMN "lends_devices"');
  }
}
