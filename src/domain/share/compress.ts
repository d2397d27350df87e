/**
 * Text ↔ compressed bytes with the platform's `CompressionStream`: zlib
 * ("deflate"), whose Adler-32 checksum makes a damaged or cut-off link fail
 * to open instead of opening as something else. No library, no request.
 */

/** Why compressed bytes did not give text back. */
export type InflateProblem = 'unsupported' | 'damaged' | 'too-large';

/** Whether this browser can compress and decompress (Chrome 80, Firefox 113, Safari 16.4 and later). */
export function canCompress(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

async function collect(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const streamOf = (bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> =>
  new Blob([bytes]).stream();

/** UTF-8 text, zlib-compressed. */
export async function deflateText(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new TextEncoder().encode(text);
  const out = await collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate')), Infinity);
  return out ?? new Uint8Array();
}

/**
 * The text inside zlib-compressed bytes. Output past `maxBytes` stops at once
 * (a tiny link must not unpack into megabytes); a bad checksum, a cut-off
 * stream or invalid UTF-8 is `damaged`.
 */
export async function inflateText(
  bytes: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; problem: InflateProblem }> {
  if (!canCompress()) return { ok: false, problem: 'unsupported' };
  try {
    const out = await collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate')), maxBytes);
    if (!out) return { ok: false, problem: 'too-large' };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(out) };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
