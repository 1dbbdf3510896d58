/** Ordering of action items: overdue first, then open ones by due date, done ones last. */

export interface SortableActionItem {
  id: string;
  dueDate: string | null;
  done: boolean;
  overdue: boolean;
}

export function compareActionItems(a: SortableActionItem, b: SortableActionItem): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate.localeCompare(b.dueDate);
  }
  return a.id.localeCompare(b.id);
}

export function sortActionItems<T extends SortableActionItem>(items: readonly T[]): T[] {
  return [...items].sort(compareActionItems);
}

/** The ids in a new order after moving the one at `index` by `delta` places (clamped). */
export function moveId(ids: readonly string[], index: number, delta: number): string[] {
  const target = Math.max(0, Math.min(ids.length - 1, index + delta));
  if (target === index || index < 0 || index >= ids.length) return [...ids];
  const next = [...ids];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved);
  return next;
}
