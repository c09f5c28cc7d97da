import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';

@ObjectType({
  description: "A funder's programme for a year, e.g. the Ministry of Education's 2025 Regional Lifelong Education Promotion Project.",
})
@Entity('funding_programme')
@Index('funding_programme_code_key', ['code'], { unique: true })
export class FundingProgramme extends BaseEntity {
  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  nameKo!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  nameEn!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'uuid' })
  funderOrganizationId!: string;
}

@ObjectType({ description: 'A category of a funding programme, e.g. 평생학습 집중진흥지구.' })
@Entity('funding_category')
@Index('funding_category_code_key', ['programmeId', 'code'], { unique: true })
export class FundingCategory extends BaseEntity {
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => FundingProgramme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: FundingProgramme;

  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  nameKo!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  nameEn!: string;
}
