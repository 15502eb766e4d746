import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox (docs/notifications.md): a domain writes the events of a change in the change's own
 * transaction; the worker's relay moves unrelayed rows onto the `domain-events` queue and marks them relayed.
 */
export class DomainEventsOutbox1797200000001 implements MigrationInterface {
  name = 'DomainEventsOutbox1797200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "domain_events" ("id" bigserial NOT NULL, "type" text NOT NULL, "payload" jsonb NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "domain_events_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      'CREATE INDEX "domain_events_unrelayed_idx" ON "domain_events" ("id") WHERE relayed_at IS NULL',
    );
    await queryRunner.query('CREATE INDEX "domain_events_relayed_at_idx" ON "domain_events" ("relayed_at")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "domain_events"');
  }
}
