import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A venue's owner released a programme's bookings (modules/programmes, hardening 2 item 8): that programme may not
 * book the venue again until the owner allows it.
 */
export class VenueReleases1796440000000 implements MigrationInterface {
  name = 'VenueReleases1796440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "venue_release" ("venue_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "released_by_id" uuid, "reason" character varying(500) NOT NULL, CONSTRAINT "PK_venue_release" PRIMARY KEY ("venue_id", "programme_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "venue_release" ADD CONSTRAINT "FK_cde945cb767327843fddc7376ed" FOREIGN KEY ("venue_id") REFERENCES "venue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "venue_release" ADD CONSTRAINT "FK_a755825360b87a4ce768eb9b80c" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "venue_release"`);
  }
}
