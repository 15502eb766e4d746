import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Journeys that end for a reason the resident sees: a `reason` on each status-history entry (an organisation's
 * withdrawal, a filled vacancy), and the application status UNSUCCESSFUL for applications closed because the vacancy
 * was FILLED (docs/brokerage.md).
 */
export class JourneyReasons1796580000000 implements MigrationInterface {
  name = 'JourneyReasons1796580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."application_status" ADD VALUE IF NOT EXISTS 'UNSUCCESSFUL'`);
    await queryRunner.query(`ALTER TABLE "enrolment_status_changes" ADD "reason" text`);
    await queryRunner.query(`ALTER TABLE "application_status_changes" ADD "reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application_status_changes" DROP COLUMN "reason"`);
    await queryRunner.query(`ALTER TABLE "enrolment_status_changes" DROP COLUMN "reason"`);
    // PostgreSQL cannot drop an enum value: rebuild the type without it (no row may hold it any more).
    await queryRunner.query(`UPDATE "applications" SET "status" = 'REJECTED' WHERE "status" = 'UNSUCCESSFUL'`);
    await queryRunner.query(`ALTER TYPE "public"."application_status" RENAME TO "application_status_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."application_status" AS ENUM('APPLIED', 'SHORTLISTED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ALTER COLUMN "status" TYPE "public"."application_status" USING "status"::text::"public"."application_status"`,
    );
    await queryRunner.query(`DROP TYPE "public"."application_status_old"`);
  }
}
