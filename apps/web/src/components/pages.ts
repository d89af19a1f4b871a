export type Page<T> = {
  nodes: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
};

/**
 * Reads every page of a cursor-paginated list, reporting progress after each page (exports and
 * charts need the whole list; the screens page through it).
 */
export async function collectPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const page: Page<T> = await fetchPage(after);
    all.push(...page.nodes);
    onProgress?.(all.length, page.totalCount);
    if (!page.hasNextPage || !page.endCursor) return all;
    after = page.endCursor;
  }
}
