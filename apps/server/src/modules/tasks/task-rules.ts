import { annualResultsToApprove, branchItemsToApprove } from './rules/committee-rules.js';
import { objectionsToDecide, warningCasesDue } from './rules/follow-up-rules.js';
import { declarationsToDecide, disputesToDecide, monthsToRecord } from './rules/ledger-rules.js';
import { confirmationsToGive, measuresToComplete, objectionWindows } from './rules/member-rules.js';
import {
  confirmationsOutstanding,
  quartersToPublish,
  quartersToSign,
  quartersToStart,
} from './rules/quarter-rules.js';
import type { TaskRule } from './rules/rule.js';
import { spotCheckAnswersToClose, spotCheckFindings } from './rules/spot-check-rules.js';

/** Every to-do rule, in the order a person's list shows them. */
export const TASK_RULES: readonly TaskRule[] = [
  // 记分员
  declarationsToDecide,
  monthsToRecord,
  // 支委会
  disputesToDecide,
  // 支部书记
  quartersToStart,
  confirmationsOutstanding,
  quartersToSign,
  quartersToPublish,
  objectionsToDecide,
  warningCasesDue,
  spotCheckFindings,
  // 党员
  confirmationsToGive,
  objectionWindows,
  measuresToComplete,
  // 机关党委
  branchItemsToApprove,
  annualResultsToApprove,
  spotCheckAnswersToClose,
];
