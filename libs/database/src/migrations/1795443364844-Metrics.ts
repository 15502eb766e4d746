import { MigrationInterface, QueryRunner } from 'typeorm';

export class Metrics1795443364844 implements MigrationInterface {
  name = 'Metrics1795443364844';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"metrics_scope_kind\" AS ENUM('CITY', 'PROVIDER', 'PROGRAMME', 'COHORT', 'EMPLOYER', 'VACANCY')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"metrics_run_state\" AS ENUM('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')",
    );
    await queryRunner.query(
      'CREATE TABLE "metrics_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_key" character varying(200) NOT NULL, "scope_key" character varying(120) NOT NULL, "scope_kind" "public"."metrics_scope_kind" NOT NULL, "scope_id" uuid, "scope_from" date, "scope_to" date, "state" "public"."metrics_run_state" NOT NULL, "progress" real NOT NULL DEFAULT \'0\', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "error" text, CONSTRAINT "PK_4f2d2ecca5f95d8a365b537a333" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "metrics_runs_job_key_key" ON "metrics_runs"  ("job_key") ');
    await queryRunner.query('CREATE INDEX "metrics_runs_scope_idx" ON "metrics_runs"  ("scope_key", "requested_at") ');
    await queryRunner.query(
      'CREATE TABLE "metrics_reports" ("run_id" uuid NOT NULL, "scope_key" character varying(120) NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "diversity" jsonb NOT NULL, "outcomes" jsonb, CONSTRAINT "PK_67df6bed9612984909f4428068f" PRIMARY KEY ("run_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "metrics_reports_scope_idx" ON "metrics_reports"  ("scope_key", "computed_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "metrics_reports" ADD CONSTRAINT "metrics_reports_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "metrics_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "metrics_reports" DROP CONSTRAINT "metrics_reports_run_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."metrics_reports_scope_idx"');
    await queryRunner.query('DROP TABLE "metrics_reports"');
    await queryRunner.query('DROP INDEX "public"."metrics_runs_scope_idx"');
    await queryRunner.query('DROP INDEX "public"."metrics_runs_job_key_key"');
    await queryRunner.query('DROP TABLE "metrics_runs"');
    await queryRunner.query('DROP TYPE "public"."metrics_run_state"');
    await queryRunner.query('DROP TYPE "public"."metrics_scope_kind"');
  }
}
