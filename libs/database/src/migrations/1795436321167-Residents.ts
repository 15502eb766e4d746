import { MigrationInterface, QueryRunner } from 'typeorm';

export class Residents1795436321167 implements MigrationInterface {
  name = 'Residents1795436321167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"ethnicity\" AS ENUM('WHITE_BRITISH', 'WHITE_IRISH', 'WHITE_GYPSY_OR_IRISH_TRAVELLER', 'WHITE_ROMA', 'WHITE_OTHER', 'MIXED_WHITE_AND_BLACK_CARIBBEAN', 'MIXED_WHITE_AND_BLACK_AFRICAN', 'MIXED_WHITE_AND_ASIAN', 'MIXED_OTHER', 'ASIAN_INDIAN', 'ASIAN_PAKISTANI', 'ASIAN_BANGLADESHI', 'ASIAN_CHINESE', 'ASIAN_OTHER', 'BLACK_CARIBBEAN', 'BLACK_AFRICAN', 'BLACK_OTHER', 'ARAB', 'OTHER_ETHNIC_GROUP', 'PREFER_NOT_TO_SAY')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"gender\" AS ENUM('WOMAN', 'MAN', 'NON_BINARY', 'SELF_DESCRIBED', 'PREFER_NOT_TO_SAY')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"yes_no_prefer_not\" AS ENUM('YES', 'NO', 'PREFER_NOT_TO_SAY')");
    await queryRunner.query(
      'CREATE TABLE "equality_monitoring" ("user_id" uuid NOT NULL, "ethnicity" "public"."ethnicity", "gender" "public"."gender", "trans" "public"."yes_no_prefer_not", "disability" "public"."yes_no_prefer_not", "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_60c775c12fe32193384803b1c19" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "resident_profiles" ("user_id" uuid NOT NULL, "ward_code" character varying(9), "lives_in_greater_manchester" boolean NOT NULL DEFAULT false, "date_of_birth" date, "employment_status" "public"."employment_status", "highest_qualification_level" smallint, "max_travel_km" smallint, "hours_available_per_week" smallint, "has_device" boolean NOT NULL DEFAULT false, "has_home_internet" boolean NOT NULL DEFAULT false, "share_profile_with_employers" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bcfc7664a290175dd3df8feaba5" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"skill_evidence\" AS ENUM('SELF_DECLARED', 'COURSE_COMPLETED', 'QUALIFICATION', 'EMPLOYER_VERIFIED')",
    );
    await queryRunner.query(
      'CREATE TABLE "resident_skills" ("user_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "level" smallint NOT NULL, "evidence" "public"."skill_evidence" NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e9a61a9f4b932118af8fd177acf" PRIMARY KEY ("user_id", "skill_id"))',
    );
    await queryRunner.query('CREATE INDEX "resident_skills_skill_id_idx" ON "resident_skills"  ("skill_id") ');
    await queryRunner.query(
      'ALTER TABLE "equality_monitoring" ADD CONSTRAINT "equality_monitoring_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_profiles" ADD CONSTRAINT "resident_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_profiles" ADD CONSTRAINT "resident_profiles_ward_code_fkey" FOREIGN KEY ("ward_code") REFERENCES "wards"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_skills" ADD CONSTRAINT "resident_skills_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resident_skills" ADD CONSTRAINT "resident_skills_skill_id_fkey" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "resident_skills" DROP CONSTRAINT "resident_skills_skill_id_fkey"');
    await queryRunner.query('ALTER TABLE "resident_skills" DROP CONSTRAINT "resident_skills_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "resident_profiles" DROP CONSTRAINT "resident_profiles_ward_code_fkey"');
    await queryRunner.query('ALTER TABLE "resident_profiles" DROP CONSTRAINT "resident_profiles_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "equality_monitoring" DROP CONSTRAINT "equality_monitoring_user_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."resident_skills_skill_id_idx"');
    await queryRunner.query('DROP TABLE "resident_skills"');
    await queryRunner.query('DROP TYPE "public"."skill_evidence"');
    await queryRunner.query('DROP TABLE "resident_profiles"');
    await queryRunner.query('DROP TABLE "equality_monitoring"');
    await queryRunner.query('DROP TYPE "public"."yes_no_prefer_not"');
    await queryRunner.query('DROP TYPE "public"."gender"');
    await queryRunner.query('DROP TYPE "public"."ethnicity"');
  }
}
