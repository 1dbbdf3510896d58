import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { OutboxMessage } from './outbox.entity.js';
import { listOutbox, retryOutboxMessage } from './outbox.service.js';

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Query(() => [OutboxMessage], { description: 'Emails the hub queued, newest first, with their delivery state (admins).' })
  outbox(@Ctx() ctx: Context): Promise<OutboxMessage[]> {
    return listOutbox(ctx);
  }

  @Mutation(() => OutboxMessage, { description: 'Queues a failed email again for a new round of attempts (admins); OUTBOX_NOT_RETRYABLE unless it failed.' })
  retryOutboxMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OutboxMessage> {
    return retryOutboxMessage(ctx, id);
  }
}
