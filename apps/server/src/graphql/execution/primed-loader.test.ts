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

  it('reads ahead in one batch what is not known, and answers it synchronously after', async () => {
    const { l, batches } = loader();
    l.prime('a', 'from the page');
    await l.prefetch(['a', 'b', 'x1', 'c']);
    expect(batches).toEqual([['b', 'x1', 'c']]);
    expect(l.get('b')).toBe('loaded b');
    expect(l.get('x1')).toBeNull();
    expect(l.get('a')).toBe('from the page');
    await l.prefetch(['b', 'c']);
    expect(batches).toHaveLength(1);
  });

  it('keeps nothing of a read ahead that failed: each key asks again and reports it', async () => {
    let fail = true;
    const l = new PrimedLoader<string, string>(async (keys) => {
      if (fail) throw new Error('数据库暂时不可用');
      return keys.map((k) => `loaded ${k}`);
    });
    await l.prefetch(['a', 'b']);
    fail = false;
    expect(l.get('a')).toBeInstanceOf(Promise);
    expect(await l.get('a')).toBe('loaded a');
  });
});
