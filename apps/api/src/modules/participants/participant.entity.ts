import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CONSENT_PURPOSES, GENDERS, PERSONAL_FIELDS } from '@lalaland/shared';
import type { ConsentPurpose, Gender, PersonalField } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { graphqlEnum } from '../../core/graphql/enums';
import { Organization } from '../organizations';

export const GenderEnum = graphqlEnum(GENDERS, 'Gender');
export const ConsentPurposeEnum = graphqlEnum(CONSENT_PURPOSES, 'ConsentPurpose');
export const PersonalFieldEnum = graphqlEnum(
  PERSONAL_FIELDS,
  'PersonalField',
  'A personal field a consent covers and an access-log row names',
);

/**
 * A citizen registered by an organization's staff. Personal fields are not GraphQL fields of this type: they are
 * read through `personal`, which checks consent and role and writes an access-log row. Other organizations see the
 * pseudonymous key only.
 */
@ObjectType({ description: 'A citizen taking part; other organizations see only the pseudonymous key.' })
@Entity('participant')
@Index('participant_pseudonym_key', ['pseudonymKey'], { unique: true })
@Index('participant_org_phone_idx', ['organizationId', 'phoneHash'])
@Index('participant_org_name_idx', ['organizationId', 'name'])
// (organization_id, created_at DESC, id): the list's order (migration ParticipantListOrder)
@Index('participant_org_created_idx', ['organizationId', 'createdAt', 'id'])
export class Participant extends BaseEntity {
  /** The organization that registered the participant and holds the personal data. */
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => String, { description: 'Pseudonymous key, e.g. P7K3QX9A; what other organizations see instead of the name' })
  @Column({ type: 'varchar', length: 12 })
  pseudonymKey!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** AES-256-GCM ciphertext (v1.iv.tag.data, base64url) with the key from configuration. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  phoneEncrypted!: string | null;

  /** HMAC of the normalized phone: finds the same person again without decrypting. */
  @Column({ type: 'char', length: 64, nullable: true })
  phoneHash!: string | null;

  @Column({ type: 'int' })
  birthYear!: number;

  @Column({ type: 'enum', enum: GENDERS, enumName: 'gender', nullable: true })
  gender!: Gender | null;

  /** District of residence (administrative code, e.g. 26290) or null when outside Busan. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  districtCode!: string | null;

  @Column({ type: 'uuid', nullable: true })
  registeredById!: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;

  /** When the identifying fields were destroyed because every basis had ended (the register says why). */
  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  destroyedAt!: Date | null;
}

@ObjectType({ description: 'Consent to hold (and possibly share) personal data: purpose, items, retention, given/withdrawn, by whom.' })
@Entity('consent')
@Index('consent_participant_idx', ['participantId'])
export class Consent extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Field(() => ID, { description: 'Organization that recorded the consent' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Field(() => ConsentPurposeEnum)
  @Column({ type: 'enum', enum: CONSENT_PURPOSES, enumName: 'consent_purpose' })
  purpose!: ConsentPurpose;

  @Field(() => ID, { nullable: true, description: 'For sharing: the organization that may read the items' })
  @Column({ type: 'uuid', nullable: true })
  recipientOrganizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_organization_id' })
  recipient?: Organization;

  @Field(() => [PersonalFieldEnum])
  @Column({ type: 'enum', enum: PERSONAL_FIELDS, enumName: 'personal_field', array: true })
  items!: PersonalField[];

  @Field(() => String, { description: 'YYYY-MM-DD: the data is kept until this date' })
  @Column({ type: 'date' })
  retentionUntil!: string;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz' })
  givenAt!: Date;

  @Field(() => String, { description: 'How it was given: WRITTEN (signed form), VERBAL (by phone, staff recorded), ONLINE' })
  @Column({ type: 'varchar', length: 20 })
  method!: string;

  @Field(() => ID, { nullable: true, description: 'Staff member who recorded it' })
  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;
}

@ObjectType({
  description: "One read of a participant's personal fields: who, which participant, which fields, why (operation and request id).",
})
@Entity('personal_data_access')
@Index('personal_data_access_participant_idx', ['participantId', 'occurredAt'])
@Index('personal_data_access_org_idx', ['organizationId', 'occurredAt'])
export class PersonalDataAccess {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  participantId!: string;

  @Field(() => [PersonalFieldEnum])
  @Column({ type: 'enum', enum: PERSONAL_FIELDS, enumName: 'personal_field', array: true })
  fields!: PersonalField[];

  @Field(() => String, {
    nullable: true,
    description: "What else was read, when not the participant's fields (a referral's document, note or comments)",
  })
  @Column({ type: 'varchar', length: 200, nullable: true })
  detail!: string | null;

  @Field(() => String, { description: 'The GraphQL operation or export that read the fields' })
  @Column({ type: 'varchar', length: 100 })
  purpose!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;
}

@ObjectType({ description: "A participant's personal fields, as far as consent and the caller's role allow; reading them is logged." })
export class ParticipantPersonal {
  @Field(() => String, { nullable: true, description: 'Null when the consent shared with the caller does not cover it' })
  name!: string | null;
  @Field(() => String, { nullable: true, description: '010-1234-5678' })
  phone!: string | null;
  @Field(() => Int, { nullable: true })
  birthYear!: number | null;
  @Field(() => GenderEnum, { nullable: true })
  gender!: Gender | null;
  @Field(() => String, { nullable: true, description: 'District code of residence' })
  districtCode!: string | null;
}
