import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireViewer } from '../../app/context.js';
import { authorizedEvents, type LiveEvent } from '../../app/live/index.js';
import type { Topics } from '../../app/pubsub.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { loadPartnership } from '../partnership/index.js';
import { User } from '../user/user.entity.js';
import { FeedbackAnswer, FeedbackRevision, FeedbackRound, FeedbackRoundViewerCan, FeedbackSettings } from './feedback.entity.js';
import { FeedbackAnswersInput, SetFeedbackScheduleInput } from './feedback.inputs.js';
import {
  acceptFeedbackRound,
  answersOf,
  feedbackSettings,
  historyOf,
  isOverdue,
  openedLate,
  listFeedbackRounds,
  loadFeedbackRound,
  mayReceiveRoundChanged,
  myFeedbackRounds,
  roundViewerCan,
  saveFeedbackDraft,
  sendBackFeedbackRound,
  setFeedbackSchedule,
  submitFeedbackRound,
} from './feedback.service.js';

type RoundChanged = Topics['FEEDBACK_ROUND_CHANGED'][0];

@Resolver(() => FeedbackRound)
export class FeedbackResolver {
  @Query(() => FeedbackSettings, { description: 'A partnership’s feedback rhythm (rhythm null when none), and whether the viewer may change it.' })
  feedbackSettings(@Arg('partnershipId', () => ID) partnershipId: string, @Ctx() ctx: Context) {
    return feedbackSettings(ctx, partnershipId);
  }

  @Query(() => [FeedbackRound], { description: 'The feedback rounds of a partnership, newest period first. Rounds of periods up to today are made on demand from its rhythm.' })
  feedbackRounds(@Arg('partnershipId', () => ID) partnershipId: string, @Ctx() ctx: Context) {
    return listFeedbackRounds(ctx, partnershipId);
  }

  @Query(() => FeedbackRound, { description: 'One feedback round (to open it from a notification).' })
  feedbackRound(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return loadFeedbackRound(ctx, id);
  }

  @Query(() => [FeedbackRound], {
    description:
      'For home pages: the rounds across the viewer’s partnerships that wait for the viewer (the partner: open or sent back; Fedasil staff: submitted) or are overdue; oldest due date first.',
  })
  myFeedbackRounds(@Ctx() ctx: Context) {
    return myFeedbackRounds(ctx);
  }

  @Mutation(() => FeedbackSettings, { description: 'Sets (or with rhythm null, stops) the feedback rhythm of a partnership: contact person, deputy or admin.' })
  setFeedbackSchedule(@Arg('input', () => SetFeedbackScheduleInput) input: SetFeedbackScheduleInput, @Ctx() ctx: Context) {
    return setFeedbackSchedule(ctx, input);
  }

  @Mutation(() => FeedbackRound, { description: 'Saves the partner’s draft answers of an open or sent-back round (coordinators and volunteers).' })
  saveFeedbackDraft(@Arg('input', () => FeedbackAnswersInput) input: FeedbackAnswersInput, @Ctx() ctx: Context) {
    return saveFeedbackDraft(ctx, input);
  }

  @Mutation(() => FeedbackRound, { description: 'Saves the answers and submits the round to the contact person; every objective needs a status.' })
  submitFeedbackRound(@Arg('input', () => FeedbackAnswersInput) input: FeedbackAnswersInput, @Ctx() ctx: Context) {
    return submitFeedbackRound(ctx, input);
  }

  @Mutation(() => FeedbackRound, { description: 'Accepts a submitted round (contact person, deputy or admin), with an optional note.' })
  acceptFeedbackRound(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null | undefined, @Ctx() ctx: Context) {
    return acceptFeedbackRound(ctx, id, note ?? null);
  }

  @Mutation(() => FeedbackRound, { description: 'Sends a submitted round back to the partner with a note saying what to revise (required).' })
  sendBackFeedbackRound(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context) {
    return sendBackFeedbackRound(ctx, id, note);
  }

  @Subscription(() => FeedbackRound, {
    description: 'A feedback round of this partnership opened, was saved, submitted, sent back or accepted. Same policy as `feedbackRounds`.',
    subscribe: async ({ args, context: ctx }: { args: { partnershipId: string }; context: Context }) => {
      requireViewer(ctx);
      await loadPartnership(ctx, args.partnershipId);
      return authorizedEvents<RoundChanged>(ctx, ctx.app.pubSub.subscribe('FEEDBACK_ROUND_CHANGED'), (eventCtx, payload) => mayReceiveRoundChanged(eventCtx, payload, args.partnershipId));
    },
  })
  feedbackRoundChanged(@Root() event: LiveEvent<RoundChanged>, @Arg('partnershipId', () => ID) _partnershipId: string): Promise<FeedbackRound> {
    return loadFeedbackRound(event.ctx, event.payload.roundId);
  }

  @FieldResolver(() => Partnership)
  partnership(@Root() r: FeedbackRound, @Ctx() ctx: Context) {
    return ctx.loaders.partnership.load(r.partnership.id);
  }

  @FieldResolver(() => [FeedbackAnswer], { description: 'One answer per objective, in the fixed order of the objectives.' })
  answers(@Root() r: FeedbackRound): FeedbackAnswer[] {
    return answersOf(r.answers);
  }

  @FieldResolver(() => Boolean, { description: 'The due date passed and the partner has not (re)submitted.' })
  overdue(@Root() r: FeedbackRound): boolean {
    return isOverdue(r);
  }

  @FieldResolver(() => Boolean, { description: 'Opened late: a missed round of a past period, opened after its due date (a rhythm started in the past).' })
  late(@Root() r: FeedbackRound): boolean {
    return openedLate(r);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who last submitted it.' })
  submittedBy(@Root() r: FeedbackRound, @Ctx() ctx: Context) {
    return r.submittedBy ? ctx.loaders.user.load(r.submittedBy.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who last accepted or sent it back.' })
  reviewedBy(@Root() r: FeedbackRound, @Ctx() ctx: Context) {
    return r.reviewedBy ? ctx.loaders.user.load(r.reviewedBy.id) : null;
  }

  @FieldResolver(() => [FeedbackRevision], { description: 'Every submission and review, oldest first.' })
  history(@Root() r: FeedbackRound, @Ctx() ctx: Context) {
    return historyOf(ctx, r);
  }

  @FieldResolver(() => FeedbackRoundViewerCan)
  viewerCan(@Root() r: FeedbackRound, @Ctx() ctx: Context): Promise<FeedbackRoundViewerCan> {
    return roundViewerCan(ctx, r);
  }
}

@Resolver(() => FeedbackRevision)
export class FeedbackRevisionResolver {
  @FieldResolver(() => User, { nullable: true })
  by(@Root() v: FeedbackRevision, @Ctx() ctx: Context) {
    return v.by ? ctx.loaders.user.load(v.by.id) : null;
  }

  @FieldResolver(() => [FeedbackAnswer], { nullable: true, description: 'For submissions: the answers as submitted.' })
  answers(@Root() v: FeedbackRevision): FeedbackAnswer[] | null {
    return v.answers ? answersOf(v.answers) : null;
  }
}
