import { readWorkbook, rosterWorkbook } from '../factories/roster-workbook.js';
import type { Own, Target } from './isolation-world.js';

type Request = { query: string; variables?: Record<string, unknown> };

/**
 * One attempt to cross a wall: a GraphQL request built from the prober's own rows and the target's.
 * `kind` says what it tries; `entity` what it aims at. `build` returns null where the attempt
 * means nothing for that target (e.g. reading a branch of one's own bureau, which is allowed).
 */
export type Probe = {
  operation: string;
  kind: 'read' | 'list' | 'update' | 'delete' | 'create-with-foreign-id' | 'nested';
  entity: string;
  build: (own: Own, target: Target) => Request | null | Promise<Request | null>;
  /** Reads whose control run (as someone entitled to the target) must show the target's row. */
  control?: (target: Target) => string;
  /** For file answers: the text inside the file, where a leak would show. */
  fileText?: (data: unknown) => Promise<string>;
  /** A query answer (not an error) that still counts as a refusal, e.g. a preview marked invalid. */
  refusedWhen?: (data: unknown) => boolean;
};

/** A roster sheet naming the target's member by id, in the target's branch. */
export const foreignRoster = (t: Target) =>
  rosterWorkbook(
    ['姓名', '党员类别', '入党日期', '所在支部', '系统编号'],
    [['探针', '正式党员', '2001-07-01', t.branch.name, t.member]],
  );
export const exportedText = async (data: unknown) => {
  const file = (data as { rosterExport?: { contentBase64: string } } | null)?.rosterExport;
  if (!file) return '';
  const { rows } = await readWorkbook(file.contentBase64);
  return JSON.stringify(rows);
};

export const sameBureau = (t: Target) => t.kind !== 'another-bureau';
export const M = (name: string, args: string, select = 'id') =>
  `mutation($i: ${args}) { ${name}(input: $i) { ${select} } }`;
