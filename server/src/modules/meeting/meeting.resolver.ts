import type { RsvpResponse } from '@partner-hub/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { notFound } from '../../app/errors.js';
import { type Context, requireViewer } from '../../app/context.js';
import { EvaluationObjectiveEnum, RsvpResponseEnum } from '../../app/enums.js';
import { authorizedEvents, type LiveEvent } from '../../app/live/index.js';
import type { Topics } from '../../app/pubsub.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import { calendarFeedStatus, revokeCalendarFeed, rotateCalendarFeed } from './calendar.service.js';
import { ActionItem, AgendaItem, EvaluationScore, Meeting, MeetingDecision, MeetingInvitee } from './meeting.entity.js';
import {
  ActionItemInput,
  AgendaItemInput,
  AttendanceInput,
  DecisionInput,
  EvaluationScoreInput,
  ScheduleMeetingInput,
  UpdateActionItemInput,
  UpdateAgendaItemInput,
  UpdateMeetingInput,
} from './meeting.inputs.js';
import {
  actionItemOverdue,
  listMeetings,
  loadMeeting,
  loadMeetingWithFacts,
  mayReceiveMeetingListChange,
  meetingOfListChange,
  meetingPermissions,
  myActionItems,
  rsvpCounts,
  viewerInvitee,
} from './meeting.access.js';
import {
  actionItemPermissions,
  addActionItem,
  addDecision,
  evaluationHistory,
  evaluationObjectives,
  recordAttendance,
  removeActionItem,
  removeDecision,
  saveEvaluation,
  signOffEvaluation,
  updateActionItem,
} from './meeting.minutes.js';
import { addAgendaItem, addProposedAgendaItem, agendaItemEditable, removeAgendaItem, reorderAgendaItems, updateAgendaItem, visibleAgenda } from './meeting.agenda.js';
import { cancelMeeting, meetingInviteeOptions, respondToMeeting, scheduleMeeting, updateMeeting } from './meeting.service.js';
import { toBrusselsLocal } from './meeting.time.js';
import { meetingLoaders } from './meeting.loaders.js';
import { CalendarFeedLink, CalendarFeedStatus, EvaluationHistoryEntry, MeetingListChange, MeetingViewerCan, ProposedAgendaItem, RsvpCounts } from './meeting.types.js';
import { loadPartnership, mayViewPartnership } from '../partnership/index.js';
import { proposedAgendaItems } from './proposals.js';

type MeetingChanged = Topics['MEETING_CHANGED'][0];

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => [Meeting], {
    description:
      "Meetings the viewer is invited to, or (Fedasil staff) of the partnerships they follow, cancelled ones included: those not yet ended, soonest first; with includePast, all of them, newest first. With partnershipId: only that partnership's meetings.",
  })
  meetings(
    @Ctx() ctx: Context,
    @Arg('partnershipId', () => ID, { nullable: true }) partnershipId?: string | null,
    @Arg('includePast', () => Boolean, { nullable: true, defaultValue: false }) includePast?: boolean,
  ) {
    return listMeetings(ctx, { partnershipId: partnershipId ?? null, includePast: !!includePast });
  }

  @Query(() => Meeting, { description: 'One meeting (invitees and the Fedasil staff of the partnerships concerned).' })
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return loadMeeting(ctx, id);
  }

  @Query(() => [User], {
    description:
      'People who may be invited to a meeting about these partnerships: Fedasil staff, and the people of the partner organisations (coordinators, volunteers), by name. Only for viewers who may schedule a meeting about every one of them (NOT_FOUND for a partnership they do not see, FORBIDDEN otherwise).',
  })
  meetingInviteeOptions(@Arg('partnershipIds', () => [ID]) partnershipIds: string[], @Ctx() ctx: Context) {
    return meetingInviteeOptions(ctx, partnershipIds);
  }

  @Query(() => [ProposedAgendaItem], {
    description:
      'Agenda items the hub proposes from open work of the partnerships concerned (overdue guidance steps, housing warnings, feedback sent back or overdue, threads waiting for an answer, households arriving soon) that the viewer may see, not yet on the agenda.',
  })
  async proposedAgendaItems(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context) {
    return proposedAgendaItems(ctx, await loadMeetingWithFacts(ctx, meetingId));
  }

  @Query(() => [ActionItem], { description: "The viewer's open action items, overdue first, then by due date." })
  myActionItems(@Ctx() ctx: Context) {
    return myActionItems(ctx);
  }

  @Query(() => [EvaluationHistoryEntry], { description: 'The evaluations of a partnership in time order (oldest first), for its trend. Meetings the viewer may not see are left out.' })
  evaluationHistory(@Arg('partnershipId', () => ID) partnershipId: string, @Ctx() ctx: Context) {
    return evaluationHistory(ctx, partnershipId);
  }

  @Query(() => CalendarFeedStatus, { description: 'Whether the viewer has a private calendar feed (its URL is only shown when made).' })
  calendarFeed(@Ctx() ctx: Context) {
    return calendarFeedStatus(ctx);
  }

  @Mutation(() => Meeting, { description: 'Schedules a meeting (Fedasil staff who manage every partnership concerned); invitees are notified.' })
  scheduleMeeting(@Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() ctx: Context) {
    return scheduleMeeting(ctx, input);
  }

  @Mutation(() => Meeting, { description: 'Reschedules or changes a meeting and its invitees; the SEQUENCE is raised and invitees notified when the schedule or place changes.' })
  updateMeeting(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() ctx: Context) {
    return updateMeeting(ctx, id, input);
  }

  @Mutation(() => Meeting, { description: 'Cancels a meeting (kept, with STATUS:CANCELLED in calendars); invitees are notified.' })
  cancelMeeting(@Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: Context) {
    return cancelMeeting(ctx, id, reason ?? null);
  }

  @Mutation(() => MeetingInvitee, { description: "The viewer's answer to an invitation (invitees only)." })
  respondToMeeting(@Arg('meetingId', () => ID) meetingId: string, @Arg('response', () => RsvpResponseEnum) response: RsvpResponse, @Ctx() ctx: Context) {
    return respondToMeeting(ctx, meetingId, response);
  }

  @Mutation(() => AgendaItem, { description: 'Adds an item at the end of the agenda (any invitee).' })
  addAgendaItem(@Arg('meetingId', () => ID) meetingId: string, @Arg('input', () => AgendaItemInput) input: AgendaItemInput, @Ctx() ctx: Context) {
    return addAgendaItem(ctx, meetingId, input);
  }

  @Mutation(() => AgendaItem, { description: 'Adds a proposed item (by its key from proposedAgendaItems) to the agenda, keeping the link to its source.' })
  addProposedAgendaItem(@Arg('meetingId', () => ID) meetingId: string, @Arg('key', () => ID) key: string, @Ctx() ctx: Context) {
    return addProposedAgendaItem(ctx, meetingId, key);
  }

  @Mutation(() => AgendaItem, { description: 'Changes an agenda item (its author or the Fedasil staff of the meeting); notes only by the Fedasil staff.' })
  updateAgendaItem(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateAgendaItemInput) input: UpdateAgendaItemInput, @Ctx() ctx: Context) {
    return updateAgendaItem(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an agenda item (its author or the Fedasil staff of the meeting).' })
  removeAgendaItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return removeAgendaItem(ctx, id);
  }

  @Mutation(() => [AgendaItem], { description: 'Puts the agenda in a new order: every item id once (Fedasil staff of the meeting).' })
  reorderAgendaItems(@Arg('meetingId', () => ID) meetingId: string, @Arg('itemIds', () => [ID]) itemIds: string[], @Ctx() ctx: Context) {
    return reorderAgendaItems(ctx, meetingId, itemIds);
  }

  @Mutation(() => Meeting, { description: 'Records the attendance of invitees (minutes).' })
  recordAttendance(@Arg('meetingId', () => ID) meetingId: string, @Arg('entries', () => [AttendanceInput]) entries: AttendanceInput[], @Ctx() ctx: Context) {
    return recordAttendance(ctx, meetingId, entries);
  }

  @Mutation(() => MeetingDecision, { description: 'Records a decision (minutes).' })
  addDecision(@Arg('meetingId', () => ID) meetingId: string, @Arg('input', () => DecisionInput) input: DecisionInput, @Ctx() ctx: Context) {
    return addDecision(ctx, meetingId, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a decision from the minutes.' })
  removeDecision(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return removeDecision(ctx, id);
  }

  @Mutation(() => ActionItem, { description: 'Adds an action item for an invitee (minutes); the assignee is notified.' })
  addActionItem(@Arg('meetingId', () => ID) meetingId: string, @Arg('input', () => ActionItemInput) input: ActionItemInput, @Ctx() ctx: Context) {
    return addActionItem(ctx, meetingId, input);
  }

  @Mutation(() => ActionItem, { description: 'Changes an action item (Fedasil staff of the meeting), or marks it done / open again (its assignee).' })
  updateActionItem(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateActionItemInput) input: UpdateActionItemInput, @Ctx() ctx: Context) {
    return updateActionItem(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an action item.' })
  removeActionItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return removeActionItem(ctx, id);
  }

  @Mutation(() => Meeting, {
    description:
      "Saves ratings and notes on objectives of an evaluation meeting (before sign-off), only the objectives of the partnership's programme (OBJECTIVE_NOT_IN_PROGRAMME otherwise); objectives left out stay as they are.",
  })
  saveEvaluation(@Arg('meetingId', () => ID) meetingId: string, @Arg('scores', () => [EvaluationScoreInput]) scores: EvaluationScoreInput[], @Ctx() ctx: Context) {
    return saveEvaluation(ctx, meetingId, scores);
  }

  @Mutation(() => Meeting, { description: "Signs off the evaluation (the contact person or deputy of the partnership; every objective of the partnership's programme rated); read-only afterwards." })
  signOffEvaluation(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context) {
    return signOffEvaluation(ctx, meetingId);
  }

  @Mutation(() => CalendarFeedLink, { description: 'Makes a new private calendar feed URL for the viewer; the previous one stops working.' })
  rotateCalendarFeed(@Ctx() ctx: Context) {
    return rotateCalendarFeed(ctx);
  }

  @Mutation(() => Boolean, { description: "Revokes the viewer's calendar feed URL." })
  revokeCalendarFeed(@Ctx() ctx: Context) {
    return revokeCalendarFeed(ctx);
  }

  @Subscription(() => Meeting, {
    description: 'The meeting changed: schedule, status, invitees, answers, agenda, minutes, action items or evaluation. Same policy as `meeting`; ends when the session ends.',
    subscribe: async ({ args, context: ctx }: { args: { meetingId: string }; context: Context }) => {
      requireViewer(ctx);
      await loadMeeting(ctx, args.meetingId);
      return authorizedEvents<MeetingChanged>(ctx, ctx.app.pubSub.subscribe('MEETING_CHANGED'), async (eventCtx, payload) =>
        payload.meetingId !== args.meetingId
          ? false
          : loadMeeting(eventCtx, payload.meetingId).then(
              () => true,
              () => false,
            ),
      );
    },
  })
  meetingChanged(@Root() event: LiveEvent<MeetingChanged>, @Arg('meetingId', () => ID) _meetingId: string): Promise<Meeting> {
    return loadMeeting(event.ctx, event.payload.meetingId);
  }

  @Subscription(() => MeetingListChange, {
    description:
      "For live lists: a meeting the viewer sees was scheduled or changed (schedule, status, invitees, answers, agenda, minutes, action items), or the viewer was uninvited from it (then `meeting` is null). With partnershipId: only that partnership's meetings (NOT_FOUND for a partnership the viewer does not see). Same policy as `meeting`; ends when the session ends.",
    subscribe: async ({ args, context: ctx }: { args: { partnershipId?: string | null }; context: Context }) => {
      requireViewer(ctx);
      const partnershipId = args.partnershipId ?? null;
      if (partnershipId) await loadPartnership(ctx, partnershipId);
      return authorizedEvents<MeetingChanged>(ctx, ctx.app.pubSub.subscribe('MEETING_CHANGED'), (eventCtx, payload) => mayReceiveMeetingListChange(eventCtx, payload, partnershipId));
    },
  })
  async meetingsChanged(@Root() event: LiveEvent<MeetingChanged>, @Arg('partnershipId', () => ID, { nullable: true }) _partnershipId?: string | null): Promise<MeetingListChange> {
    return { meetingId: event.payload.meetingId, meeting: await meetingOfListChange(event.ctx, event.payload.meetingId) };
  }

  @FieldResolver(() => String, { description: 'Start in Brussels time, YYYY-MM-DDTHH:mm.' })
  startsAtLocal(@Root() m: Meeting): string {
    return toBrusselsLocal(m.startsAt);
  }

  @FieldResolver(() => String, { description: 'End in Brussels time, YYYY-MM-DDTHH:mm.' })
  endsAtLocal(@Root() m: Meeting): string {
    return toBrusselsLocal(m.endsAt);
  }

  @FieldResolver(() => [Partnership], {
    description:
      'The partnerships concerned that the viewer may see (the partnership policy: an invitee of a consultation does not reach the other partnerships through it); `partnershipNames` names all of them.',
  })
  async partnerships(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Partnership[]> {
    const all = await meetingLoaders(ctx).partnerships(m);
    const visible = await Promise.all(all.map((p) => mayViewPartnership(ctx, p)));
    return all.filter((_, i) => visible[i]);
  }

  @FieldResolver(() => [String], { description: 'The names of all the partnerships concerned, by name (a consultation may bring several together).' })
  async partnershipNames(@Root() m: Meeting, @Ctx() ctx: Context): Promise<string[]> {
    return (await meetingLoaders(ctx).partnerships(m)).map((p) => p.name);
  }

  @FieldResolver(() => [MeetingInvitee], { description: 'Everyone invited, with their answers and attendance.' })
  invitees(@Root() m: Meeting, @Ctx() ctx: Context) {
    return meetingLoaders(ctx).invitees.load(m.id);
  }

  @FieldResolver(() => RsvpCounts)
  rsvpCounts(@Root() m: Meeting, @Ctx() ctx: Context) {
    return rsvpCounts(ctx, m);
  }

  @FieldResolver(() => MeetingInvitee, { nullable: true, description: "The viewer's own invitation (null when not invited)." })
  viewerInvitation(@Root() m: Meeting, @Ctx() ctx: Context) {
    return viewerInvitee(ctx, m);
  }

  @FieldResolver(() => [AgendaItem], { description: 'The agenda, in order; an item added from a proposal only for those who may see the partnership it came from.' })
  agenda(@Root() m: Meeting, @Ctx() ctx: Context) {
    return visibleAgenda(ctx, m);
  }

  @FieldResolver(() => [MeetingDecision], { description: 'Decisions in the minutes, oldest first.' })
  decisions(@Root() m: Meeting, @Ctx() ctx: Context) {
    return meetingLoaders(ctx).decisions.load(m.id);
  }

  @FieldResolver(() => [ActionItem], { description: 'Action items, by due date.' })
  actionItems(@Root() m: Meeting, @Ctx() ctx: Context) {
    return meetingLoaders(ctx).actionItems.load(m.id);
  }

  @FieldResolver(() => [EvaluationScore], { nullable: true, description: 'Evaluation meetings: the ratings and notes per objective (null for consultations).' })
  evaluation(@Root() m: Meeting, @Ctx() ctx: Context) {
    return m.kind === 'EVALUATION' ? meetingLoaders(ctx).scores.load(m.id) : null;
  }

  @FieldResolver(() => [EvaluationObjectiveEnum], {
    nullable: true,
    description:
      "Evaluation meetings: the objectives rated, those of the partnership's programme (resettlement: the three; none for a programme evaluated in its minutes only); null for consultations.",
  })
  async evaluationObjectives(@Root() m: Meeting, @Ctx() ctx: Context) {
    return m.kind === 'EVALUATION' ? evaluationObjectives(ctx, await meetingLoaders(ctx).partnerships(m)) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  evaluationSignedOffBy(@Root() m: Meeting, @Ctx() ctx: Context) {
    return m.evaluationSignedOffBy ? ctx.loaders.user.load(m.evaluationSignedOffBy.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who scheduled it.' })
  createdBy(@Root() m: Meeting, @Ctx() ctx: Context) {
    return m.createdBy ? ctx.loaders.user.load(m.createdBy.id) : null;
  }

  @FieldResolver(() => String, { description: 'Download of the iCalendar invite (session cookie).' })
  inviteUrl(@Root() m: Meeting): string {
    return `/meetings/${m.id}/invite.ics`;
  }

  @FieldResolver(() => MeetingViewerCan)
  viewerCan(@Root() m: Meeting, @Ctx() ctx: Context) {
    return meetingPermissions(ctx, m);
  }
}

@Resolver(() => MeetingInvitee)
export class MeetingInviteeResolver {
  @FieldResolver(() => User)
  async user(@Root() i: MeetingInvitee, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(i.user.id))!;
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Int, { description: 'Order on the agenda, from 1, among the items the viewer sees.' })
  async position(@Root() a: AgendaItem, @Ctx() ctx: Context): Promise<number> {
    const meeting = await meetingLoaders(ctx).meeting(a.meeting.id);
    if (!meeting) throw notFound();
    return (await visibleAgenda(ctx, meeting)).findIndex((i) => i.id === a.id) + 1;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who added it.' })
  author(@Root() a: AgendaItem, @Ctx() ctx: Context) {
    return a.author ? ctx.loaders.user.load(a.author.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'May the viewer change or remove it.' })
  viewerCanEdit(@Root() a: AgendaItem, @Ctx() ctx: Context) {
    return agendaItemEditable(ctx, a);
  }
}

@Resolver(() => MeetingDecision)
export class MeetingDecisionResolver {
  @FieldResolver(() => ID, { nullable: true })
  agendaItemId(@Root() d: MeetingDecision): string | null {
    return d.agendaItem?.id ?? null;
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() d: MeetingDecision, @Ctx() ctx: Context) {
    return d.createdBy ? ctx.loaders.user.load(d.createdBy.id) : null;
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @FieldResolver(() => User)
  async assignee(@Root() a: ActionItem, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(a.assignee.id))!;
  }

  @FieldResolver(() => Meeting, { description: 'The meeting it was agreed in.' })
  meeting(@Root() a: ActionItem, @Ctx() ctx: Context) {
    return meetingLoaders(ctx).meeting(a.meeting.id);
  }

  @FieldResolver(() => ID, { nullable: true })
  agendaItemId(@Root() a: ActionItem): string | null {
    return a.agendaItem?.id ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date (Brussels).' })
  overdue(@Root() a: ActionItem): boolean {
    return actionItemOverdue(a);
  }

  @FieldResolver(() => Boolean, { description: 'May the viewer change it (title, assignee, due date) or remove it.' })
  async viewerCanEdit(@Root() a: ActionItem, @Ctx() ctx: Context) {
    return (await actionItemPermissions(ctx, a)).edit;
  }

  @FieldResolver(() => Boolean, { description: 'May the viewer mark it done or open again.' })
  async viewerCanComplete(@Root() a: ActionItem, @Ctx() ctx: Context) {
    return (await actionItemPermissions(ctx, a)).complete;
  }
}
