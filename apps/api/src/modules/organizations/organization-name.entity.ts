import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organization } from './organization.entity';

@ObjectType({ description: 'A former name of an organization and the dates it was in use, so a rename keeps history.' })
@Entity('organization_name')
@Index('organization_name_org_idx', ['organizationId', 'validTo'])
export class OrganizationName extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  nameKo!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Field(() => String)
  @Column({ type: 'date' })
  validFrom!: string;

  @Field(() => String)
  @Column({ type: 'date' })
  validTo!: string;
}
