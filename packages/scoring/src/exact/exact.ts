import Fraction from 'fraction.js';

/** Whether a double holds an integer exactly (|x| < 2^53): every step checks its result. */
const safe = Number.isSafeInteger;

function gcd(a: number, b: number): number {
  // Scores' numerators and denominators are nearly always below 2^31: there the remainders are
  // integer divisions, not floating-point ones (a refresh reduces millions of fractions).
  // (Both are non-negative integers; int32 locals are what lets the compiler use them.)
  if (a <= 0x7fffffff && b <= 0x7fffffff) {
    let x = a | 0;
    let y = b | 0;
    while (y !== 0) {
      const t = (x % y) | 0;
      x = y;
      y = t;
    }
    return x;
  }
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

const BIG_MAX = BigInt(Number.MAX_SAFE_INTEGER);

// Whole numbers from -WHOLE_SHARED to WHOLE_SHARED, one instance each (made with the class):
// most of a month's sums are whole points (sessions, quotas, weights), and a bureau's refresh
// would otherwise allocate a value for each of millions of additions. Values are immutable, so
// sharing is safe; zero is among them, so every zero is one value.
const WHOLE_SHARED = 1024;
const WHOLES: Exact[] = [];

/**
 * An exact rational number, immutable. Scores are small: a value whose reduced numerator and
 * denominator are safe integers is kept as two doubles, where each operation is a few integer
 * steps, each exact (a product or sum that would leave the safe range is detected, never
 * rounded); any other value, and any operation that would leave that range, is done by
 * fraction.js in BigInt. A bureau's refresh spent a third of its scoring in fraction.js's
 * argument parsing and BigInt allocations for values like 74/3.
 *
 * The representation is canonical: small whenever the value fits, so two equal values have the
 * same form, and `equals` and `compare` never see one value in two forms.
 */
export class Exact {
  private constructor(
    /** Numerator, sign included, when small; NaN when big. */
    readonly num: number,
    /** Denominator (> 0), when small; NaN when big. */
    readonly den: number,
    private readonly big: Fraction | undefined,
  ) {}

  /** n / d from integers (numbers or BigInts); d ≠ 0. */
  static of(n: number | bigint, d: number | bigint = 1): Exact {
    if (typeof n === 'number' && typeof d === 'number' && safe(n) && safe(d)) {
      if (d === 0) throw new RangeError('Division by zero');
      return ratio(n, d);
    }
    return Exact.ofFraction(new Fraction(BigInt(n), BigInt(d)));
  }

  /** A fraction.js value, kept small when it fits. */
  static ofFraction(f: Fraction): Exact {
    if (f.n <= BIG_MAX && f.d <= BIG_MAX) {
      const n = Number(f.n);
      return Exact.reduced(f.s < 0n ? -n : n, Number(f.d));
    }
    return new Exact(Number.NaN, Number.NaN, f);
  }

  /** @internal A reduced n / d of safe integers with d > 0. */
  static reduced(n: number, d: number): Exact {
    return d === 1 && n >= -WHOLE_SHARED && n <= WHOLE_SHARED
      ? (WHOLES[n + WHOLE_SHARED] as Exact)
      : new Exact(n, d, undefined);
  }

  static {
    for (let n = -WHOLE_SHARED; n <= WHOLE_SHARED; n++) WHOLES.push(new Exact(n, 1, undefined));
  }

  /** Whether the value is kept in BigInt (see the class). */
  get isBig(): boolean {
    return this.big !== undefined;
  }

  /** The value as fraction.js holds it. */
  asFraction(): Fraction {
    return this.big ?? new Fraction(BigInt(this.num), BigInt(this.den));
  }

  isZero(): boolean {
    return this.big === undefined ? this.num === 0 : this.big.n === 0n;
  }

  isNegative(): boolean {
    return this.big === undefined ? this.num < 0 : this.big.s < 0n && this.big.n !== 0n;
  }

  add(other: Exact): Exact {
    if (this.big === undefined && other.big === undefined) {
      if (this.den === other.den) {
        const n = this.num + other.num;
        if (safe(n)) return this.den === 1 ? Exact.reduced(n, 1) : ratio(n, this.den);
      } else {
        const x = this.num * other.den;
        const y = other.num * this.den;
        const n = x + y;
        const d = this.den * other.den;
        if (safe(x) && safe(y) && safe(n) && safe(d)) return ratio(n, d);
      }
    }
    return Exact.ofFraction(this.asFraction().add(other.asFraction()));
  }

  sub(other: Exact): Exact {
    return this.add(other.neg());
  }

  mul(other: Exact | number): Exact {
    const b = typeof other === 'number' ? Exact.of(other) : other;
    if (this.big === undefined && b.big === undefined) {
      const n = this.num * b.num;
      const d = this.den * b.den;
      if (safe(n) && safe(d)) return ratio(n, d);
    }
    return Exact.ofFraction(this.asFraction().mul(b.asFraction()));
  }

  div(other: Exact | number): Exact {
    const b = typeof other === 'number' ? Exact.of(other) : other;
    if (b.isZero()) throw new RangeError('Division by zero');
    if (this.big === undefined && b.big === undefined) {
      const n = this.num * b.den;
      const d = this.den * b.num;
      if (safe(n) && safe(d)) return ratio(n, d);
    }
    return Exact.ofFraction(this.asFraction().div(b.asFraction()));
  }

  neg(): Exact {
    if (this.big === undefined) return this.num === 0 ? this : Exact.reduced(-this.num, this.den);
    return new Exact(Number.NaN, Number.NaN, this.big.neg());
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than `other`. */
  compare(other: Exact): number {
    if (this.big === undefined && other.big === undefined) {
      if (this.den === other.den) return Math.sign(this.num - other.num);
      const x = this.num * other.den;
      const y = other.num * this.den;
      if (safe(x) && safe(y)) return Math.sign(x - y);
    }
    return Math.sign(this.asFraction().compare(other.asFraction()));
  }

  equals(other: Exact): boolean {
    if (this.big === undefined || other.big === undefined) {
      // Canonical: a small value never equals a big one.
      return this.num === other.num && this.den === other.den;
    }
    return this.big.equals(other.big);
  }

  /** The nearest double: for sanity limits and display, never for a score. */
  valueOf(): number {
    return this.big === undefined ? this.num / this.den : this.big.valueOf();
  }
}

/** n / d reduced, for safe integers with d ≠ 0 (zero is 0/1, never -0). */
function ratio(n: number, d: number): Exact {
  if (n === 0) return ZERO_EXACT;
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const g = gcd(Math.abs(n), d);
  return g === 1 ? Exact.reduced(n, d) : Exact.reduced(n / g, d / g);
}

const ZERO_EXACT = Exact.reduced(0, 1);
