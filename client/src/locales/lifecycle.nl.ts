import type { enLifecycle } from './lifecycle.en';

/** Nederlandse teksten van de levensloop van een gezin. */
export const nlLifecycle: Record<keyof typeof enLifecycle, string> = {
  'memberJoining.WITH_HOUSEHOLD': 'Met het gezin aangekomen',
  'memberJoining.BORN': 'Geboren na de aankomst',
  'memberJoining.FAMILY_REUNIFICATION': 'Gezinshereniging',
  'endReason.MOVED_OUT': 'Verhuisd uit de regio',
  'endReason.TRANSFERRED_PARTNERSHIP': 'Overgedragen aan een ander partnerschap',
  'endReason.TRANSFERRED_MUNICIPALITY': 'Overgedragen aan een andere gemeente',
  'endReason.SPONSORSHIP_BREAKDOWN': 'Breuk in het sponsorschap',
  'endReason.DEPARTURE': 'België verlaten',
};
