import type { MessageEventKind } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MessageEventKindEnum } from '../../app/enums.js';
import { Connection } from '../../app/pagination.js';
import { User } from '../user/user.entity.js';
import { Message, Thread } from './messaging.entity.js';

@ObjectType({ description: 'What the viewer may do in a thread; the client shows only these actions.' })
export class ThreadViewerCan {
  @Field(() => Boolean, { description: 'Send messages.' }) post!: boolean;
  @Field(() => Boolean, { description: 'Write internal notes (Fedasil staff only) and see them.' }) postInternal!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a message.' })
export class MessageViewerCan {
  @Field(() => Boolean, { description: 'Edit the text (own, not deleted).' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Delete (own, not yet deleted).' }) delete!: boolean;
}

@ObjectType({ description: 'A page of threads, most recent activity first.' })
export class ThreadConnection extends Connection(Thread, 'Thread') {}

@ObjectType({ description: 'Messages of a thread in ascending seq order.' })
export class MessagePage {
  @Field(() => [Message], { description: 'Ascending by seq.' })
  messages!: Message[];

  @Field(() => Boolean, { description: 'With `afterSeq`: more messages follow (ask again after the last one). Otherwise: older messages exist (ask with `beforeSeq`).' })
  hasMore!: boolean;
}

@ObjectType({ description: 'Messages changed (added, edited or deleted) after a change number, in change order.' })
export class ThreadChanges {
  @Field(() => [Message], { description: 'Each message once, in its current state, ascending by changeSeq.' })
  messages!: Message[];

  @Field(() => Boolean, { description: 'More changes follow: ask again after the last changeSeq.' })
  hasMore!: boolean;
}

@ObjectType({ description: 'A message was added, edited or deleted.' })
export class MessageEvent {
  @Field(() => MessageEventKindEnum)
  kind!: MessageEventKind;

  @Field(() => ID)
  threadId!: string;

  @Field(() => Message, { description: 'The message as it is now (a deleted one has an empty body).' })
  message!: Message;
}

@ObjectType({ description: 'Someone started or stopped typing in a thread.' })
export class TypingEvent {
  @Field(() => ID)
  threadId!: string;

  @Field(() => User)
  user!: User;

  @Field(() => Boolean)
  typing!: boolean;
}

@ObjectType({ description: "Someone's read position in a thread moved (yours, from another tab, or another person's when they send read receipts)." })
export class ReadStateEvent {
  @Field(() => ID)
  threadId!: string;

  @Field(() => User)
  user!: User;

  @Field(() => Int, { description: "The highest seq they have read, in the viewer's numbering (as the viewer's messages are numbered)." })
  lastReadSeq!: number;
}

@ObjectType({ description: 'Whether a person is online now (a client of theirs reported activity within the last minute).' })
export class Presence {
  @Field(() => User)
  user!: User;

  @Field(() => Boolean)
  online!: boolean;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Last activity of any of their clients.' })
  lastSeenAt!: Date | null;
}

@ObjectType({ description: "The viewer's own messaging settings." })
export class MessagingSettings {
  @Field(() => Boolean, { description: 'Others see when you have read their messages (seen by).' })
  sendReadReceipts!: boolean;
}

export interface MessageEventPayload {
  kind: MessageEventKind;
  threadId: string;
  messageId: string;
}
