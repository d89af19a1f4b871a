import { describe, expect, it } from 'vitest';
import { PrimedLoader } from './primed-loader.js';

function loader() {
  const batches: string[][] = [];
  const l = new PrimedLoader<string, string | null>(async (keys) => {
    batches.push([...keys]);
    return keys.map((k) => (k.startsWith('x') ? null : `loaded ${k}`));
  });
  return { l, batches };
}

describe('a loader primed from a list’s own statement', () => {
  it('answers what it was given synchronously, and batches the rest', async () => {
    const { l, batches } = loader();
    l.prime('a', 'from the page');
    expect(l.get('a')).toBe('from the page');
    const b = l.get('b');
    const x = l.get('x1');
    expect(b).toBeInstanceOf(Promise);
    expect(await b).toBe('loaded b');
    expect(await x).toBeNull();
    expect(batches).toEqual([['b', 'x1']]);
    expect(await l.load('a')).toBe('from the page');
    expect(batches).toHaveLength(1);
  });

  it('keeps the first answer for a key, and forgets it when cleared', async () => {
    const { l, batches } = loader();
    l.prime('a', 'first');
    l.prime('a', 'second');
    expect(l.get('a')).toBe('first');
    l.clear('a');
    expect(await l.get('a')).toBe('loaded a');
    l.prime('n', null);
    expect(l.get('n')).toBeNull();
    l.clearAll();
    expect(await l.get('n')).toBe('loaded n');
    expect(batches).toEqual([['a'], ['n']]);
  });
});
