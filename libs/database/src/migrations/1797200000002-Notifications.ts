import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications and alerts (docs/notifications.md): the in-app notices, the emails (kept in email_outbox until sent,
 * or kept there for good when no SMTP server is configured), residents' alert preferences, unsubscribe tokens (hashed)
 * and saved searches. Every row of a person goes with their account (ON DELETE CASCADE).
 */
export class Notifications1797200000002 implements MigrationInterface {
  name = 'Notifications1797200000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "idempotency_key" text NOT NULL,
        "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE,
        "email" text NOT NULL CHECK ("email" IN ('NONE', 'INSTANT', 'DAILY', 'WEEKLY', 'DIGESTED')),
        CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "notifications_once_key" UNIQUE ("resident_id", "idempotency_key"))`,
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_resident_newest_idx" ON "notifications" ("resident_id", "created_at" DESC, "id" DESC)',
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_digest_idx" ON "notifications" ("email", "resident_id") WHERE "email" IN ('DAILY', 'WEEKLY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "email_outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" uuid REFERENCES "users" ("id") ON DELETE CASCADE,
        "idempotency_key" text NOT NULL,
        "to_address" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL,
        "unsubscribe_url" text,
        "state" text NOT NULL DEFAULT 'PENDING' CHECK ("state" IN ('PENDING', 'SENT', 'KEPT')),
        "attempts" integer NOT NULL DEFAULT 0, "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "email_outbox_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "email_outbox_once_key" UNIQUE ("idempotency_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "email_outbox_pending_idx" ON "email_outbox" ("created_at") WHERE "state" = 'PENDING'`,
    );
    await queryRunner.query('CREATE INDEX "email_outbox_newest_idx" ON "email_outbox" ("created_at" DESC, "id" DESC)');
    await queryRunner.query(
      `CREATE TABLE "alert_preferences" (
        "resident_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "email_enabled" boolean NOT NULL DEFAULT true,
        "status_emails" boolean NOT NULL DEFAULT true,
        "alert_emails" boolean NOT NULL DEFAULT true,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "alert_preferences_pkey" PRIMARY KEY ("resident_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unsubscribe_tokens" (
        "token_hash" character(64) NOT NULL,
        "resident_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "unsubscribe_tokens_pkey" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_searches" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resident_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "kind" text NOT NULL CHECK ("kind" IN ('COURSES', 'JOBS')),
        "query" text, "programme_filter" jsonb, "vacancy_filter" jsonb,
        "min_score" real NOT NULL DEFAULT 0.5,
        "frequency" text NOT NULL CHECK ("frequency" IN ('INSTANT', 'DAILY', 'WEEKLY')),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "saved_searches_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      'CREATE INDEX "saved_searches_resident_idx" ON "saved_searches" ("resident_id", "created_at" DESC)',
    );
    await queryRunner.query('CREATE INDEX "saved_searches_kind_idx" ON "saved_searches" ("kind", "resident_id")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'saved_searches',
      'unsubscribe_tokens',
      'alert_preferences',
      'email_outbox',
      'notifications',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
