import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DOCUMENT_RECORD_TYPES, type DocumentRecordType } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { graphqlEnum } from '../../core/graphql/enums';

export const DocumentRecordTypeEnum = graphqlEnum(DOCUMENT_RECORD_TYPES, 'DocumentRecordType', 'The kind of record a document belongs to');

/**
 * A file attached to a record (an expenditure's receipt, a programme's plan, a referral's form, a task's report). Who
 * sees it follows the record; its bytes are in DocumentStorage under `storageKey`. A new upload with the same name on
 * the same record is the next version; earlier versions stay.
 */
@ObjectType({ description: 'A document attached to a record; downloaded from /documents/{id} as an attachment' })
@Entity('document')
@Index('document_record_idx', ['recordType', 'recordId', 'name', 'version'], { unique: true })
@Index('document_organization_idx', ['organizationId'])
/** Search (modules/search) matches titles with ILIKE over a trigram index, written in its migration. */
@Index('document_search_trgm', { synchronize: false })
export class Document extends BaseEntity {
  @Field(() => DocumentRecordTypeEnum)
  @Column({ type: 'enum', enum: DOCUMENT_RECORD_TYPES, enumName: 'document_record_type' })
  recordType!: DocumentRecordType;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  recordId!: string;

  @Field(() => ID, { description: 'The organization that uploaded it' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Field(() => String, { description: 'A safe file name (no path), shown and used for the download' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes' })
  @Column({ type: 'int' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 of the bytes, hex' })
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Field(() => Int, { description: '1 for the first upload of this name on the record, then 2, 3, …' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field(() => Boolean, { description: 'Holds personal data: every download is logged' })
  @Column({ type: 'boolean', default: false })
  personalData!: boolean;

  @Column({ type: 'uuid' })
  storageKey!: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;
}

/** An organization's own quota for its documents, set by a platform admin (otherwise DOCUMENT_QUOTA_MB applies). */
@Entity('document_quota')
export class DocumentQuota {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  quotaBytes!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;
}

@ObjectType({ description: "What an organization's documents weigh against its quota" })
export class DocumentStorageUsage {
  @Field(() => Float, { description: 'Bytes of every version of every document the organization uploaded' })
  usedBytes!: number;

  @Field(() => Float, { description: 'The most they may weigh together' })
  quotaBytes!: number;
}
