import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

@ObjectType({ description: "A participant's one-time survey link (the roster's pseudonymous key, never a name)" })
export class SurveyLinkType {
  @Field(() => ID)
  enrolmentId!: string;
  @Field()
  participantKey!: string;
  @Field({ description: 'Opens /s/<token>; single use. Whether it was used is never shown (only how many answered).' })
  token!: string;
}

@ObjectType({ description: 'What a survey link opens (public): the programme, and whether it can still be answered' })
export class SurveyFormType {
  @Field()
  programmeTitle!: string;
  @Field()
  hostName!: string;
  @Field()
  closed!: boolean;
  @Field()
  answered!: boolean;
}

@InputType({ description: 'One answer: a score 1–5 for each of the five items, and an optional comment' })
export class SurveyAnswerInput {
  @Field(() => [Int])
  @IsArray()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(5, { each: true })
  scores!: number[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string | null;
}

@InputType({ description: 'Paper answers typed in by staff' })
export class PaperAnswersInput {
  @Field(() => ID)
  @IsString()
  surveyId!: string;

  @Field(() => [SurveyAnswerInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  answers!: SurveyAnswerInput[];
}
