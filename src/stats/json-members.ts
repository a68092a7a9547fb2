// A JSON report read as a stream (issue 25: `stats` on 40,000 entries read 526 MB whole, then
// held every parsed entry): the file is read in chunks, its top-level object is walked member by
// member, and each entry of its "submissions" array is handed over as its own text, which the
// caller parses (JSON.parse) and checks before the next is read. Memory is one entry and one
// chunk, not the file. Only the structure between values is read here, byte by byte (strings
// skipped, brackets counted); a value's own syntax is JSON.parse's to judge.
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Not JSON: where (a character offset, as JSON.parse counts), when known. */
export class JsonSyntaxError extends Error {
  constructor(readonly at: number | null) {
    super(at === null ? 'not valid JSON' : `not valid JSON at character ${at}`);
  }
}

/** The values, parsed (JSON.parse). */
export interface MemberSink {
  /** The top level is not an object. */
  notObject(value: unknown): void;
  /** The top-level "submissions" member is an array: its entries follow. */
  submissions(): void;
  /** An entry of the top-level "submissions" array, with its index. */
  entry(value: unknown, index: number): void;
  /** Any other top-level member (and "submissions" when it is not an array). */
  member(key: string, value: unknown): void;
}

const CHUNK = 1 << 20;
const NOT_PARSED = Symbol('not parsed');
const WS = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) WS[c] = 1;
/** Where a primitive value ends: whitespace, `,`, `]`, `}`. */
const DELIM = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d, 0x2c, 0x5d, 0x7d]) DELIM[c] = 1;
/** How gradecheck's own reports close an entry (reporters/json.ts): a line of four spaces and `}`. */
const ENTRY_END = Buffer.from('\n    }');
const QUOTE = 0x22, BACKSLASH = 0x5c, OPEN_OBJ = 0x7b, CLOSE_OBJ = 0x7d, OPEN_ARR = 0x5b, CLOSE_ARR = 0x5d, COMMA = 0x2c, COLON = 0x3a;

/** Walks the JSON file's top-level object; throws JsonSyntaxError at the first fault of its structure. */
export function walkJsonMembers(file: string, sink: MemberSink): void {
  const fd = openSync(file, 'r');
  try {
    new Walker(fd, file).run(sink);
  } finally {
    closeSync(fd);
  }
}

class Walker {
  private buf = Buffer.allocUnsafe(CHUNK);
  /** File offset of buf[0]; valid bytes in buf; the read position in buf. */
  private base = 0;
  private len = 0;
  private pos = 0;
  private eof = false;

  constructor(private readonly fd: number, private readonly file: string) {}

  run(sink: MemberSink): void {
    this.ws();
    if (this.peek() !== OPEN_OBJ) {
      const end = this.skipValue();
      const value = this.parse(this.pos, end);
      this.pos = end;
      this.ws();
      if (this.peek() !== -1) throw this.fault(this.pos);
      sink.notObject(value);
      return;
    }
    this.pos++;
    this.ws();
    if (this.peek() === CLOSE_OBJ) this.pos++;
    else
      for (;;) {
        if (this.peek() !== QUOTE) throw this.fault(this.pos);
        const ke = this.skipValue();
        let key: string;
        try {
          key = JSON.parse(this.text(this.pos, ke)) as string;
        } catch {
          throw this.fault(this.pos);
        }
        this.pos = ke;
        this.ws();
        if (this.peek() !== COLON) throw this.fault(this.pos);
        this.pos++;
        this.ws();
        if (key === 'submissions' && this.peek() === OPEN_ARR) {
          sink.submissions();
          this.entries(sink);
        }
        else {
          const end = this.skipValue();
          sink.member(key, this.parse(this.pos, end));
          this.pos = end;
        }
        this.ws();
        const c = this.peek();
        this.pos++;
        if (c === CLOSE_OBJ) break;
        if (c !== COMMA) throw this.fault(this.pos - 1);
        this.ws();
      }
    this.ws();
    if (this.peek() !== -1) throw this.fault(this.pos);
  }

  private entries(sink: MemberSink): void {
    this.pos++;
    this.ws();
    if (this.peek() === CLOSE_ARR) {
      this.pos++;
      return;
    }
    for (let i = 0; ; i++) {
      // gradecheck's own layout first: the entry's end found by a native search, the guess
      // confirmed by JSON.parse taking the text whole (a value's end is unique: text that parses
      // from its start to a `}` is exactly it). Any other layout, or a guess that does not parse,
      // is read byte by byte; the chunk is kept from the entry's start (a long entry grows it).
      let value: unknown = NOT_PARSED;
      if (this.buf[this.pos] === OPEN_OBJ) {
        const k = this.buf.indexOf(ENTRY_END, this.pos);
        if (k >= 0 && k + ENTRY_END.length <= this.len) {
          try {
            value = JSON.parse(this.text(this.pos, k + ENTRY_END.length));
            this.pos = k + ENTRY_END.length;
          } catch {
            /* not that layout: read it byte by byte */
          }
        }
      }
      if (value === NOT_PARSED) {
        const end = this.skipValue();
        value = this.parse(this.pos, end);
        this.pos = end;
      }
      sink.entry(value, i);
      this.ws();
      const c = this.peek();
      this.pos++;
      if (c === CLOSE_ARR) return;
      if (c !== COMMA) throw this.fault(this.pos - 1);
      this.ws();
    }
  }

  /** The byte at pos (-1 at the end of the file), reading on when the chunk is used up. */
  private peek(): number {
    if (this.pos >= this.len && !this.more(this.pos)) return -1;
    return this.buf[this.pos];
  }

  private ws(): void {
    for (;;) {
      while (this.pos < this.len && WS[this.buf[this.pos]]) this.pos++;
      if (this.pos < this.len || !this.more(this.pos)) return;
    }
  }

  /**
   * The end (exclusive) of the value starting at pos. The buffer keeps the value whole, so it may
   * move: pos is then where the value's start went.
   */
  private skipValue(): number {
    const first = this.peek();
    if (first === -1) throw new JsonSyntaxError(null);
    let i = this.pos;
    let depth = 0;
    let inString = false;
    const scalar = first !== OPEN_OBJ && first !== OPEN_ARR && first !== QUOTE;
    for (;;) {
      const buf = this.buf, len = this.len;
      if (scalar) {
        while (i < len && !DELIM[buf[i]]) i++;
        if (i < len) return i;
      } else
        while (i < len) {
          const c = buf[i++];
          if (inString) {
            if (c === QUOTE) {
              inString = false;
              if (depth === 0) return i;
            } else if (c === BACKSLASH) {
              if (i >= len) {
                i--; // the escaped byte is in the next chunk: read the pair again
                break;
              }
              i++;
            }
          } else if (c === QUOTE) inString = true;
          else if (c === OPEN_OBJ || c === OPEN_ARR) depth++;
          else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
            if (--depth === 0) return i;
          }
        }
      const from = this.pos;
      if (!this.more(from)) {
        if (scalar) return this.len;
        throw new JsonSyntaxError(null); // the file ends inside the value
      }
      i -= from - this.pos; // the buffer moved: `from` is now this.pos
    }
  }

  /** Reads more of the file, keeping the bytes from `keep` on (moved to the buffer's start); false at the end. */
  private more(keep: number): boolean {
    if (this.eof) return false;
    const kept = this.len - keep;
    if (kept + CHUNK > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, kept + CHUNK));
      this.buf.copy(bigger, 0, keep, this.len);
      this.buf = bigger;
    } else this.buf.copy(this.buf, 0, keep, this.len);
    this.base += keep;
    this.len = kept;
    this.pos -= keep;
    const n = readSync(this.fd, this.buf, kept, this.buf.length - kept, null);
    if (n === 0) this.eof = true;
    this.len += n;
    return n > 0;
  }

  private text(start: number, end: number): string {
    return this.buf.toString('utf8', start, end);
  }

  /** The value in buf[start, end); bad JSON is reported at its place in the file, never quoting it. */
  private parse(start: number, end: number): unknown {
    try {
      return JSON.parse(this.text(start, end));
    } catch (e) {
      const m = /position (\d+)/.exec((e as Error).message);
      throw new JsonSyntaxError(m ? charOffset(this.file, this.base + start) + Number(m[1]) : null);
    }
  }

  private fault(at: number): JsonSyntaxError {
    return at >= this.len && this.eof ? new JsonSyntaxError(null) : new JsonSyntaxError(charOffset(this.file, this.base + at));
  }
}

/** The number of UTF-16 units in the file's first `bytes` bytes (an error's position, as JSON.parse gives it). */
export function charOffset(file: string, bytes: number): number {
  const fd = openSync(file, 'r');
  try {
    const d = new StringDecoder('utf8');
    const b = Buffer.allocUnsafe(CHUNK);
    let n = 0, left = bytes;
    while (left > 0) {
      const got = readSync(fd, b, 0, Math.min(CHUNK, left), null);
      if (got === 0) break;
      n += d.write(b.subarray(0, got)).length;
      left -= got;
    }
    return n + d.end().length;
  } finally {
    closeSync(fd);
  }
}
