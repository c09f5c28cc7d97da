import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';

@ObjectType({ description: 'A person who signs in to the portal (partner staff), not a citizen participant.' })
@Entity('app_user')
@Index('app_user_email_key', ['email'], { unique: true })
export class User extends BaseEntity {
  /** Stored lower-case. */
  @Field(() => String)
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  /** argon2id; null until an invited user accepts. Never exposed. */
  @Column({ type: 'varchar', length: 200, nullable: true, select: false })
  passwordHash!: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  isPlatformAdmin!: boolean;

  @Field(() => String, { description: 'Preferred language: ko or en' })
  @Column({ type: 'varchar', length: 2, default: 'ko' })
  locale!: string;

  @Column({ type: 'int', default: 0 })
  failedLoginCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
