import { MigrationInterface, QueryRunner } from 'typeorm';

// One side of the brokerage: the record table, its status history, and each status's bit in the funnel's stage order
// (METRICS.md "Funnel stages"; metrics.types.ts PROGRAMME_STAGES and VACANCY_STAGES).
const SIDES = [
  {
    records: 'enrolments',
    history: 'enrolment_status_changes',
    key: 'enrolment_id',
    bits: { ENQUIRED: 1, APPLIED: 2, OFFERED: 4, ENROLLED: 8, COMPLETED: 16 },
  },
  {
    records: 'applications',
    history: 'application_status_changes',
    key: 'application_id',
    bits: { APPLIED: 1, SHORTLISTED: 2, INTERVIEWING: 4, OFFERED: 8, HIRED: 16 },
  },
];

/**
 * `stages_reached` on enrolments and applications: the statuses a record has ever reached, as bits. Statement-level
 * triggers on the status history keep it, whoever writes the history (a mutation, a learner return, a bulk load),
 * at the cost of one grouped UPDATE per statement. A metrics run then reads one column per record instead of folding
 * every history row (docs/benchmarks.md, metrics). The history is append-only except that a learner return
 * rewrites a record's history (delete, then insert), so a delete recomputes the bits of the records it touched.
 */
export class StagesReached1795450000000 implements MigrationInterface {
  name = 'StagesReached1795450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { records, history, key, bits } of SIDES) {
      const bit = `${records}_stage_bit`;
      const cases = Object.entries(bits)
        .map(([status, value]) => `WHEN '${status}' THEN ${value}`)
        .join(' ');
      await queryRunner.query(`ALTER TABLE "${records}" ADD "stages_reached" smallint NOT NULL DEFAULT '0'`);
      await queryRunner.query(
        `CREATE FUNCTION ${bit}(status text) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ SELECT (CASE status ${cases} ELSE 0 END)::smallint $$`,
      );
      await queryRunner.query(`CREATE FUNCTION ${records}_stages_added() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE ${records} r SET stages_reached = r.stages_reached | added.bits
          FROM (SELECT ${key}, bit_or(${bit}(status::text)) AS bits FROM added_rows GROUP BY ${key}) added
          WHERE r.id = added.${key} AND r.stages_reached | added.bits <> r.stages_reached;
          RETURN NULL;
        END $$`);
      await queryRunner.query(`CREATE FUNCTION ${records}_stages_removed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE ${records} r SET stages_reached = coalesce(
            (SELECT bit_or(${bit}(h.status::text)) FROM ${history} h WHERE h.${key} = r.id), 0)
          WHERE r.id IN (SELECT ${key} FROM removed_rows);
          RETURN NULL;
        END $$`);
      await queryRunner.query(
        `CREATE TRIGGER "${history}_stages_added" AFTER INSERT ON "${history}"
         REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION ${records}_stages_added()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${history}_stages_removed" AFTER DELETE ON "${history}"
         REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION ${records}_stages_removed()`,
      );
      // The history is never edited in place: refuse it rather than let the bits drift.
      await queryRunner.query(`CREATE FUNCTION ${history}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '${history} is append-only: delete and insert instead';
        END $$`);
      await queryRunner.query(
        `CREATE TRIGGER "${history}_append_only" BEFORE UPDATE ON "${history}"
         FOR EACH STATEMENT EXECUTE FUNCTION ${history}_append_only()`,
      );
      await queryRunner.query(`UPDATE ${records} r SET stages_reached = h.bits
        FROM (SELECT ${key}, bit_or(${bit}(status::text)) AS bits FROM ${history} GROUP BY ${key}) h
        WHERE r.id = h.${key}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { records, history } of [...SIDES].reverse()) {
      await queryRunner.query(`DROP TRIGGER "${history}_append_only" ON "${history}"`);
      await queryRunner.query(`DROP FUNCTION ${history}_append_only()`);
      await queryRunner.query(`DROP TRIGGER "${history}_stages_removed" ON "${history}"`);
      await queryRunner.query(`DROP TRIGGER "${history}_stages_added" ON "${history}"`);
      await queryRunner.query(`DROP FUNCTION ${records}_stages_removed()`);
      await queryRunner.query(`DROP FUNCTION ${records}_stages_added()`);
      await queryRunner.query(`DROP FUNCTION ${records}_stage_bit(text)`);
      await queryRunner.query(`ALTER TABLE "${records}" DROP COLUMN "stages_reached"`);
    }
  }
}
