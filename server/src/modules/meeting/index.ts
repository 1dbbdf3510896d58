/**
 * The public face of the meeting module: what other modules import (their entities come from
 * meeting.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { meetingInviteForMail } from './calendar.service.js';
export { meetingLoaders } from './meeting.loaders.js';
export { type MeetingFacts, meetingPolicy } from './meeting.policy.js';
export { loadMeetingWithFacts, meetingFacts } from './meeting.access.js';
export { visibleAgenda } from './meeting.agenda.js';
export { toBrusselsLocal } from './meeting.time.js';
