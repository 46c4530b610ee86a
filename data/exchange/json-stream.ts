/**
 * JSON written in pieces, byte for byte what `JSON.stringify(value, null, 1)` gives for the same value:
 * arrays marked `streamed` are read item by item as they are written, so that the whole text (and the
 * whole array) is never held. Everything else is stringified as usual, re-indented to its depth.
 */
import type { FileWriter } from './file-writer';

const STREAMED = Symbol('streamed');

/** An array written from an iterable, each item as it comes. */
export interface Streamed<T> {
  [STREAMED]: () => Iterable<T>;
}

export const streamed = <T>(items: () => Iterable<T>): Streamed<T> => ({ [STREAMED]: items });

const isStreamed = (value: unknown): value is Streamed<unknown> => typeof value === 'object' && value !== null && STREAMED in value;
const pad = (depth: number) => '\n' + ' '.repeat(depth);

/** True for a plain object with a streamed array somewhere inside (it must be written key by key). */
function holdsStreamed(value: unknown): boolean {
  if (isStreamed(value)) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).some(holdsStreamed);
}

export function writeJson(out: FileWriter, value: unknown, depth = 0): void {
  if (isStreamed(value)) {
    let first = true;
    for (const item of value[STREAMED]()) {
      out.write((first ? '[' : ',') + pad(depth + 1));
      writeJson(out, item, depth + 1);
      first = false;
    }
    out.write(first ? '[]' : `${pad(depth)}]`);
  } else if (holdsStreamed(value)) {
    // Keys whose value JSON leaves out (undefined, functions) are left out here too.
    const entries = Object.entries(value as object).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) return out.write('{}');
    entries.forEach(([key, v], i) => {
      out.write((i === 0 ? '{' : ',') + pad(depth + 1) + JSON.stringify(key) + ': ');
      writeJson(out, v, depth + 1);
    });
    out.write(`${pad(depth)}}`);
  } else {
    // No string JSON writes holds a raw line break: every one is indentation, which grows with the depth.
    const text = JSON.stringify(value, null, 1) ?? 'null';
    out.write(depth === 0 ? text : text.replaceAll('\n', pad(depth)));
  }
}
