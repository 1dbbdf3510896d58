import type { AgendaSourceType, EvaluationObjective } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AgendaSourceTypeEnum, EvaluationObjectiveEnum } from '../../app/enums.js';
import { Household } from '../household/household.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Meeting } from './meeting.entity.js';

@ObjectType({ description: 'How the invitees answered.' })
export class RsvpCounts {
  @Field(() => Int) yes!: number;
  @Field(() => Int) no!: number;
  @Field(() => Int) maybe!: number;
  @Field(() => Int, { description: 'Invitees who have not answered yet.' }) pending!: number;
}

@ObjectType({ description: 'What the viewer may do with a meeting.' })
export class MeetingViewerCan {
  @Field(() => Boolean, { description: 'Reschedule, change, cancel, invite; record the minutes (attendance, notes, decisions, action items).' }) manage!: boolean;
  @Field(() => Boolean, { description: 'Answer the invitation (invitees).' }) respond!: boolean;
  @Field(() => Boolean, { description: 'Add agenda items (invitees and the Fedasil staff of the meeting).' }) addAgendaItem!: boolean;
  @Field(() => Boolean, { description: 'Fill in the evaluation (evaluation meetings, before sign-off).' }) evaluate!: boolean;
  @Field(() => Boolean, { description: 'Sign off the evaluation (the contact person of the partnership, once).' }) signOffEvaluation!: boolean;
}

@ObjectType({ description: 'An agenda item the hub proposes from open work of the partnerships concerned.' })
export class ProposedAgendaItem {
  @Field(() => ID, { description: 'Stable key (source type and id) to add it with addProposedAgendaItem.' }) key!: string;
  @Field(() => String, { description: "Suggested title, in the viewer's language." }) label!: string;
  @Field(() => AgendaSourceTypeEnum) sourceType!: AgendaSourceType;
  @Field(() => ID) sourceId!: string;
  @Field(() => String, { description: 'Hub path of the source, e.g. /households/…' }) sourceUrl!: string;
  @Field(() => Partnership) partnership!: Partnership;
  @Field(() => Household, { nullable: true }) household!: Household | null;
  @Field(() => String, { nullable: true, description: 'The date that makes it urgent (due date, arrival), YYYY-MM-DD.' }) date!: string | null;
}

@ObjectType({ description: 'One rating in the evaluation history.' })
export class EvaluationRating {
  @Field(() => EvaluationObjectiveEnum) objective!: EvaluationObjective;
  @Field(() => Int) rating!: number;
  @Field(() => String, { nullable: true }) notes!: string | null;
}

@ObjectType({ description: 'The evaluation of one evaluation meeting of a partnership, for the trend on the partnership page.' })
export class EvaluationHistoryEntry {
  @Field(() => Meeting) meeting!: Meeting;
  @Field(() => String, { description: 'Day of the meeting in Brussels, YYYY-MM-DD.' }) date!: string;
  @Field(() => Boolean) signedOff!: boolean;
  @Field(() => [EvaluationRating], { description: 'One per objective rated, in the order of the objectives.' }) ratings!: EvaluationRating[];
  @Field(() => Float, { nullable: true, description: 'Mean of the ratings; null when nothing is rated.' }) average!: number | null;
}

@ObjectType({ description: "The viewer's private calendar feed." })
export class CalendarFeedStatus {
  @Field(() => Boolean) active!: boolean;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the current URL was made.' }) createdAt!: Date | null;
}

@ObjectType({ description: 'A new private calendar feed URL: shown once, the previous one stops working.' })
export class CalendarFeedLink {
  @Field(() => String, { description: 'Path of the feed, with its secret (e.g. /calendar/abc….ics); prefix with the hub origin.' }) url!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType({ description: "A change of a meeting in the viewer's lists (meetings, a partnership's meetings, action items)." })
export class MeetingListChange {
  @Field(() => ID) meetingId!: string;
  @Field(() => Meeting, { nullable: true, description: 'The meeting as it is now; null when the viewer was just uninvited and no longer sees it.' }) meeting!: Meeting | null;
}
