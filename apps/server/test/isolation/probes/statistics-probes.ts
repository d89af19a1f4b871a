import { readWorkbook } from '../../factories/roster-workbook.js';
import type { Probe } from '../probe-kit.js';
import { YEAR } from '../probe-helpers.js';

const exportedText = async (data: unknown) => {
  const file = (data as { scoreStatisticsExport?: { contentBase64: string } } | null)
    ?.scoreStatisticsExport;
  if (!file) return '';
  return JSON.stringify((await readWorkbook(file.contentBase64)).rows);
};

/** Statistics: a table of another branch's (or bureau's) scores, and the whole readable table. */
export const statisticsProbes: Probe[] = [
  {
    operation: 'scoreStatistics',
    kind: 'read',
    entity: 'ScoreSummary',
    build: (_o, t) => ({
      query: `query($b: ID!) { scoreStatistics(filter: { year: ${YEAR}, branchIds: [$b] }, groupBy: [BRANCH]) {
        groups { key { branchId } memberCount total { mean } } } }`,
      variables: { b: t.branch.id },
    }),
    control: (t) => t.branch.id,
  },
  {
    operation: 'scoreStatistics',
    kind: 'read',
    entity: 'PartyGroup',
    build: (_o, t) => ({
      query: `query($g: ID!) { scoreStatistics(filter: { year: ${YEAR}, groupIds: [$g] }, groupBy: [GROUP]) {
        groups { key { groupId } memberCount } } }`,
      variables: { g: t.group },
    }),
    control: (t) => t.group,
  },
  {
    // Unfiltered: the caller's own branches only; another branch's groups would be a leak.
    operation: 'scoreStatistics',
    kind: 'list',
    entity: 'ScoreSummary',
    build: () => ({
      query: `{ scoreStatistics(filter: { year: ${YEAR} }, groupBy: [BRANCH, GROUP, MONTH]) {
        groups { key { branchId groupId month } memberCount total { mean } } } }`,
    }),
  },
  {
    operation: 'participationStatistics',
    kind: 'read',
    entity: 'BranchSession',
    build: (_o, t) => ({
      query: `query($b: ID!) { participationStatistics(filter: { year: ${YEAR}, branchIds: [$b] }, groupBy: [BRANCH]) {
        groups { key { branchId } memberCount sessions { itemCode held attended } } } }`,
      variables: { b: t.branch.id },
    }),
    control: (t) => t.branch.id,
  },
  {
    operation: 'participationStatistics',
    kind: 'read',
    entity: 'PartyGroup',
    build: (_o, t) => ({
      query: `query($g: ID!) { participationStatistics(filter: { year: ${YEAR}, groupIds: [$g] }, groupBy: [BRANCH]) {
        groups { key { branchId } memberCount } } }`,
      variables: { g: t.group },
    }),
  },
  {
    // Unfiltered: the caller's own branches only.
    operation: 'participationStatistics',
    kind: 'list',
    entity: 'Attendance',
    build: () => ({
      query: `{ participationStatistics(filter: { year: ${YEAR} }, groupBy: [BRANCH, MONTH]) {
        groups { key { branchId month } memberCount sessions { held attended }
          quotas { average } dues { onTime } violations { count } } } }`,
    }),
  },
  {
    operation: 'scoreStatisticsExport',
    kind: 'read',
    entity: 'ScoreSummary',
    build: (_o, t) => ({
      query: `query($b: ID!) { scoreStatisticsExport(filter: { year: ${YEAR}, branchIds: [$b] }, groupBy: [BRANCH]) {
        contentBase64 } }`,
      variables: { b: t.branch.id },
    }),
    control: (t) => t.branch.name,
    fileText: exportedText,
  },
  {
    operation: 'annualResultsExport',
    kind: 'read',
    entity: 'ScoreSummary',
    build: (_o, t) => ({
      query: `query($b: ID!) { annualResultsExport(year: ${YEAR}, branchId: $b) { contentBase64 } }`,
      variables: { b: t.branch.id },
    }),
    control: (t) => t.branch.name,
    fileText: async (data) => {
      const file = (data as { annualResultsExport?: { contentBase64: string } } | null)
        ?.annualResultsExport;
      return file ? JSON.stringify((await readWorkbook(file.contentBase64)).rows) : '';
    },
  },
];
