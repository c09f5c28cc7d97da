import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** After-commit work: one row per (event, handler), written in the publisher's transaction, delivered by the outbox worker. */
@Entity('outbox_message')
@Index('outbox_message_pending', ['availableAt'], { where: 'delivered_at IS NULL AND dead_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  event!: string;

  /** `Class.method` of the handler. */
  @Column({ type: 'varchar', length: 200 })
  handler!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  /** Who caused it (user, organization, request), for the handler's context and the logs. */
  @Column({ type: 'jsonb' })
  origin!: { userId: string | null; organizationId: string | null; requestId: string };

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** Given up after the last attempt; kept for an operator to look at. */
  @Column({ type: 'timestamptz', nullable: true })
  deadAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
