import type { ActionItemStatus, Attendance, EvaluationObjective, MeetingKind } from '@partner-hub/shared';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActionItemStatusEnum, AttendanceEnum, EvaluationObjectiveEnum, MeetingKindEnum } from '../../app/enums.js';
import { IsIsoDate } from '../../app/validators.js';

/** A wall-clock time in Brussels as typed in a form: YYYY-MM-DDTHH:mm. */
export const LOCAL_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

@InputType({ description: 'A meeting to schedule. Times are Brussels wall-clock times (YYYY-MM-DDTHH:mm); give a place, an online link or both.' })
export class ScheduleMeetingInput {
  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [ID], { description: 'EVALUATION: exactly one partnership (with a contact person); CONSULTATION: one or more.' })
  @IsString({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  partnershipIds!: string[];

  @Field(() => String, { description: 'Start in Brussels time, YYYY-MM-DDTHH:mm.' })
  @Matches(LOCAL_DATE_TIME)
  startsAt!: string;

  @Field(() => String, { description: 'End in Brussels time, YYYY-MM-DDTHH:mm; after the start.' })
  @Matches(LOCAL_DATE_TIME)
  endsAt!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) URL of the online meeting.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => [ID], { description: 'Fedasil staff and people of the partner organisations concerned. The organiser (and, for an evaluation, the contact person) are always invited.' })
  @IsString({ each: true })
  @ArrayMaxSize(200)
  inviteeIds!: string[];
}

@InputType({ description: 'Changes to a meeting; left-out fields stay. Changing times, place or link raises the SEQUENCE and notifies the invitees.' })
export class UpdateMeetingInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Brussels time, YYYY-MM-DDTHH:mm.' })
  @IsOptional()
  @Matches(LOCAL_DATE_TIME)
  startsAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Brussels time, YYYY-MM-DDTHH:mm.' })
  @IsOptional()
  @Matches(LOCAL_DATE_TIME)
  endsAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  @IsOptional()
  @Matches(/^$|^https?:\/\/\S+$/)
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The full new list of invitees (answers of those who stay are kept).' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(200)
  inviteeIds?: string[] | null;
}

@InputType({ description: 'An agenda item.' })
export class AgendaItemInput {
  @Field(() => String)
  @IsString()
  @Length(1, 300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@InputType({ description: 'Changes to an agenda item; notes are the minutes on the item.' })
export class UpdateAgendaItemInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Minutes on this item (Fedasil staff of the meeting).' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  notes?: string | null;
}

@InputType({ description: "One invitee's attendance." })
export class AttendanceInput {
  @Field(() => ID)
  @IsString()
  userId!: string;

  @Field(() => AttendanceEnum)
  attendance!: Attendance;
}

@InputType({ description: 'A decision for the minutes.' })
export class DecisionInput {
  @Field(() => String)
  @IsString()
  @Length(1, 5000)
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item it was taken on.' })
  @IsOptional()
  @IsString()
  agendaItemId?: string | null;
}

@InputType({ description: 'An action item: who does what by when.' })
export class ActionItemInput {
  @Field(() => String)
  @IsString()
  @Length(1, 300)
  title!: string;

  @Field(() => ID, { description: 'One of the invitees.' })
  @IsString()
  assigneeId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsIsoDate()
  dueDate!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  agendaItemId?: string | null;
}

@InputType({ description: 'Changes to an action item. The assignee may only change the status.' })
export class UpdateActionItemInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  title?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  assigneeId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  dueDate?: string | null;

  @Field(() => ActionItemStatusEnum, { nullable: true })
  @IsOptional()
  status?: ActionItemStatus | null;
}

@InputType({ description: 'The rating and notes on one objective.' })
export class EvaluationScoreInput {
  @Field(() => EvaluationObjectiveEnum)
  objective!: EvaluationObjective;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  notes?: string | null;
}
