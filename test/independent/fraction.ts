/**
 * Exact rationals on bigint, for the independent checker: every figure is worked out without a float,
 * so a published value can be compared with the exact one, and rounding is decided on the exact value.
 */
const abs = (n: bigint) => (n < 0n ? -n : n);
const gcd = (a: bigint, b: bigint): bigint => {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
};

export class Fraction {
  readonly n: bigint;
  readonly d: bigint;

  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new Error('Fraction: division by zero');
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n, d) || 1n;
    this.n = n / g;
    this.d = d / g;
  }

  /** An integer, or a number written in decimal (as JSON and CSV write it): read exactly from its text. */
  static of(value: number | bigint | string): Fraction {
    if (typeof value === 'bigint') return new Fraction(value);
    const text = String(value).trim();
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) throw new Error(`Fraction: not a decimal: ${text}`);
    const digits = m[3] ?? '';
    const n = BigInt(m[2] + digits) * (m[1] ? -1n : 1n);
    return new Fraction(n, 10n ** BigInt(digits.length));
  }

  add(o: Fraction | number): Fraction {
    const f = lift(o);
    return new Fraction(this.n * f.d + f.n * this.d, this.d * f.d);
  }
  sub(o: Fraction | number): Fraction {
    const f = lift(o);
    return new Fraction(this.n * f.d - f.n * this.d, this.d * f.d);
  }
  mul(o: Fraction | number): Fraction {
    const f = lift(o);
    return new Fraction(this.n * f.n, this.d * f.d);
  }
  div(o: Fraction | number): Fraction {
    const f = lift(o);
    return new Fraction(this.n * f.d, this.d * f.n);
  }
  cmp(o: Fraction | number): number {
    const f = lift(o);
    const l = this.n * f.d;
    const r = f.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  eq(o: Fraction | number): boolean {
    return this.cmp(o) === 0;
  }
  min(o: Fraction | number): Fraction {
    return this.cmp(o) <= 0 ? this : lift(o);
  }
  get sign(): number {
    return this.n < 0n ? -1 : this.n > 0n ? 1 : 0;
  }

  /** Rounded half away from zero (四舍五入) to `decimals`: the result as an exact decimal fraction. */
  round(decimals: number): Fraction {
    const scale = 10n ** BigInt(decimals);
    const scaled = abs(this.n) * scale;
    // floor(|x|·scale + 1/2) = floor((2·|n|·scale + d) / 2d)
    const q = (2n * scaled + this.d) / (2n * this.d);
    return new Fraction(this.sign < 0 ? -q : q, scale);
  }

  /** Rounded up (toward +∞) to `decimals`. */
  ceil(decimals: number): Fraction {
    const scale = 10n ** BigInt(decimals);
    const num = this.n * scale;
    let q = num / this.d;
    if (q * this.d < num) q += 1n; // bigint division truncates toward zero
    return new Fraction(q, scale);
  }

  toString(): string {
    return this.d === 1n ? String(this.n) : `${this.n}/${this.d}`;
  }
}

const lift = (o: Fraction | number) => (o instanceof Fraction ? o : Fraction.of(o));
