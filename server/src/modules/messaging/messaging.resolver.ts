import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireViewer } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { authorizedEvents, type LiveEvent } from '../../app/live/index.js';
import { IN_PROCESS, type Topics } from '../../app/pubsub.js';
import { Household } from '../household/household.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';
import { Message, Thread } from './messaging.entity.js';
import { EditMessageInput, SendMessageInput, StartThreadInput } from './messaging.inputs.js';
import { deleteMessage, editMessage, listMessages, listThreads, openHouseholdThread, openPartnershipThread, sendMessage, startThread, threadChanges } from './messaging.service.js';
import { heartbeat, mayReceivePresence, mayReceiveThreadEvent, setTyping, threadPresence } from './messaging.presence.js';
import {
  lastActivityOf,
  lastMessageOf,
  markThreadRead,
  mentionsOf,
  messageViewerCan,
  messagingSettings,
  muteThread,
  replyToOf,
  seenByOf,
  threadViewerCan,
  unreadCountOf,
  unreadMessageCount,
  updateMessagingSettings,
  viewerStateOf,
} from './messaging.reads.js';
import { loadEventMessage, loadThread, loadThreadRow, messagingLoaders } from './messaging.access.js';
import { changeSeqIn, numberingOf, seqIn } from './messaging.numbering.js';
import { MessageEvent, MessagePage, MessageViewerCan, MessagingSettings, Presence, ReadStateEvent, ThreadChanges, ThreadConnection, ThreadViewerCan, TypingEvent } from './messaging.types.js';

type MessageChanged = Topics['MESSAGE_CHANGED'][0];
type Typing = Topics['TYPING'][0];
type ReadState = Topics['READ_STATE'][0];
type PresenceChanged = Topics['PRESENCE'][0];

const optionalId = (value: unknown) => (typeof value === 'string' && value ? value : null);

@Resolver(() => Thread)
export class ThreadResolver {
  @Query(() => ThreadConnection, { description: "The viewer's threads (the inbox), most recent activity they can see first; only one partnership's or household's when given." })
  threads(
    @Ctx() ctx: Context,
    @Arg('partnershipId', () => ID, { nullable: true }) partnershipId?: string | null,
    @Arg('householdId', () => ID, { nullable: true }) householdId?: string | null,
    @Arg('first', () => Int, { defaultValue: 30 }) first = 30,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listThreads(ctx, { partnershipId, householdId, first, after });
  }

  @Query(() => Thread, { description: 'One thread; NOT_FOUND when the viewer may not see it.' })
  async thread(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Thread> {
    return (await loadThread(ctx, id)).thread;
  }

  @Query(() => MessagePage, {
    description:
      'Messages of a thread in ascending seq order. With `afterSeq`: the ones after it (catch-up after a reconnect: no gap, no duplicate); otherwise the newest ones, before `beforeSeq` when given (history). Internal notes for Fedasil staff only.',
  })
  messages(
    @Ctx() ctx: Context,
    @Arg('threadId', () => ID) threadId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) afterSeq?: number | null,
    @Arg('beforeSeq', () => Int, { nullable: true }) beforeSeq?: number | null,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'At most 200.' }) limit = 50,
  ) {
    return listMessages(ctx, threadId, { afterSeq, beforeSeq, limit });
  }

  @Query(() => ThreadChanges, {
    description: "Messages of a thread added, edited or deleted after `afterChangeSeq`, each once in its current state, in change order: a reconnecting client's catch-up of edits and deletes.",
  })
  threadChanges(
    @Ctx() ctx: Context,
    @Arg('threadId', () => ID) threadId: string,
    @Arg('afterChangeSeq', () => Int) afterChangeSeq: number,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'At most 200.' }) limit = 100,
  ) {
    return threadChanges(ctx, threadId, afterChangeSeq, limit);
  }

  @Query(() => Int, { description: 'Unread messages in all threads the viewer may see (not their own, not deleted ones, no internal notes for partners).' })
  unreadMessageCount(@Ctx() ctx: Context) {
    return unreadMessageCount(ctx);
  }

  @Query(() => [Presence], { description: "The people of a thread (contact person and deputy, the partner organisations' people, others who wrote in it) and whether they are online now." })
  threadPresence(@Arg('threadId', () => ID) threadId: string, @Ctx() ctx: Context) {
    return threadPresence(ctx, threadId);
  }

  @Query(() => MessagingSettings, { description: "The viewer's messaging settings." })
  messagingSettings(@Ctx() ctx: Context) {
    return messagingSettings(ctx);
  }

  @Mutation(() => Thread, { description: "Opens the partnership's own thread (made on first use, exactly one even under concurrent first use)." })
  openPartnershipThread(@Arg('partnershipId', () => ID) partnershipId: string, @Ctx() ctx: Context) {
    return openPartnershipThread(ctx, partnershipId);
  }

  @Mutation(() => Thread, { description: "Opens a household's thread (made on first use, exactly one); seen by whoever may see the household." })
  openHouseholdThread(@Arg('householdId', () => ID) householdId: string, @Ctx() ctx: Context) {
    return openHouseholdThread(ctx, householdId);
  }

  @Mutation(() => Thread, { description: 'Starts a thread with a subject in a partnership; anyone in the partnership may.' })
  startThread(@Arg('input', () => StartThreadInput) input: StartThreadInput, @Ctx() ctx: Context) {
    return startThread(ctx, input);
  }

  @Mutation(() => Message, { description: 'Sends a message (stored, then published). A retry with the same clientId returns the stored message, never a second one.' })
  sendMessage(@Arg('input', () => SendMessageInput) input: SendMessageInput, @Ctx() ctx: Context) {
    return sendMessage(ctx, input);
  }

  @Mutation(() => Message, { description: 'Changes the text of one of your own messages (shown as edited).' })
  editMessage(@Arg('input', () => EditMessageInput) input: EditMessageInput, @Ctx() ctx: Context) {
    return editMessage(ctx, input);
  }

  @Mutation(() => Message, { description: 'Deletes one of your own messages: it stays in its place, shown as deleted, with an empty body.' })
  deleteMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return deleteMessage(ctx, id);
  }

  @Mutation(() => Thread, { description: 'Marks a thread read up to `seq` (the read position only moves forward).' })
  markThreadRead(@Arg('threadId', () => ID) threadId: string, @Arg('seq', () => Int) seq: number, @Ctx() ctx: Context) {
    return markThreadRead(ctx, threadId, seq);
  }

  @Mutation(() => Thread, { description: 'Mutes (no notifications for new messages) or unmutes a thread, for the viewer only.' })
  muteThread(@Arg('threadId', () => ID) threadId: string, @Arg('muted', () => Boolean) muted: boolean, @Ctx() ctx: Context) {
    return muteThread(ctx, threadId, muted);
  }

  @Mutation(() => MessagingSettings, { description: 'Whether others see when you have read their messages.' })
  updateMessagingSettings(@Arg('sendReadReceipts', () => Boolean) sendReadReceipts: boolean, @Ctx() ctx: Context) {
    return updateMessagingSettings(ctx, sendReadReceipts);
  }

  @Mutation(() => Boolean, { description: 'Tells the others in the thread that the viewer is (or stopped) typing; not stored. Returns `typing`.' })
  setTyping(
    @Arg('threadId', () => ID) threadId: string,
    @Arg('typing', () => Boolean) typing: boolean,
    @Ctx() ctx: Context,
    @Arg('internal', () => Boolean, { defaultValue: false, description: 'Typing an internal note: only Fedasil staff are told (FORBIDDEN for others).' }) internal = false,
  ) {
    return setTyping(ctx, threadId, typing, internal);
  }

  @Mutation(() => Boolean, { description: 'Presence heartbeat: send every ~30 s while the hub is open, and `online: false` when leaving. Returns `online`.' })
  heartbeat(@Arg('online', () => Boolean, { defaultValue: true }) online: boolean, @Ctx() ctx: Context) {
    return heartbeat(ctx, online);
  }

  @Subscription(() => MessageEvent, {
    description:
      'Messages added, edited or deleted in this thread, or (without threadId) in every thread the viewer may see (the inbox). Same policy as `messages`; internal notes reach Fedasil staff only. After a reconnect, catch up with `messages(afterSeq:)` and `threadChanges(afterChangeSeq:)`.',
    subscribe: async ({ args, context: ctx }: { args: { threadId?: string | null }; context: Context }) => {
      requireViewer(ctx);
      const threadId = optionalId(args.threadId);
      if (threadId) await loadThreadRow(ctx, threadId);
      return authorizedEvents<MessageChanged>(ctx, ctx.app.pubSub.subscribe('MESSAGE_CHANGED'), async (eventCtx, payload) => {
        if (threadId && payload.threadId !== threadId) return false;
        return mayReceiveThreadEvent(eventCtx, payload.threadId, payload.internal, payload.facts);
      });
    },
  })
  async messageEvents(@Root() event: LiveEvent<MessageChanged>, @Arg('threadId', () => ID, { nullable: true }) _threadId?: string | null): Promise<MessageEvent> {
    const message = await loadEventMessage(event.ctx, event.payload.messageId, event.payload.facts, event.payload[IN_PROCESS]);
    return { kind: event.payload.kind, threadId: event.payload.threadId, message };
  }

  @Subscription(() => TypingEvent, {
    description: 'Others starting or stopping to type in this thread (not your own). Same policy as `thread`; typing an internal note reaches Fedasil staff only.',
    subscribe: async ({ args, context: ctx }: { args: { threadId: string }; context: Context }) => {
      const viewer = requireViewer(ctx);
      const threadId = args.threadId;
      await loadThreadRow(ctx, threadId);
      return authorizedEvents<Typing>(ctx, ctx.app.pubSub.subscribe('TYPING'), async (eventCtx, payload) => {
        if (payload.threadId !== threadId || payload.userId === viewer.id) return false;
        return mayReceiveThreadEvent(eventCtx, payload.threadId, payload.internal);
      });
    },
  })
  async typingEvents(@Root() event: LiveEvent<Typing>, @Arg('threadId', () => ID) _threadId: string): Promise<TypingEvent> {
    const user = await event.ctx.loaders.user.load(event.payload.userId);
    if (!user) throw notFound();
    return { threadId: event.payload.threadId, user, typing: event.payload.typing };
  }

  @Subscription(() => ReadStateEvent, {
    description:
      "Read positions moving in this thread, or (without threadId) in every thread the viewer may see: the viewer's own (from another tab or device, to update unread counts), and others' when they send read receipts (for seen by). Same policy as `thread`.",
    subscribe: async ({ args, context: ctx }: { args: { threadId?: string | null }; context: Context }) => {
      const viewer = requireViewer(ctx);
      const threadId = optionalId(args.threadId);
      if (threadId) await loadThreadRow(ctx, threadId);
      return authorizedEvents<ReadState>(ctx, ctx.app.pubSub.subscribe('READ_STATE'), async (eventCtx, payload) => {
        if (threadId && payload.threadId !== threadId) return false;
        if (payload.userId !== viewer.id && !payload.receipts) return false;
        // Staff reading only internal notes: no position moved in partners' numbering, nothing to tell them.
        if (!payload.publicMoved && numberingOf(eventCtx.viewer) === 'public') return false;
        return mayReceiveThreadEvent(eventCtx, payload.threadId, false);
      });
    },
  })
  async readStateEvents(@Root() event: LiveEvent<ReadState>, @Arg('threadId', () => ID, { nullable: true }) _threadId?: string | null): Promise<ReadStateEvent> {
    const user = await event.ctx.loaders.user.load(event.payload.userId);
    if (!user) throw notFound();
    const { lastReadSeq, lastReadPublicSeq } = event.payload;
    return { threadId: event.payload.threadId, user, lastReadSeq: numberingOf(event.ctx.viewer) === 'staff' ? lastReadSeq : lastReadPublicSeq };
  }

  @Subscription(() => Presence, {
    description: 'People of this thread coming online or going offline. Same policy as `threadPresence`.',
    subscribe: async ({ args, context: ctx }: { args: { threadId: string }; context: Context }) => {
      requireViewer(ctx);
      const threadId = args.threadId;
      await loadThreadRow(ctx, threadId);
      return authorizedEvents<PresenceChanged>(ctx, ctx.app.pubSub.subscribe('PRESENCE'), (eventCtx, payload) => mayReceivePresence(eventCtx, threadId, payload.userId));
    },
  })
  async presenceEvents(@Root() event: LiveEvent<PresenceChanged>, @Arg('threadId', () => ID) _threadId: string): Promise<Presence> {
    const user = await event.ctx.loaders.user.load(event.payload.userId);
    if (!user) throw notFound();
    return { user, online: event.payload.online, lastSeenAt: event.payload.lastSeenAt ? new Date(event.payload.lastSeenAt) : null };
  }

  @FieldResolver(() => Partnership)
  async partnership(@Root() t: Thread, @Ctx() ctx: Context): Promise<Partnership> {
    const p = await ctx.loaders.partnership.load(t.partnership.id);
    if (!p) throw notFound();
    return p;
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The household of a HOUSEHOLD thread.' })
  household(@Root() t: Thread, @Ctx() ctx: Context) {
    return t.household ? ctx.loaders.household.load(t.household.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who started the thread.' })
  createdBy(@Root() t: Thread, @Ctx() ctx: Context) {
    return t.createdBy ? ctx.loaders.user.load(t.createdBy.id) : null;
  }

  @FieldResolver(() => Message, { nullable: true, description: 'The newest message the viewer may see.' })
  lastMessage(@Root() t: Thread, @Ctx() ctx: Context) {
    return lastMessageOf(ctx, t);
  }

  @FieldResolver(() => GraphQLDateTimeISO, { description: 'When the newest message the viewer may see was sent (or the thread was made).' })
  lastActivityAt(@Root() t: Thread, @Ctx() ctx: Context) {
    return lastActivityOf(ctx, t);
  }

  @FieldResolver(() => Int, { description: "Messages after the viewer's read position: not their own, not deleted, no internal notes for partners." })
  unreadCount(@Root() t: Thread, @Ctx() ctx: Context) {
    return unreadCountOf(ctx, t);
  }

  @FieldResolver(() => Int, { description: 'The highest seq the viewer has read (0: nothing).' })
  async viewerLastReadSeq(@Root() t: Thread, @Ctx() ctx: Context) {
    return (await viewerStateOf(ctx, t)).lastReadSeq;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer muted this thread (no notifications).' })
  async muted(@Root() t: Thread, @Ctx() ctx: Context) {
    return (await viewerStateOf(ctx, t)).muted;
  }

  @FieldResolver(() => ThreadViewerCan)
  viewerCan(@Root() t: Thread, @Ctx() ctx: Context) {
    return threadViewerCan(ctx, t);
  }
}

@Resolver(() => Message)
export class MessageResolver {
  @FieldResolver(() => ID)
  threadId(@Root() m: Message): string {
    return m.thread.id;
  }

  @FieldResolver(() => Thread)
  async thread(@Root() m: Message, @Ctx() ctx: Context): Promise<Thread> {
    const t = await messagingLoaders(ctx).thread.load(m.thread.id);
    if (!t) throw notFound();
    return t;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who wrote it (null if the account is gone).' })
  author(@Root() m: Message, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(m.author.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The client-generated id of the send; only for the author (to match an optimistic message).' })
  clientId(@Root() m: Message, @Ctx() ctx: Context): string | null {
    return ctx.viewer?.id === m.author.id ? m.clientId : null;
  }

  @FieldResolver(() => Int, {
    description:
      "Position in the thread in the viewer's numbering: 1, 2, 3... in the order messages were stored. Fedasil staff number every message; partners number only the ones they may see (internal notes take no number of theirs), so their numbering has no gaps. Catch up with `messages(afterSeq:)`.",
  })
  seq(@Root() m: Message, @Ctx() ctx: Context): number {
    return seqIn(m, numberingOf(ctx.viewer));
  }

  @FieldResolver(() => Int, {
    description:
      "The thread's change counter at this message's latest change (add, edit or delete), in the viewer's numbering (as `seq`): catch up on edits and deletes with `threadChanges(afterChangeSeq:)`.",
  })
  changeSeq(@Root() m: Message, @Ctx() ctx: Context): number {
    return changeSeqIn(m, numberingOf(ctx.viewer));
  }

  @FieldResolver(() => Boolean, { description: 'The text was changed after sending.' })
  edited(@Root() m: Message): boolean {
    return !!m.editedAt && !m.deletedAt;
  }

  @FieldResolver(() => Boolean, { description: 'The author deleted it; the body is empty.' })
  deleted(@Root() m: Message): boolean {
    return !!m.deletedAt;
  }

  @FieldResolver(() => Message, { nullable: true, description: 'The message this one replies to (quotes), if the viewer may see it.' })
  replyTo(@Root() m: Message, @Ctx() ctx: Context) {
    return replyToOf(ctx, m);
  }

  @FieldResolver(() => [User], { description: 'The people mentioned with @.' })
  mentions(@Root() m: Message, @Ctx() ctx: Context) {
    return mentionsOf(ctx, m);
  }

  @FieldResolver(() => [User], { description: 'For the sender only (others get an empty list): who has read it, among those who send read receipts.' })
  seenBy(@Root() m: Message, @Ctx() ctx: Context) {
    return seenByOf(ctx, m);
  }

  @FieldResolver(() => MessageViewerCan)
  viewerCan(@Root() m: Message, @Ctx() ctx: Context) {
    return messageViewerCan(ctx, m);
  }
}
