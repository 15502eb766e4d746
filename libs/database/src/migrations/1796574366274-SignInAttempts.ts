import { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins per (email, client address), hashed, for per-account sign-in throttling (docs/hardening.md). */
export class SignInAttempts1796574366274 implements MigrationInterface {
  name = 'SignInAttempts1796574366274';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sign_in_attempts" ("key" character(64) NOT NULL, "failures" integer NOT NULL, "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_df3d09968fb1f35413047cd2010" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "sign_in_attempts_last_attempt_at_idx" ON "sign_in_attempts"  ("last_attempt_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."sign_in_attempts_last_attempt_at_idx"');
    await queryRunner.query('DROP TABLE "sign_in_attempts"');
  }
}
