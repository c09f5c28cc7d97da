import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ApiKey } from './api-key.entity';

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What it is for, e.g. "남구 출석 연동"' })
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => [String], { description: "Among API_KEY_PERMISSIONS ('programme:read', 'participant:manage', …), within the creator's own" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  permissions!: string[];

  @Field(() => String, { description: 'Last day it works (YYYY-MM-DD, Asia/Seoul), at most a year ahead' })
  @IsDateString({ strict: true })
  @MaxLength(10)
  expiresOn!: string;
}

@ObjectType({ description: 'A new key and its token: the only time the token is shown' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  key!: ApiKey;

  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"; only its hash is kept' })
  token!: string;
}
