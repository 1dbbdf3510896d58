import { EMAIL_MODES, type EmailMode, type NotificationKind } from '@partner-hub/shared';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { NotificationKindEnum } from '../../app/enums.js';
import { emailSettings, setDigestTime, setEmailPreference } from './mail.service.js';

export const EmailModeEnum = Object.fromEntries(EMAIL_MODES.map((m) => [m, m])) as { [K in EmailMode]: K };
registerEnumType(EmailModeEnum, { name: 'EmailMode', description: 'How a person is told by email: at once, in the daily digest, or not.' });

@ObjectType({ description: 'The email choice for one kind of notification.' })
export class EmailKindSetting {
  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => EmailModeEnum)
  mode!: EmailMode;

  @Field(() => Boolean, { description: 'True while the person has not chosen: the default of their role applies.' })
  isDefault!: boolean;
}

@ObjectType({ description: 'The viewer’s email settings: one choice per notification kind, and when the daily digest goes out.' })
export class EmailSettings {
  @Field(() => ID, { description: 'The viewer’s id (one settings object per person).' })
  id!: string;

  @Field(() => String, { description: 'When the daily digest goes out, HH:MM Brussels time.' })
  digestTime!: string;

  @Field(() => [EmailKindSetting])
  kinds!: EmailKindSetting[];
}

@Resolver()
export class MailResolver {
  @Query(() => EmailSettings, { description: 'The viewer’s own email settings.' })
  emailSettings(@Ctx() ctx: Context) {
    return emailSettings(ctx);
  }

  @Mutation(() => EmailSettings, { description: 'Sets how the viewer is told by email about one kind of notification.' })
  setEmailPreference(@Arg('kind', () => NotificationKindEnum) kind: NotificationKind, @Arg('mode', () => EmailModeEnum) mode: EmailMode, @Ctx() ctx: Context) {
    return setEmailPreference(ctx, kind, mode);
  }

  @Mutation(() => EmailSettings, { description: 'Sets when the viewer’s daily digest goes out (HH:MM, Brussels time).' })
  setDigestTime(@Arg('time', () => String) time: string, @Ctx() ctx: Context) {
    return setDigestTime(ctx, time);
  }
}
