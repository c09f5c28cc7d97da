import { MigrationInterface, QueryRunner } from 'typeorm';

/** The public door: how a programme is offered to citizens (publication, application period, selection, eligibility, fee). */
export class ProgrammeOffers1796480000000 implements MigrationInterface {
  name = 'ProgrammeOffers1796480000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."selection_method" AS ENUM('FIRST_COME', 'LOTTERY', 'REVIEW')`);
    await queryRunner.query(
      `CREATE TABLE "programme_offer" ("programme_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published" boolean NOT NULL DEFAULT false, "apply_from" TIMESTAMP WITH TIME ZONE, "apply_until" TIMESTAMP WITH TIME ZONE, "selection" "public"."selection_method" NOT NULL DEFAULT 'FIRST_COME', "fee_won" integer NOT NULL DEFAULT '0', "min_age" smallint, "max_age" smallint, "districts" character varying(5) array NOT NULL DEFAULT '{}', "resident_quota" integer, "accessibility" character varying(500), "contact_phone" character varying(20), "job_training_support" boolean NOT NULL DEFAULT false, "credit_bank" boolean NOT NULL DEFAULT false, "learning_account" boolean NOT NULL DEFAULT false, "updated_by_id" uuid, CONSTRAINT "programme_offer_period_check" CHECK (apply_from IS NULL OR apply_until IS NULL OR apply_from < apply_until), CONSTRAINT "programme_offer_ages_check" CHECK ((min_age IS NULL OR min_age BETWEEN 0 AND 120) AND (max_age IS NULL OR max_age BETWEEN 0 AND 120)), CONSTRAINT "programme_offer_fee_check" CHECK (fee_won >= 0 AND fee_won <= 100000000), CONSTRAINT "PK_b0e1dddd318b397309c0b3a975d" PRIMARY KEY ("programme_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_offer" ADD CONSTRAINT "FK_b0e1dddd318b397309c0b3a975d" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme_offer" DROP CONSTRAINT "FK_b0e1dddd318b397309c0b3a975d"`);
    await queryRunner.query(`DROP TABLE "programme_offer"`);
    await queryRunner.query(`DROP TYPE "public"."selection_method"`);
  }
}
