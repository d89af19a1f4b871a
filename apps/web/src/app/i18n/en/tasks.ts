import type { tasksZh } from '../zh-CN/tasks';

/** English of the overdue steps, task settings and printable notice (see zh-CN/tasks.ts). */
export const tasksEn: Record<keyof typeof tasksZh, string> = {
  'overview.overdue': 'Overdue steps by branch',
  'overview.overdueNone': 'No branch has an overdue step',

  'nav.taskSettings': 'Deadlines & alerts',
  'taskSettings.title': 'Deadlines and reminders',
  'taskSettings.intro':
    'Each step is due a number of working days on (by the working calendar); overdue items are flagged in to-do lists and the overview.',
  'taskSettings.deadlines': 'Deadlines',
  'taskSettings.days': 'working days',
  'taskSettings.default': 'default {days, plural, one {# working day} other {# working days}}',
  'taskSettings.webhook': 'Outbound messages',
  'taskSettings.webhookEnabled': "Send reminders to the bureau's messaging system",
  'taskSettings.webhookUrl': 'Webhook address',
  'taskSettings.webhookHelp':
    'Each new reminder is POSTed to this address once as JSON; a failed delivery is retried with the next reminders.',
  'taskSettings.save': 'Save settings',
  'taskSettings.saved': 'Settings saved',
  'taskSettings.sendNow': 'Send reminders now',
  'taskSettings.sent':
    '{created, plural, one {# new reminder} other {# new reminders}}, {delivered} delivered, {failed} failed',

  'noticePrint.print': 'Print notice',
  'noticePrint.periodQuarter': 'Q{quarter} {year}',
  'noticePrint.periodYear': 'the year {year}',
  'noticePrint.title': '{branch}: public notice of the points assessment results for {period}',
  'noticePrint.introQuarter':
    "After the branch's review, each member's confirmation and the secretary's signature, the points assessment results for {period} are made public.",
  'noticePrint.introYear':
    "After the branch committee's evaluation and the Party committee's approval, the points assessment results for {period} are made public.",
  'noticePrint.republished': 'This is notice no. {number} (republished after a correction).',
  'noticePrint.no': 'No.',
  'noticePrint.window': 'Notice period: {from} to {to} (ends at midnight on {to}).',
  'noticePrint.whereToObject':
    'Anyone who objects to a result may raise it with the {branch} committee, in writing or in person, before {to}, or on the notice board of the points assessment platform.',
  'noticePrint.signedBy': 'Committee of the {branch}',
};
