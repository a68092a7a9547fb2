// The random stream of one variant: HMAC-SHA256 of the course secret over (assignment, problem,
// student, reseed, attempt), extended by a counter. The same inputs give the same numbers on any
// machine and in any release of this major version (test/variants.test.ts pins drawn variants);
// without the secret nobody can predict another student's numbers.
import { createHmac } from 'node:crypto';

export interface VariantKey {
  assignment: string | null;
  problem: string;
  student: string;
  /** From variants.yaml (`alice: 17`): another draw for this student only. */
  reseed?: number;
}

export class VariantStream {
  private block = Buffer.alloc(0);
  private used = 0;
  private counter = 0;
  constructor(private readonly secret: string, private readonly message: string) {}

  static of(secret: string, key: VariantKey, attempt: number): VariantStream {
    return new VariantStream(secret, JSON.stringify(['gradecheck-variant-v1', key.assignment, key.problem, key.student, key.reseed ?? 0, attempt]));
  }

  /** 32 uniformly random bits. */
  private word(): number {
    if (this.used + 4 > this.block.length) {
      this.block = createHmac('sha256', this.secret).update(`${this.message}\0${this.counter++}`).digest();
      this.used = 0;
    }
    const w = this.block.readUInt32BE(this.used);
    this.used += 4;
    return w;
  }

  /** A whole number from lo to hi, each equally likely (rejection keeps it unbiased). */
  int(lo: number, hi: number): number {
    const n = hi - lo + 1;
    if (!(n >= 1 && n <= 2 ** 32)) throw new RangeError(`bad range [${lo}, ${hi}]`);
    const limit = Math.floor(2 ** 32 / n) * n;
    for (;;) {
      const w = this.word();
      if (w < limit) return lo + (w % n);
    }
  }
}
