/** English messages of the household lifecycle: members joining and leaving, early end, transfer, key moments. */
export const enLifecycle = {
  'memberJoining.WITH_HOUSEHOLD': 'Arrived with the household',
  'memberJoining.BORN': 'Born after the arrival',
  'memberJoining.FAMILY_REUNIFICATION': 'Family reunification',
  'endReason.MOVED_OUT': 'Moved out of the area',
  'endReason.TRANSFERRED_PARTNERSHIP': 'Transferred to another partnership',
  'endReason.TRANSFERRED_MUNICIPALITY': 'Transferred to another municipality',
  'endReason.SPONSORSHIP_BREAKDOWN': 'Breakdown of the sponsorship',
  'endReason.DEPARTURE': 'Left Belgium',
} as const;
