import { MigrationInterface, QueryRunner } from 'typeorm';

export class MetricsRunFaults1796573428871 implements MigrationInterface {
  name = 'MetricsRunFaults1796573428871';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "metrics_pending_jobs" ("job_key" character varying(200) NOT NULL, "scope" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48fdb69df7a70fdf38754f14806" PRIMARY KEY ("job_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "metrics_scope_changes" ("scope_key" character varying(120) NOT NULL, "scope" jsonb NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_780f241e166b6155d7a9a385651" PRIMARY KEY ("scope_key"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "metrics_scope_changes"');
    await queryRunner.query('DROP TABLE "metrics_pending_jobs"');
  }
}
