import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { COMMENT_RECORD_TYPES, type CommentRecordType } from '@lalaland/shared';
import { CommentRecordTypeEnum } from './comment.entity';

@InputType({ description: 'A comment on a record the caller sees; up to 10 people mentioned' })
export class CommentInput {
  @Field(() => CommentRecordTypeEnum)
  @IsIn(COMMENT_RECORD_TYPES)
  recordType!: CommentRecordType;

  @Field(() => ID)
  @IsUUID()
  recordId!: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(4000)
  body!: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  mentionUserIds?: string[] | null;
}

@ObjectType({ description: 'Someone who can be mentioned (a colleague of an organization sharing a stream)' })
export class MentionCandidate {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => ID)
  organizationId!: string;
}
