/** Log-in prefix of the second bureau's demo users: `b2-admin`, `b2-shuji1`, … */
export const OTHER_BUREAU_PREFIX = 'b2-';

/** A second bureau shaped like the demo one (with its ledger), for tests of the bureau wall. */
export const OTHER_BUREAU_OPTIONS = {
  name: '无锡市机关事务管理局',
  code: 'WXJGSW',
  loginPrefix: OTHER_BUREAU_PREFIX,
};
