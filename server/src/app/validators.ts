import { isIsoDate } from '@partner-hub/shared';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A calendar date as YYYY-MM-DD that exists. */
export function IsIsoDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDate',
      target: object.constructor,
      propertyName,
      options,
      validator: { validate: (value: unknown) => value === null || value === undefined || (typeof value === 'string' && isIsoDate(value)) },
    });
}

/** Made once: building an Intl.DateTimeFormat costs far more than formatting with it (it is asked per household). */
const BRUSSELS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Brussels, as YYYY-MM-DD: the hub's "today" for statuses and years. */
export function todayInBrussels(now = new Date()): string {
  return BRUSSELS_DATE.format(now);
}
