import type { FeedbackObjective, FeedbackRhythm, ObjectiveStatus } from '@partner-hub/shared';
import { ArrayMaxSize, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FeedbackObjectiveEnum, FeedbackRhythmEnum, ObjectiveStatusEnum } from '../../app/enums.js';
import { IsIsoDate } from '../../app/validators.js';

@InputType({ description: 'A partnership’s feedback rhythm; rhythm null stops new rounds.' })
export class SetFeedbackScheduleInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => FeedbackRhythmEnum, { nullable: true, description: 'MONTHLY, QUARTERLY, or null for none.' })
  @IsOptional()
  rhythm?: FeedbackRhythm | null;

  @Field(() => String, { nullable: true, description: 'First day of the first period (YYYY-MM-DD); required with a rhythm.' })
  @IsOptional()
  @IsIsoDate()
  startDate?: string | null;
}

@InputType({ description: 'The partner’s answer about one objective.' })
export class FeedbackAnswerInput {
  @Field(() => FeedbackObjectiveEnum)
  objective!: FeedbackObjective;

  @Field(() => ObjectiveStatusEnum, { nullable: true })
  @IsOptional()
  status?: ObjectiveStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  text?: string | null;
}

@InputType({ description: 'The answer to one indicator: set the field of its type (number, choice or text); all null clears it.' })
export class IndicatorValueInput {
  @Field(() => String)
  @IsString()
  @MaxLength(40)
  key!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  number?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  choice?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  text?: string | null;
}

@InputType({ description: 'The partner’s answers for a round: saved as a draft, or submitted.' })
export class FeedbackAnswersInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => [FeedbackAnswerInput], { description: 'At most one per objective; objectives left out keep their draft.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(3)
  answers!: FeedbackAnswerInput[];

  @Field(() => [IndicatorValueInput], { nullable: true, description: 'Answers to the programme’s indicators; keys left out keep their draft.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(30)
  indicatorValues?: IndicatorValueInput[] | null;

  @Field(() => String, { nullable: true, description: 'A general note; left out keeps the draft, null clears.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  generalNote?: string | null;
}
