import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Programme } from './programme.entity';
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

/** The venue's owner released a programme's bookings: it may not book the venue again until the owner allows it. */
@ObjectType({
  description: 'A programme whose bookings of a venue its owner released; it may not book the venue again until the owner allows it',
})
@Entity('venue_release')
export class VenueRelease {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  venueId!: string;

  @ManyToOne(() => Venue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venue_id' })
  venue?: Venue;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'timestamptz' })
  releasedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  releasedById!: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  /** Not a column: the programme's title where the owner may see the programme (null for another organization's draft). */
  @Field(() => String, { nullable: true, description: "The programme's title, where the caller may see it" })
  programmeTitle?: string | null;
}
