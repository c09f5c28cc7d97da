import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import type { Permission } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';

export enum ApiKeyStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ApiKeyStatus, { name: 'ApiKeyStatus', description: 'Whether a key still opens the API' });

/**
 * A machine credential of one organization (a district's own system pushing attendance, a reporting tool pulling
 * figures). Only the SHA-256 of the token is kept (the token is 32 random bytes, shown once); the key acts with the
 * permissions it was given, as far as its creator's current role in the organization allows.
 */
@ObjectType({ description: 'An API key of the active organization (the token itself is shown once, at creation)' })
@Entity('api_key')
@Index('api_key_organization_idx', ['organizationId', 'createdAt'])
export class ApiKey extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field(() => String, { description: 'The first characters of the token, to tell keys apart' })
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Index('api_key_secret_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  secretHash!: string;

  @Field(() => [String], { description: "Permissions given (values of API_KEY_PERMISSIONS, e.g. 'programme:read')" })
  @Column({ type: 'text', array: true })
  permissions!: Permission[];

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Filled by the service (not a column). */
  @Field(() => String, { description: 'Who created it (the key acts within their role)' })
  createdByName?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last request with it (written at most once a minute)' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
