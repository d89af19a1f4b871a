// Seeded randomness: the same seed gives the same bureau, ids included, so runs are comparable.

/** mulberry32, the PRNG the server's demo seed and the scoring benchmark use. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Version-4-shaped UUIDs drawn from their own seeded stream. */
export function seededUuids(seed: number): () => string {
  const random = seededRandom(seed);
  const word = () => (random() * 4294967296) >>> 0;
  return () => {
    const a = word();
    const b = word();
    const c = word();
    const d = word();
    const byte = (w: number, i: number) => HEX[(w >>> (i * 8)) & 0xff] as string;
    const version = HEX[0x40 | ((b >>> 16) & 0x0f)] as string;
    const variant = HEX[0x80 | ((c >>> 24) & 0x3f)] as string;
    return (
      byte(a, 3) +
      byte(a, 2) +
      byte(a, 1) +
      byte(a, 0) +
      '-' +
      byte(b, 3) +
      byte(b, 2) +
      '-' +
      version +
      byte(b, 0) +
      '-' +
      variant +
      byte(c, 2) +
      '-' +
      byte(c, 1) +
      byte(c, 0) +
      byte(d, 3) +
      byte(d, 2) +
      byte(d, 1) +
      byte(d, 0)
    );
  };
}

export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}
