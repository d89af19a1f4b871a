import type { SchemeProblem } from '@jifen/scoring';

/** `sections.base.categories[0].weight` → `['sections', 'base', 'categories', 0, 'weight']`. */
export function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) throw new Error(`Bad path: ${path}`);
    if (match[1]) keys.push(match[1]);
    for (const index of match[2]?.matchAll(/\[(\d+)\]/g) ?? []) keys.push(Number(index[1]));
  }
  return keys;
}

/** A copy of `root` with the value at `path` replaced; untouched branches are shared. */
export function setAtPath<T>(root: T, path: string, value: unknown): T {
  const keys = parsePath(path);
  const step = (node: unknown, depth: number): unknown => {
    if (depth === keys.length) return value;
    const key = keys[depth]!;
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[key as number] = step(node[key as number], depth + 1);
      return copy;
    }
    const record = (node ?? {}) as Record<string, unknown>;
    return { ...record, [key]: step(record[key as string], depth + 1) };
  };
  return step(root, 0) as T;
}

/** The problems of each path, for showing them at their fields. */
export function problemsByPath(problems: readonly SchemeProblem[]): Map<string, SchemeProblem[]> {
  const map = new Map<string, SchemeProblem[]>();
  for (const problem of problems) {
    const list = map.get(problem.path) ?? [];
    list.push(problem);
    map.set(problem.path, list);
  }
  return map;
}

/** The value at `path` in `root`, or undefined. */
export function getAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `item` appended to the list at `listPath`. */
export function appendAt<T>(root: T, listPath: string, item: unknown): T {
  const list = getAtPath(root, listPath);
  return setAtPath(root, listPath, [...(Array.isArray(list) ? list : []), item]);
}

/** A copy of `root` without the element `index` of the list at `listPath`. */
export function removeAt<T>(root: T, listPath: string, index: number): T {
  const list = getAtPath(root, listPath);
  if (!Array.isArray(list)) return root;
  return setAtPath(
    root,
    listPath,
    list.filter((_, i) => i !== index),
  );
}

/** The editor tab that shows the setting at `path`. */
export type SchemeTab = 'general' | 'base' | 'special' | 'evaluation' | 'outcomes' | 'assumptions';

export function tabOfPath(path: string): SchemeTab {
  if (path.startsWith('sections.base')) return 'base';
  if (path.startsWith('sections.special')) return 'special';
  if (path.startsWith('sections.evaluation')) return 'evaluation';
  if (path.startsWith('outcomes')) return 'outcomes';
  if (path.startsWith('assumptions')) return 'assumptions';
  return 'general';
}

/** `a.b[2].c` → [`a.b[2].c`, `a.b[2]`, `a.b`, `a`]: where a problem may be shown, nearest first. */
export function pathAndAncestors(path: string): string[] {
  const out: string[] = [];
  let current = path;
  while (current) {
    out.push(current);
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : '';
  }
  return out;
}

/** A code not yet used in `taken`: `prefix-1`, `prefix-2`, … */
export function freshCode(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const code = `${prefix}-${n}`;
    if (!taken.includes(code)) return code;
  }
}
