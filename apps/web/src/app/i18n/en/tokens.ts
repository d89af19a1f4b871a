import type { tokensZh } from '../zh-CN/tokens';

/** English of the API token screen (see zh-CN/tokens.ts). */
export const tokensEn: Record<keyof typeof tokensZh, string> = {
  'tokens.menu': 'API tokens',
  'tokens.title': 'Read-only API tokens',
  'tokens.intro':
    'Scripts query GraphQL with a token (header Authorization: Bearer <token>); a token only reads and cannot change anything. It is shown once, when it is created.',
  'tokens.account': 'Account',
  'tokens.name': 'Name',
  'tokens.nameHint': 'What it is for, e.g. “quarterly report script”',
  'tokens.nameRequired': 'Give the token a name',
  'tokens.days': 'Lifetime (days)',
  'tokens.create': 'Create token',
  'tokens.prefix': 'Token',
  'tokens.status': 'Status',
  'tokens.createdAt': 'Created',
  'tokens.expiresAt': 'Expires',
  'tokens.revoke': 'Revoke',
  'tokens.revokeConfirm': 'Revoke the token “{name}”? Scripts using it lose access at once',
  'tokens.empty': 'No tokens yet',
  'tokens.createdTitle': 'Token created',
  'tokens.createdWarning': 'Copy it now: it cannot be shown again once this closes',
  'tokens.done': 'I have saved it',
  'tokens.explorer': 'Try queries in the browser (GraphiQL)',
};
