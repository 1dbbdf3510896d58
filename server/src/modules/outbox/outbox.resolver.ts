import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { OutboxMessage, type OutboxStatus, OutboxStatusEnum } from './outbox.entity.js';
import { listOutbox, retryOutboxMessage, visibleBody } from './outbox.service.js';

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Query(() => [OutboxMessage], { description: 'Emails the hub queued, newest first (the latest 200), with their delivery state (admins).' })
  outbox(@Ctx() ctx: Context, @Arg('status', () => OutboxStatusEnum, { nullable: true, description: 'Only mails in this state.' }) status?: OutboxStatus | null): Promise<OutboxMessage[]> {
    return listOutbox(ctx, status);
  }

  @Mutation(() => OutboxMessage, { description: 'Queues a failed email again for a new round of attempts (admins); OUTBOX_NOT_RETRYABLE unless it failed.' })
  retryOutboxMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OutboxMessage> {
    return retryOutboxMessage(ctx, id);
  }

  @FieldResolver(() => String, { description: 'The plain-text part. With real email (SMTP) invitation and password reset links are withheld: they belong to the recipient alone.' })
  body(@Root() m: OutboxMessage, @Ctx() ctx: Context): string {
    return visibleBody(ctx, m);
  }
}
