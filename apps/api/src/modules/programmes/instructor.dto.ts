import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { Instructor } from './instructor.entity';

export const InstructorPage = PageOf(Instructor, 'InstructorPage');

@InputType()
export class InstructorInput {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @MaxLength(60, { each: true })
  fields?: string[];

  @Field(() => [String], { nullable: true, description: 'District codes, e.g. 26290' })
  @IsOptional()
  @IsArray()
  @Matches(/^\d{5}$/, { each: true })
  districts?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  bio?: string | null;
}

@ArgsType()
export class InstructorsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => String, { nullable: true, description: 'A field (subject), e.g. AI' })
  @IsOptional()
  @MaxLength(60)
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'A district code' })
  @IsOptional()
  @Matches(/^\d{5}$/)
  district?: string | null;
}
