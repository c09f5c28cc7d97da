import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ORGANIZATION_KINDS, OrganizationKind } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { graphqlEnum } from '../../core/graphql/enums';

export const OrganizationKindEnum = graphqlEnum(ORGANIZATION_KINDS, 'OrganizationKind', 'Kind of consortium partner');

@ObjectType({
  description:
    'A partner of the consortium: the city, a Gu/Gun, the institute, a university, a company, a learning centre or the ministry.',
})
@Entity('organization')
@Index('organization_admin_code_key', ['adminCode'], { unique: true, where: 'admin_code IS NOT NULL' })
export class Organization extends BaseEntity {
  @Field(() => OrganizationKindEnum)
  @Column({ type: 'enum', enum: ORGANIZATION_KINDS, enumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Field(() => String, { description: 'Korean name (current)' })
  @Column({ type: 'varchar', length: 200 })
  nameKo!: string;

  @Field(() => String, { description: 'English name (current)' })
  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Field(() => String, { description: 'Short code, unique, e.g. NAM or BUSAN_CITY' })
  @Index('organization_short_code_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  shortCode!: string;

  @Field(() => String, { nullable: true, description: 'Korean administrative code for cities and districts, e.g. 26290 (Nam-gu)' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  adminCode!: string | null;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organization | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Field(() => Boolean, { description: 'Sample data for demonstrations, not a real partner' })
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;

  @Field(() => String, { description: 'First day the organization is active (YYYY-MM-DD)' })
  @Column({ type: 'date', default: () => 'CURRENT_DATE' })
  activeFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day the organization is active (YYYY-MM-DD), if it has ended' })
  @Column({ type: 'date', nullable: true })
  activeTo!: string | null;
}
