import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JSONScalar } from '../graphql/json.scalar';

@ObjectType({ description: 'Who changed what, when, in which request. Written in the same transaction as the change.' })
@Entity('audit_event')
@Index('audit_event_org_time_idx', ['organizationId', 'occurredAt'])
@Index('audit_event_entity_idx', ['entityType', 'entityId'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Field(() => String, { description: 'e.g. organization.update, member.invite' })
  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 60 })
  entityType!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  entityId!: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Changed fields: { field: [before, after] }' })
  @Column({ type: 'jsonb', nullable: true })
  changes!: Record<string, unknown> | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 64 })
  requestId!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
