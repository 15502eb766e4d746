import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795434299492 implements MigrationInterface {
  name = 'Initial1795434299492';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram matching for skill search (pg_trgm is a trusted extension: the database owner may create it).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE TABLE "wards" ("code" character varying(9) NOT NULL, "name" character varying(100) NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, CONSTRAINT "PK_24f16d2207b1dcb6ce07d81d20f" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "skills" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "category" character varying(60) NOT NULL, "esco_uri" character varying(200), "alt_labels" text array NOT NULL DEFAULT \'{}\', "description" text, "search_text" text NOT NULL, "curated" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "skills_name_key" ON "skills"  ("name") ');
    await queryRunner.query(
      'CREATE INDEX "skills_search_text_trgm" ON "skills" USING gin ("search_text" gin_trgm_ops)',
    );
    await queryRunner.query('CREATE INDEX "skills_category_idx" ON "skills"  ("category") ');
    await queryRunner.query('CREATE UNIQUE INDEX "skills_esco_uri_key" ON "skills"  ("esco_uri") ');
    await queryRunner.query(
      'CREATE TABLE "census_benchmarks" ("dimension" character varying(30) NOT NULL, "category" character varying(60) NOT NULL, "residents" integer NOT NULL, "census_date" date NOT NULL, CONSTRAINT "PK_13d7316c26c4ca4a57b97b6b4bb" PRIMARY KEY ("dimension", "category"))',
    );
    await queryRunner.query(
      'CREATE TABLE "real_living_wage_rates" ("effective_from" date NOT NULL, "hourly_pence" integer NOT NULL, CONSTRAINT "PK_490e317d374f908bc55b73ad5c7" PRIMARY KEY ("effective_from"))',
    );
    await queryRunner.query(
      'CREATE TABLE "t_level_pathways" ("lar_code" character varying(12) NOT NULL, "name" character varying(200) NOT NULL, "specialisms" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_141efd44695eac65ae5950ca559" PRIMARY KEY ("lar_code"))',
    );
    await queryRunner.query('CREATE TYPE "public"."organisation_kind" AS ENUM(\'EMPLOYER\', \'PROVIDER\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"disability_confident_level\" AS ENUM('COMMITTED', 'EMPLOYER', 'LEADER')",
    );
    await queryRunner.query(
      'CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."organisation_kind" NOT NULL, "name" character varying(200) NOT NULL, "verified" boolean NOT NULL DEFAULT false, "verified_at" TIMESTAMP WITH TIME ZONE, "website" character varying(500), "ward_code" character varying(9), "real_living_wage_employer" boolean NOT NULL DEFAULT false, "good_employment_charter" boolean NOT NULL DEFAULT false, "disability_confident" "public"."disability_confident_level", "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"user_role\" AS ENUM('RESIDENT', 'EMPLOYER', 'PROVIDER', 'BROKER', 'ANALYST', 'ADMIN')",
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(100) NOT NULL, "role" "public"."user_role" NOT NULL, "password_hash" character varying(255) NOT NULL, "organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") ');
    await queryRunner.query('CREATE INDEX "users_organisation_id_idx" ON "users"  ("organisation_id") ');
    await queryRunner.query(
      'ALTER TABLE "organisations" ADD CONSTRAINT "organisations_ward_code_fkey" FOREIGN KEY ("ward_code") REFERENCES "wards"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."skills_search_text_trgm"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "users_organisation_id_fkey"');
    await queryRunner.query('ALTER TABLE "organisations" DROP CONSTRAINT "organisations_ward_code_fkey"');
    await queryRunner.query('DROP INDEX "public"."users_organisation_id_idx"');
    await queryRunner.query('DROP INDEX "public"."users_email_key"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
    await queryRunner.query('DROP TABLE "organisations"');
    await queryRunner.query('DROP TYPE "public"."disability_confident_level"');
    await queryRunner.query('DROP TYPE "public"."organisation_kind"');
    await queryRunner.query('DROP TABLE "t_level_pathways"');
    await queryRunner.query('DROP TABLE "real_living_wage_rates"');
    await queryRunner.query('DROP TABLE "census_benchmarks"');
    await queryRunner.query('DROP INDEX "public"."skills_esco_uri_key"');
    await queryRunner.query('DROP INDEX "public"."skills_category_idx"');
    await queryRunner.query('DROP INDEX "public"."skills_name_key"');
    await queryRunner.query('DROP TABLE "skills"');
    await queryRunner.query('DROP TABLE "wards"');
  }
}
