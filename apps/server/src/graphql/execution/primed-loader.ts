import DataLoader from 'dataloader';

/**
 * A DataLoader that also answers synchronously for what a list's own statement already read (its
 * joined or prefetched rows, handed over with `prime`). A field that returns a value rather than
 * a promise keeps graphql-js on its synchronous path: a 500-line page then completes without a
 * promise per line and per field, which is most of what it costs.
 */
export class PrimedLoader<K, V> extends DataLoader<K, V, K> {
  private readonly known = new Map<K, V>();

  constructor(
    private readonly batch: DataLoader.BatchLoadFn<K, V>,
    options?: DataLoader.Options<K, V, K>,
  ) {
    super(batch, options);
  }

  /**
   * Reads every key not yet known in one call of the batch function and keeps what it answers,
   * for a list that reads ahead what its lines will ask: no promise per key, as `loadMany` makes.
   * A key whose read failed is not kept, so its field asks again and reports the error itself.
   */
  async prefetch(keys: readonly K[]): Promise<void> {
    const missing = keys.filter((key) => !this.known.has(key));
    if (missing.length === 0) return;
    let values: ArrayLike<V | Error>;
    try {
      values = await this.batch(missing);
    } catch {
      return;
    }
    missing.forEach((key, i) => {
      const value = values[i];
      if (value !== undefined && !(value instanceof Error)) this.prime(key, value);
    });
  }

  /** What is known already, else a batched load. */
  get(key: K): V | Promise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }

  override load(key: K): Promise<V> {
    return this.known.has(key) ? Promise.resolve(this.known.get(key) as V) : super.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (value instanceof Error || isPromiseLike(value)) return super.prime(key, value);
    if (!this.known.has(key)) this.known.set(key, value);
    return this;
  }

  override clear(key: K): this {
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }
}

function isPromiseLike<V>(value: V | PromiseLike<V>): value is PromiseLike<V> {
  return typeof (value as PromiseLike<V> | null)?.then === 'function';
}
