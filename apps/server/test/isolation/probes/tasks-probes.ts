import type { Probe } from '../probe-kit.js';

/**
 * To-do lists and reminders: each person's list and reminders are built from their own roles,
 * so another branch's or another bureau's declarations, quarters, objections, months and
 * reminders must never show (their ids and branch ids are among the target's leak ids). The
 * settings and the sweep are the committee's, for its own bureau only.
 */
export const tasksProbes: Probe[] = [
  {
    operation: 'myTasks',
    kind: 'list',
    entity: 'Task',
    build: () => ({
      query:
        '{ myTasks { total tasks { kind branchId branchName count items { ref labelZh link } } } }',
    }),
  },
  {
    operation: 'myNotifications',
    kind: 'list',
    entity: 'Notification',
    build: () => ({
      query: '{ myNotifications(first: 100) { unread items { id labelZh link } } }',
    }),
  },
  {
    operation: 'markNotificationsRead',
    kind: 'update',
    entity: 'Notification',
    // Another person's reminder: the other bureau's (reminders belong to a person, not a branch).
    build: (_o, t) => {
      const row = t.rows['notification'];
      return row
        ? {
            query: 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
            variables: { ids: [row['id']] },
          }
        : null;
    },
    refusedWhen: (data) =>
      (data as { markNotificationsRead?: number } | null)?.markNotificationsRead === 0,
  },
  {
    operation: 'taskSettings',
    kind: 'list',
    entity: 'TaskSetting',
    build: () => ({
      query: '{ taskSettings { webhookEnabled webhookUrl deadlines { key days } } }',
    }),
  },
  {
    operation: 'setTaskSettings',
    kind: 'create-with-foreign-id',
    entity: 'TaskSetting',
    // Names nothing of another bureau: aimed at the roles that may not change the settings.
    build: (_o, t) =>
      t.kind === 'another-bureau'
        ? null
        : {
            query:
              'mutation { setTaskSettings(input: { deadlines: [{ key: CONFIRMATION, days: 9 }] }) { webhookEnabled } }',
          },
  },
  {
    operation: 'sendRemindersNow',
    kind: 'create-with-foreign-id',
    entity: 'Notification',
    build: (_o, t) =>
      t.kind === 'another-bureau' ? null : { query: 'mutation { sendRemindersNow { created } }' },
  },
];

/** Say only which steps the caller may take on a quarter or year not yet started: no row to leak. */
export const quarterStartProbes: Probe[] = [
  {
    operation: 'quarterStartActions',
    kind: 'list',
    entity: 'QuarterAssessment',
    build: (_o, t) => ({
      query: `{ quarterStartActions(input: { branchId: "${t.branch.id}", year: 2026, quarter: 1 }) }`,
    }),
  },
  {
    operation: 'annualStartActions',
    kind: 'list',
    entity: 'AnnualAssessment',
    build: (_o, t) => ({
      query: `{ annualStartActions(branchId: "${t.branch.id}", year: 2026) }`,
    }),
  },
];
