import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';
import { Organization } from '../organizations';

/** Server-side session; the cookie holds a random token, the table only its SHA-256. Deleting the row revokes it. */
@Entity('user_session')
export class UserSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('user_session_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Index('user_session_user_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid', nullable: true })
  activeOrganizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'active_organization_id' })
  activeOrganization?: Organization | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  /** A step still owed before the session acts (VERIFY a second factor, or ENROL one); null once signed in. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  secondFactor!: 'VERIFY' | 'ENROL' | null;

  /** The pending step's WebAuthn challenge or the authenticator app's secret being enrolled. */
  @Column({ type: 'text', nullable: true })
  secondFactorChallenge!: string | null;

  @Column({ type: 'integer', default: 0 })
  secondFactorFailures!: number;
}
