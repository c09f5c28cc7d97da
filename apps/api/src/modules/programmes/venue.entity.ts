import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organization } from '../organizations';

@ObjectType({ description: 'A learning centre or room of an organization; never double-booked.' })
@Entity('venue')
@Index('venue_org_idx', ['organizationId'])
export class Venue extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;
}
