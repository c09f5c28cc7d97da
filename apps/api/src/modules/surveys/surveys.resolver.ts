import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Extensions } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { Public, RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Survey, SurveyResults } from './survey.entity';
import { PaperAnswersInput, SurveyAnswerInput, SurveyFormType, SurveyLinkType } from './surveys.dto';
import { SurveyService } from './survey.service';
import { TextArg } from '../../core/errors/text-bounds';

@Resolver(() => Survey)
export class SurveyResolver {
  constructor(private readonly service: SurveyService) {}

  @Query(() => Survey, { nullable: true, description: "The programme's satisfaction survey, if opened" })
  @RequirePermission(Permission.ProgrammeRead)
  programmeSurvey(@Ctx() ctx: RequestContext, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return this.service.ofProgramme(ctx, programmeId);
  }

  @Mutation(() => Survey, { description: 'Opens (or reopens) the programme’s survey (its host’s staff)' })
  @RequirePermission(Permission.ProgrammeWrite)
  openSurvey(@Ctx() ctx: RequestContext, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return this.service.open(ctx, programmeId);
  }

  @Mutation(() => Survey)
  @RequirePermission(Permission.ProgrammeWrite)
  closeSurvey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.close(ctx, id);
  }

  @Mutation(() => Survey, { description: 'Paper answers typed in by the host’s staff (never more answers than participants)' })
  @RequirePermission(Permission.ProgrammeWrite)
  enterPaperSurveyAnswers(@Ctx() ctx: RequestContext, @Args('input') input: PaperAnswersInput) {
    return this.service.enterPaper(ctx, input.surveyId, input.answers);
  }

  @ResolveField(() => SurveyResults, { description: 'Anonymous results' })
  @RequirePermission(Permission.ProgrammeRead)
  results(@Ctx() ctx: RequestContext, @Parent() s: Survey) {
    return this.service.results(ctx, s);
  }

  @ResolveField(() => [SurveyLinkType], { description: "Each participant's one-time link (the host's staff)" })
  @Extensions({ maxItems: 500 })
  @RequirePermission(Permission.ProgrammeWrite)
  links(@Ctx() ctx: RequestContext, @Parent() s: Survey) {
    return this.service.links(ctx, s.id);
  }

  @Query(() => SurveyFormType, { description: 'Public: what a one-time survey link opens' })
  @Public()
  surveyForm(@TextArg('token', 64) token: string) {
    return this.service.form(token);
  }

  @Mutation(() => Boolean, { description: 'Public: answers the survey through a one-time link (once; anonymous)' })
  @Public()
  answerSurvey(@Ctx() ctx: RequestContext, @TextArg('token', 64) token: string, @Args('answer') answer: SurveyAnswerInput) {
    return this.service.answer(ctx, token, answer.scores, answer.comment ?? null);
  }
}
