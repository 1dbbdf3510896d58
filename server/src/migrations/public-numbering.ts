/**
 * Partners' numbering for what is already stored (migrations 20261124193941 on SQLite and
 * 20261124193942 on PostgreSQL; the same SQL runs on both): public messages numbered 1, 2, 3... per
 * thread in staff's order, their latest changes likewise, the threads' counters and everyone's read
 * positions translated. Tested in src/modules/messaging/messaging.test.ts ("the upgrade to
 * partners' numbering").
 *
 * Upgrade with every server process stopped (not a rolling restart): a process still on the old
 * code would send messages without partners' numbers. Pages open across the upgrade hold numbers of
 * the old numbering: they are told to reload (API_REVISION, shared/src/revision.ts).
 */
export const PUBLIC_NUMBERING_BACKFILL = [
  `update message set public_seq = (select count(*) from message m2 where m2.thread_id = message.thread_id and not m2.internal and m2.seq <= message.seq) where not internal`,
  `update message set public_change_seq = (select count(*) from message m2 where m2.thread_id = message.thread_id and not m2.internal and m2.change_seq <= message.change_seq) where not internal`,
  `update message_thread set last_public_seq = (select count(*) from message m where m.thread_id = message_thread.id and not m.internal), last_public_change_seq = (select count(*) from message m where m.thread_id = message_thread.id and not m.internal)`,
  `update message_thread_state set last_read_public_seq = (select count(*) from message m where m.thread_id = message_thread_state.thread_id and not m.internal and m.seq <= message_thread_state.last_read_seq)`,
] as const;

/** Undoes the numbering for the code before it, which read `last_public_seq` as staff's seq of the newest public message. */
export const PUBLIC_NUMBERING_ROLLBACK = [
  `update message_thread set last_public_seq = coalesce((select max(seq) from message m where m.thread_id = message_thread.id and not m.internal), 0)`,
] as const;
