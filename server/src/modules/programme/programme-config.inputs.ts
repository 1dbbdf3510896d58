import type { CaseKind, FeedbackObjective, FundingRule, IndicatorType, ProgrammeCode } from '@partner-hub/shared';
import { ArrayMaxSize, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CaseKindEnum, FeedbackObjectiveEnum, FundingRuleEnum, IndicatorTypeEnum, ProgrammeCodeEnum } from '../../app/enums.js';

@InputType({ description: 'A label in the three interface languages.' })
export class LocalisedLabelInput {
  @Field(() => String) @IsString() @MaxLength(200) nl!: string;
  @Field(() => String) @IsString() @MaxLength(200) fr!: string;
  @Field(() => String) @IsString() @MaxLength(200) en!: string;
}

@InputType({ description: 'One allowed answer of a CHOICE indicator.' })
export class IndicatorChoiceInput {
  @Field(() => String) @IsString() @MaxLength(40) key!: string;
  @Field(() => LocalisedLabelInput) @ValidateNested() label!: LocalisedLabelInput;
}

@InputType({ description: 'One reporting indicator of a programme.' })
export class IndicatorInput {
  @Field(() => String) @IsString() @MaxLength(40) key!: string;
  @Field(() => IndicatorTypeEnum) type!: IndicatorType;
  @Field(() => LocalisedLabelInput) @ValidateNested() label!: LocalisedLabelInput;
  @Field(() => [IndicatorChoiceInput], { defaultValue: [] }) @ValidateNested({ each: true }) @ArrayMaxSize(30) choices!: IndicatorChoiceInput[];
  @Field(() => Boolean, { defaultValue: false }) required!: boolean;
}

@InputType({ description: 'A programme’s whole configuration, replacing the current one.' })
export class ProgrammeConfigurationInput {
  @Field(() => ProgrammeCodeEnum) programme!: ProgrammeCode;
  @Field(() => CaseKindEnum) caseKind!: CaseKind;
  @Field(() => FundingRuleEnum) fundingRule!: FundingRule;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(60) caseMonths?: number | null;
  @Field(() => [IndicatorInput]) @ValidateNested({ each: true }) @ArrayMaxSize(30) indicators!: IndicatorInput[];
  @Field(() => [FeedbackObjectiveEnum]) @ArrayMaxSize(3) objectives!: FeedbackObjective[];
}
