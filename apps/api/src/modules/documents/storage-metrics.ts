import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { Metrics } from '../../core/metrics/metrics';

/** The operators' view of document storage: how close the fullest organization is to its quota (alert at 85 %). */
@Injectable()
export class DocumentStorageMetrics {
  constructor(@InjectDataSource() db: DataSource, @Inject(APP_CONFIG) config: AppConfig, metrics: Metrics) {
    metrics.addGauge(
      'lalaland_document_storage_used_ratio',
      "The largest share of its document quota any organization's documents use.",
      async () => {
        const [row] = (await db.query(
          `SELECT coalesce(max(d.used / greatest(coalesce(q.quota_bytes, $1), 1)), 0)::float8 AS ratio
             FROM (SELECT organization_id, sum(size)::float8 AS used FROM document GROUP BY organization_id) d
             LEFT JOIN document_quota q ON q.organization_id = d.organization_id`,
          [config.documentQuotaBytes],
        )) as Array<{ ratio: number }>;
        return row?.ratio ?? 0;
      },
    );
  }
}
