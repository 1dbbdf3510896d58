import type { NotificationKind } from '@partner-hub/shared';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireViewer } from '../../app/context.js';
import { NotificationKindEnum } from '../../app/enums.js';
import { authorizedEvents, type LiveEvent } from '../../app/live/index.js';
import { Connection } from '../../app/pagination.js';
import type { Topics } from '../../app/pubsub.js';
import { User } from '../user/user.entity.js';
import { Notification } from './notification.entity.js';
import { notificationPolicy } from './notification.policy.js';
import {
  listNotifications,
  loadNotification,
  markAllNotificationsRead,
  markNotificationRead,
  notificationPreferences,
  setNotificationPreference,
  unreadNotificationCount,
} from './notification.service.js';

type NotificationAdded = Topics['NOTIFICATION_ADDED'][0];

@ObjectType({ description: 'A page of the viewer’s notifications, newest first.' })
export class NotificationConnection extends Connection(Notification, 'Notification') {}

@ObjectType({ description: 'Whether the viewer gets notifications of one kind.' })
export class NotificationPreferenceSetting {
  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => Boolean)
  enabled!: boolean;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'The viewer’s own notifications, newest first.' })
  notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false, description: 'Only unread ones.' }) unreadOnly?: boolean | null,
  ) {
    return listNotifications(ctx, { first, after, unreadOnly });
  }

  @Query(() => Int, { description: 'How many of the viewer’s notifications are unread (the badge).' })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return unreadNotificationCount(ctx);
  }

  @Query(() => [NotificationPreferenceSetting], { description: 'Every notification kind, with whether the viewer gets it.' })
  notificationPreferences(@Ctx() ctx: Context) {
    return notificationPreferences(ctx);
  }

  @Mutation(() => Notification, { description: 'Marks one of the viewer’s notifications read (again: no change).' })
  markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return markNotificationRead(ctx, id);
  }

  @Mutation(() => Int, { description: 'Marks all the viewer’s notifications read; returns how many were unread.' })
  markAllNotificationsRead(@Ctx() ctx: Context) {
    return markAllNotificationsRead(ctx);
  }

  @Mutation(() => NotificationPreferenceSetting, { description: 'Turns one kind of notification on or off for the viewer.' })
  setNotificationPreference(@Arg('kind', () => NotificationKindEnum) kind: NotificationKind, @Arg('enabled', () => Boolean) enabled: boolean, @Ctx() ctx: Context) {
    return setNotificationPreference(ctx, kind, enabled);
  }

  @Subscription(() => Notification, {
    description: 'A notification for the viewer arrived (their own only).',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      requireViewer(ctx);
      return authorizedEvents<NotificationAdded>(ctx, ctx.app.pubSub.subscribe('NOTIFICATION_ADDED'), async (eventCtx, payload) => {
        if (!notificationPolicy.receive(eventCtx.viewer, payload)) return false;
        return loadNotification(eventCtx, payload.notificationId).then(
          () => true,
          () => false,
        );
      });
    },
  })
  notificationAdded(@Root() event: LiveEvent<NotificationAdded>): Promise<Notification> {
    return loadNotification(event.ctx, event.payload.notificationId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who caused it (the sender, the reviewer); null for the hub itself.' })
  actor(@Root() n: Notification, @Ctx() ctx: Context) {
    return n.actor ? ctx.loaders.user.load(n.actor.id) : null;
  }
}
