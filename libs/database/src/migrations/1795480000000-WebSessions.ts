import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web front end's server-side sessions (apps/web, WEB.md "sessions"), in the shape connect-pg-simple reads and
 * writes: the session id, its JSON (the API token and the signed-in user's name) and when it expires. No entity maps
 * it: only the session store touches it. The expiry index lets the store prune expired sessions cheaply.
 */
export class WebSessions1795480000000 implements MigrationInterface {
  name = 'WebSessions1795480000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "web_sessions" ("sid" character varying NOT NULL, "sess" json NOT NULL, "expire" TIMESTAMP(6) NOT NULL, CONSTRAINT "web_sessions_pkey" PRIMARY KEY ("sid"))',
    );
    await queryRunner.query('CREATE INDEX "web_sessions_expire_idx" ON "web_sessions" ("expire")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "web_sessions"');
  }
}
