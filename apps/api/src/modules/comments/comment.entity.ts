import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { COMMENT_RECORD_TYPES, type CommentRecordType } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';

export const CommentRecordTypeEnum = graphqlEnum(COMMENT_RECORD_TYPES, 'CommentRecordType', 'The kind of record a comment is on');

/** A comment on a record, by a person acting for an organization; people it mentions are told. Deleting leaves a trace. */
@ObjectType({ description: 'A comment on a record (those who see the record read it)' })
@Entity('comment')
@Index('comment_record_idx', ['recordType', 'recordId', 'createdAt'])
export class Comment extends BaseEntity {
  @Field(() => CommentRecordTypeEnum)
  @Column({ type: 'enum', enum: COMMENT_RECORD_TYPES, enumName: 'comment_record_type' })
  recordType!: CommentRecordType;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  recordId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Field(() => String, { description: 'Empty once deleted' })
  @Column({ type: 'varchar', length: 4000 })
  body!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionedUserIds!: string[];

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
