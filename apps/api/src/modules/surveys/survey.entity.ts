import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { SURVEY_CHANNELS, type SurveyChannel } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Programme } from '../programmes';
import { Enrolment } from '../enrolments';

/**
 * A programme's satisfaction survey. Answers are published in batches of SURVEY_PUBLISH_BATCH (or all at close); the
 * published count and per-item sums move in the transaction that publishes them (the satisfaction KPI reads them,
 * never the answers); `answeredCount` is how many answered so far.
 */
@ObjectType({
  description:
    "A programme's satisfaction survey (the usual 5-point items and a free comment), answered online by a one-time link or on paper",
})
@Entity('survey')
@Index('survey_programme_key', ['programmeId'], { unique: true })
@Check('survey_counts_check', 'response_count >= 0')
export class Survey extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Closed to answers since' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Answers in the published results (batches of 5, or all at close)' })
  @Column({ type: 'int', default: 0 })
  responseCount!: number;

  @Field(() => Int, { description: 'Answers received so far, published or not (never which link answered)' })
  @Column({ type: 'int', default: 0 })
  answeredCount!: number;

  /** Sum of each item's scores over the published answers (SURVEY_ITEMS order). */
  @Column({ type: 'int', array: true, default: '{0,0,0,0,0}' })
  itemSums!: number[];

  @Column({ type: 'uuid', nullable: true })
  openedById!: string | null;
}

/** One answer, anonymous: no enrolment, no person, only the day (a receipt elsewhere makes each link single use). */
@Entity('survey_response')
@Index('survey_response_survey_idx', ['surveyId'])
@Check('survey_response_scores_check', 'array_length(scores, 1) = 5 AND 1 <= ALL(scores) AND 5 >= ALL(scores)')
export class SurveyResponse {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Column({ type: 'date' })
  answeredOn!: string;

  @Column({ type: 'enum', enum: SURVEY_CHANNELS, enumName: 'survey_channel' })
  channel!: SurveyChannel;

  @Column({ type: 'smallint', array: true })
  scores!: number[];

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment!: string | null;

  /** In the results: published with four others, or at close. */
  @Column({ type: 'boolean', default: false })
  published!: boolean;
}

/** The enrolment's link was used (kept apart from the answer, so results stay anonymous). */
@Entity('survey_receipt')
export class SurveyReceipt {
  @PrimaryColumn({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @PrimaryColumn({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @CreateDateColumn({ type: 'timestamptz' })
  usedAt!: Date;
}

@ObjectType({ description: 'Results of a survey: counts and item means, never who answered' })
export class SurveyResults {
  @Field(() => Int, { description: 'Answers the results are computed from (published in batches of 5, or all at close)' })
  responses!: number;
  @Field(() => Int, { description: 'Answers received so far' })
  answered!: number;
  @Field(() => Int, { description: 'People the survey was for (enrolled or finished)' })
  invited!: number;
  @Field(() => [SurveyItemResult])
  items!: SurveyItemResult[];
  @Field(() => [String], {
    description:
      'Free comments of the published answers, in an order unrelated to when they came (hidden below 5 answers, like any small cell)',
  })
  comments!: string[];
}

@ObjectType()
export class SurveyItemResult {
  @Field()
  item!: string;
  @Field(() => Float, { nullable: true, description: 'Mean on the 5-point scale' })
  mean!: number | null;
  @Field(() => [Int], {
    nullable: 'items',
    description: 'Answers per score 1…5 (a null is suppressed; empty under 5 answers, for another organization)',
  })
  distribution!: Array<number | null>;
}
