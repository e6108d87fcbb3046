/** Whether an open task's due time has passed. */
export function isOverdue(task: { dueAt: string | null; done: boolean }, now: Date = new Date()): boolean {
  if (task.done || !task.dueAt) return false;
  const due = new Date(task.dueAt);
  return !Number.isNaN(due.getTime()) && due.getTime() < now.getTime();
}

/** The browser's IANA time zone (what "today" means for myTasks); UTC when it cannot tell. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
