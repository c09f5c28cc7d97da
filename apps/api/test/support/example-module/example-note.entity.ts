import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../src/core/database/base.entity';

/** example-note.entity.ts: the module's own table (its migration is in ./migrations; core runs it with everyone's). */
@ObjectType({ description: 'A note an organization keeps (the module template’s table)' })
@Entity('example_note')
@Index('example_note_org_idx', ['organizationId', 'createdAt'])
export class ExampleNote extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Field()
  @Column({ type: 'text' })
  text!: string;
}
