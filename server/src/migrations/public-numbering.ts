/**
 * Partners' numbering for what is already stored (migrations 20261124193941 on SQLite and
 * 20261124193942 on PostgreSQL; the same SQL runs on both): public messages numbered 1, 2, 3... per
 * thread in staff's order, their latest changes likewise, the threads' counters and everyone's read
 * positions translated. A partner's page open across the upgrade holds numbers of the old
 * numbering: it catches up fully once reloaded. Tested in test/contract.test.ts.
 */
export const PUBLIC_NUMBERING_BACKFILL = [
  `update message set public_seq = (select count(*) from message m2 where m2.thread_id = message.thread_id and not m2.internal and m2.seq <= message.seq) where not internal`,
  `update message set public_change_seq = (select count(*) from message m2 where m2.thread_id = message.thread_id and not m2.internal and m2.change_seq <= message.change_seq) where not internal`,
  `update message_thread set last_public_seq = (select count(*) from message m where m.thread_id = message_thread.id and not m.internal), last_public_change_seq = (select count(*) from message m where m.thread_id = message_thread.id and not m.internal)`,
  `update message_thread_state set last_read_public_seq = (select count(*) from message m where m.thread_id = message_thread_state.thread_id and not m.internal and m.seq <= message_thread_state.last_read_seq)`,
] as const;
