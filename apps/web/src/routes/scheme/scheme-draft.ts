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
