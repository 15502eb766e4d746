import { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalogue1795435578264 implements MigrationInterface {
  name = 'Catalogue1795435578264';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"programme_kind\" AS ENUM('BOOTCAMP', 'T_LEVEL', 'APPRENTICESHIP', 'SHORT_COURSE')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"delivery_mode\" AS ENUM('IN_PERSON', 'ONLINE', 'HYBRID')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"employment_status\" AS ENUM('UNEMPLOYED', 'EMPLOYED_LOW_PAID', 'EMPLOYED', 'SELF_EMPLOYED', 'IN_EDUCATION', 'ECONOMICALLY_INACTIVE')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"residency\" AS ENUM('MANCHESTER', 'GREATER_MANCHESTER', 'ANY')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"target_group\" AS ENUM('WOMEN', 'TRANS_AND_NON_BINARY', 'ETHNIC_MINORITY', 'DISABLED', 'AGED_50_PLUS')",
    );
    await queryRunner.query(
      'CREATE TABLE "programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "kind" "public"."programme_kind" NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "qualifications" text array NOT NULL DEFAULT \'{}\', "duration_weeks" smallint NOT NULL, "hours_per_week" smallint NOT NULL, "delivery" "public"."delivery_mode" NOT NULL, "ward_code" character varying(9), "fully_funded" boolean NOT NULL, "cost_pence" integer NOT NULL DEFAULT \'0\', "min_age" smallint, "max_age" smallint, "employment_statuses" "public"."employment_status" array NOT NULL DEFAULT \'{}\', "residency" "public"."residency" NOT NULL DEFAULT \'ANY\', "target_groups" "public"."target_group" array NOT NULL DEFAULT \'{}\', "min_qualification_level" smallint, "t_level_code" character varying(12), "guaranteed_interview" boolean NOT NULL DEFAULT false, "published" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "programmes_provider_id_idx" ON "programmes"  ("provider_id") ');
    await queryRunner.query('CREATE INDEX "programmes_published_idx" ON "programmes"  ("published") ');
    await queryRunner.query(
      'CREATE TABLE "cohorts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "applications_close_on" date NOT NULL, "capacity" integer NOT NULL, "places_taken" integer NOT NULL DEFAULT \'0\', "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cohorts_dates_check" CHECK ("end_date" > "start_date" AND "applications_close_on" <= "start_date"), CONSTRAINT "cohorts_places_check" CHECK ("places_taken" >= 0 AND "places_taken" <= "capacity"), CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "cohorts_programme_id_idx" ON "cohorts"  ("programme_id") ');
    await queryRunner.query(
      'CREATE TABLE "programme_skills_taught" ("programme_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "level" smallint NOT NULL, CONSTRAINT "PK_7254ceae4f793cc612c01d1bd4a" PRIMARY KEY ("programme_id", "skill_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "programme_skills_taught_skill_id_idx" ON "programme_skills_taught"  ("skill_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "programme_prerequisites" ("programme_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "level" smallint NOT NULL, "essential" boolean NOT NULL, CONSTRAINT "PK_d44e252b2f894328c396b94cff3" PRIMARY KEY ("programme_id", "skill_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "programme_prerequisites_skill_id_idx" ON "programme_prerequisites"  ("skill_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"contract_type\" AS ENUM('PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'TEMPORARY')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"workplace\" AS ENUM('ON_SITE', 'HYBRID', 'REMOTE')");
    await queryRunner.query("CREATE TYPE \"public\".\"vacancy_status\" AS ENUM('DRAFT', 'OPEN', 'CLOSED', 'FILLED')");
    await queryRunner.query(
      'CREATE TABLE "vacancies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "salary_min_pence" integer NOT NULL, "salary_max_pence" integer NOT NULL, "hours_per_week" numeric(4,1) NOT NULL, "contract" "public"."contract_type" NOT NULL, "workplace" "public"."workplace" NOT NULL, "ward_code" character varying(9), "positions" integer NOT NULL DEFAULT \'1\', "positions_filled" integer NOT NULL DEFAULT \'0\', "closes_on" date NOT NULL, "status" "public"."vacancy_status" NOT NULL DEFAULT \'DRAFT\', "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "vacancies_positions_check" CHECK ("positions_filled" >= 0 AND "positions_filled" <= "positions"), CONSTRAINT "vacancies_salary_check" CHECK ("salary_min_pence" >= 0 AND "salary_min_pence" <= "salary_max_pence"), CONSTRAINT "PK_3b45154a366568190cc15be2906" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "vacancies_employer_id_idx" ON "vacancies"  ("employer_id") ');
    await queryRunner.query('CREATE INDEX "vacancies_status_idx" ON "vacancies"  ("status") ');
    await queryRunner.query(
      'CREATE TABLE "vacancy_requirements" ("vacancy_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "level" smallint NOT NULL, "essential" boolean NOT NULL, CONSTRAINT "PK_6f45cdd73d8be90304caaa9e1c9" PRIMARY KEY ("vacancy_id", "skill_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "vacancy_requirements_skill_id_idx" ON "vacancy_requirements"  ("skill_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "vacancy_guaranteed_interview_programmes" ("vacancy_id" uuid NOT NULL, "programme_id" uuid NOT NULL, CONSTRAINT "PK_88e966aec851e47b3bfb8ee0244" PRIMARY KEY ("vacancy_id", "programme_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "vacancy_guaranteed_interview_programme_id_idx" ON "vacancy_guaranteed_interview_programmes"  ("programme_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "programmes" ADD CONSTRAINT "programmes_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programmes" ADD CONSTRAINT "programmes_ward_code_fkey" FOREIGN KEY ("ward_code") REFERENCES "wards"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programmes" ADD CONSTRAINT "programmes_t_level_code_fkey" FOREIGN KEY ("t_level_code") REFERENCES "t_level_pathways"("lar_code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_skills_taught" ADD CONSTRAINT "programme_skills_taught_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_skills_taught" ADD CONSTRAINT "programme_skills_taught_skill_id_fkey" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_prerequisites" ADD CONSTRAINT "programme_prerequisites_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_prerequisites" ADD CONSTRAINT "programme_prerequisites_skill_id_fkey" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_ward_code_fkey" FOREIGN KEY ("ward_code") REFERENCES "wards"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "vacancy_requirements" ADD CONSTRAINT "vacancy_requirements_vacancy_id_fkey" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "vacancy_requirements" ADD CONSTRAINT "vacancy_requirements_skill_id_fkey" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "vacancy_guaranteed_interview_programmes" ADD CONSTRAINT "vacancy_guaranteed_interview_vacancy_id_fkey" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "vacancy_guaranteed_interview_programmes" ADD CONSTRAINT "vacancy_guaranteed_interview_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Full-text search over the public text (expression indexes: TypeORM cannot describe them, so they are hand-written).
    await queryRunner.query(
      `CREATE INDEX "programmes_search_idx" ON "programmes" USING gin (to_tsvector('english', "title" || ' ' || "summary"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "vacancies_search_idx" ON "vacancies" USING gin (to_tsvector('english', "title" || ' ' || "description"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."vacancies_search_idx"');
    await queryRunner.query('DROP INDEX "public"."programmes_search_idx"');
    await queryRunner.query(
      'ALTER TABLE "vacancy_guaranteed_interview_programmes" DROP CONSTRAINT "vacancy_guaranteed_interview_programme_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "vacancy_guaranteed_interview_programmes" DROP CONSTRAINT "vacancy_guaranteed_interview_vacancy_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "vacancy_requirements" DROP CONSTRAINT "vacancy_requirements_skill_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "vacancy_requirements" DROP CONSTRAINT "vacancy_requirements_vacancy_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "vacancies" DROP CONSTRAINT "vacancies_ward_code_fkey"');
    await queryRunner.query('ALTER TABLE "vacancies" DROP CONSTRAINT "vacancies_employer_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "programme_prerequisites" DROP CONSTRAINT "programme_prerequisites_skill_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_prerequisites" DROP CONSTRAINT "programme_prerequisites_programme_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_skills_taught" DROP CONSTRAINT "programme_skills_taught_skill_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_skills_taught" DROP CONSTRAINT "programme_skills_taught_programme_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "cohorts" DROP CONSTRAINT "cohorts_programme_id_fkey"');
    await queryRunner.query('ALTER TABLE "programmes" DROP CONSTRAINT "programmes_t_level_code_fkey"');
    await queryRunner.query('ALTER TABLE "programmes" DROP CONSTRAINT "programmes_ward_code_fkey"');
    await queryRunner.query('ALTER TABLE "programmes" DROP CONSTRAINT "programmes_provider_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."vacancy_guaranteed_interview_programme_id_idx"');
    await queryRunner.query('DROP TABLE "vacancy_guaranteed_interview_programmes"');
    await queryRunner.query('DROP INDEX "public"."vacancy_requirements_skill_id_idx"');
    await queryRunner.query('DROP TABLE "vacancy_requirements"');
    await queryRunner.query('DROP INDEX "public"."vacancies_status_idx"');
    await queryRunner.query('DROP INDEX "public"."vacancies_employer_id_idx"');
    await queryRunner.query('DROP TABLE "vacancies"');
    await queryRunner.query('DROP TYPE "public"."vacancy_status"');
    await queryRunner.query('DROP TYPE "public"."workplace"');
    await queryRunner.query('DROP TYPE "public"."contract_type"');
    await queryRunner.query('DROP INDEX "public"."programme_prerequisites_skill_id_idx"');
    await queryRunner.query('DROP TABLE "programme_prerequisites"');
    await queryRunner.query('DROP INDEX "public"."programme_skills_taught_skill_id_idx"');
    await queryRunner.query('DROP TABLE "programme_skills_taught"');
    await queryRunner.query('DROP INDEX "public"."cohorts_programme_id_idx"');
    await queryRunner.query('DROP TABLE "cohorts"');
    await queryRunner.query('DROP INDEX "public"."programmes_published_idx"');
    await queryRunner.query('DROP INDEX "public"."programmes_provider_id_idx"');
    await queryRunner.query('DROP TABLE "programmes"');
    await queryRunner.query('DROP TYPE "public"."target_group"');
    await queryRunner.query('DROP TYPE "public"."residency"');
    await queryRunner.query('DROP TYPE "public"."employment_status"');
    await queryRunner.query('DROP TYPE "public"."delivery_mode"');
    await queryRunner.query('DROP TYPE "public"."programme_kind"');
  }
}
