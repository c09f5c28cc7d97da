import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A browser that has signed in to an account before: its cookie holds a random token, the table its SHA-256. Sign-ins
 * from a known device are slowed only by that device's own failures, so a stranger's guesses at the account (which
 * slow every other device down) never keep its owner out.
 */
@Entity('known_device')
export class KnownDevice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('known_device_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Index('known_device_user_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastUsedAt!: Date;

  @Column({ type: 'int', default: 0 })
  failedLoginCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
