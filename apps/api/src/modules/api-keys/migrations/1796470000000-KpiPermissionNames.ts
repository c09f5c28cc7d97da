import { MigrationInterface, QueryRunner } from 'typeorm';

/** One name per concept: the KPI permissions are kpis:read and kpis:manage (were outcomes:*, the participants' outcomes' word). */
export class KpiPermissionNames1796470000000 implements MigrationInterface {
  name = 'KpiPermissionNames1796470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "api_key" SET "permissions" = array_replace(array_replace("permissions", 'outcomes:read', 'kpis:read'), 'outcomes:manage', 'kpis:manage')
        WHERE "permissions" && ARRAY['outcomes:read', 'outcomes:manage']`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "api_key" SET "permissions" = array_replace(array_replace("permissions", 'kpis:read', 'outcomes:read'), 'kpis:manage', 'outcomes:manage')
        WHERE "permissions" && ARRAY['kpis:read', 'kpis:manage']`,
    );
  }
}
