import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { OutboxMessage } from './outbox.entity.js';
import { listOutbox } from './outbox.service.js';

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Query(() => [OutboxMessage], { description: 'Emails the hub queued, newest first (admins).' })
  outbox(@Ctx() ctx: Context): Promise<OutboxMessage[]> {
    return listOutbox(ctx);
  }
}
