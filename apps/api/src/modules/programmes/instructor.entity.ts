import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organization } from '../organizations';
import { FundingStream } from '../funding';

@ObjectType({ description: '강사은행: an instructor in the pool of a stream, assignable to sessions of any member.' })
@Entity('instructor')
@Index('instructor_stream_idx', ['streamId'])
export class Instructor extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field(() => ID, { description: 'Organization that registered the instructor' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field(() => [String], { description: 'Subjects, e.g. AI, 스마트폰, 문해' })
  @Column({ type: 'varchar', length: 60, array: true, default: '{}' })
  fields!: string[];

  @Field(() => [String], { description: 'District codes where the instructor works, e.g. 26290' })
  @Column({ type: 'varchar', length: 5, array: true, default: '{}' })
  districts!: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  bio!: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;
}
