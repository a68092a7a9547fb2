// IDX files (the MNIST / Fashion-MNIST format), gzipped or not, with clear errors for files
// that are truncated, mislabelled or do not match each other.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export class IdxError extends Error {}

export interface Idx {
  dims: number[];
  data: Uint8Array;
}

export function readIdx(path: string): Idx {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new IdxError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf);
    } catch (e) {
      throw new IdxError(`${path}: the gzip data is damaged or truncated (${(e as Error).message})`);
    }
  }
  return parseIdx(buf, path);
}

export function parseIdx(buf: Buffer, path = 'IDX data'): Idx {
  if (buf.length < 4 || buf[0] !== 0 || buf[1] !== 0) throw new IdxError(`${path}: not an IDX file (bad magic number)`);
  if (buf[2] !== 0x08) throw new IdxError(`${path}: element type 0x${buf[2].toString(16)} is not supported (only unsigned bytes, 0x08)`);
  const nd = buf[3];
  if (nd < 1 || nd > 4) throw new IdxError(`${path}: ${nd} dimensions is not plausible`);
  if (buf.length < 4 + 4 * nd) throw new IdxError(`${path}: truncated header`);
  const dims = Array.from({ length: nd }, (_, i) => buf.readUInt32BE(4 + 4 * i));
  const size = dims.reduce((a, b) => a * b, 1);
  const have = buf.length - 4 - 4 * nd;
  if (have < size) throw new IdxError(`${path}: truncated: the header promises ${dims.join('×')} = ${size} bytes of data, the file has ${have}`);
  if (have > size) throw new IdxError(`${path}: ${have - size} bytes more than the header's ${dims.join('×')}`);
  return { dims, data: new Uint8Array(buf.buffer, buf.byteOffset + 4 + 4 * nd, size) };
}

/** Writes an IDX buffer (tests make their own small data sets). */
export function idxBuffer(dims: number[], data: Uint8Array): Buffer {
  const head = Buffer.alloc(4 + 4 * dims.length);
  head[2] = 0x08;
  head[3] = dims.length;
  dims.forEach((d, i) => head.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([head, Buffer.from(data)]);
}
