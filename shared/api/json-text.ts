/**
 * A part of a call's result that a handler already holds as JSON text, in UTF-8 (SQLite's
 * json_group_array over a pair's 1 000 milestones): the HTTP server writes its bytes into the response as
 * they are, where building the rows as objects, stringifying and encoding them again took three quarters
 * of a timeline call. Every other receiver (Electron IPC, tests, scripts) gets plain values: the
 * dispatcher's `plainResult` parses it once. A property of a result object may be one, or the whole value
 * (`servedJson`: what a reader worker sends back, data/readers).
 */
import type { ApiResult } from './errors';

export class JsonText<T = unknown> {
  /** Never set: carries the type the text decodes to. */
  declare readonly decodesTo?: T;
  constructor(readonly utf8: Uint8Array) {}
}

/** A result as a handler may give it: any property of an object result may be JSON text of its type. */
export type Served<O> = O extends readonly unknown[] ? O : O extends object ? { [K in keyof O]: O[K] | JsonText<O[K]> } : O;

function hasJsonText(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const k in value) if ((value as Record<string, unknown>)[k] instanceof JsonText) return true;
  return false;
}

const decoder = new TextDecoder();

/** The result with every JSON text parsed: what a receiver other than the HTTP server gets. */
export function plainResult(result: ApiResult): ApiResult {
  if (result.ok && result.value instanceof JsonText) return { ok: true, value: JSON.parse(decoder.decode(result.value.utf8)) };
  if (!result.ok || !hasJsonText(result.value)) return result;
  const value: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(result.value)) value[k] = v instanceof JsonText ? JSON.parse(decoder.decode(v.utf8)) : v;
  return { ok: true, value };
}

/** The JSON of a value as UTF-8 pieces, JSON texts written as they are; undefined where JSON.stringify gives undefined. */
function jsonParts(value: unknown): Uint8Array[] | undefined {
  if (value instanceof JsonText) return [value.utf8];
  if (!hasJsonText(value)) {
    const text = JSON.stringify(value) as string | undefined;
    return text === undefined ? undefined : [Buffer.from(text, 'utf8')];
  }
  const parts: Uint8Array[] = [];
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    const text = v instanceof JsonText ? v.utf8 : JSON.stringify(v);
    if (text === undefined) continue; // as JSON.stringify leaves out undefined and functions
    parts.push(Buffer.from(`${first ? '{' : ','}${JSON.stringify(k)}:`), typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    first = false;
  }
  parts.push(Buffer.from(first ? '{}' : '}'));
  return parts;
}

/**
 * A handler's value as one JSON text, its own JSON texts written into it as they are (a reader worker's
 * answer, sent as bytes: data/readers); undefined for a value JSON has no text for.
 */
export function servedJson(value: unknown): JsonText | undefined {
  if (value instanceof JsonText) return value;
  const parts = jsonParts(value);
  return parts && new JsonText(parts.length === 1 ? parts[0] : Buffer.concat(parts));
}

/** The result's JSON as UTF-8 pieces, JSON texts as they are (the HTTP server writes them one after another, no copy into one buffer). */
export function resultParts(result: ApiResult): Uint8Array[] {
  const parts = result.ok ? jsonParts(result.value) : undefined;
  if (!parts) return [Buffer.from(JSON.stringify(result), 'utf8')];
  return [Buffer.from('{"ok":true,"value":'), ...parts, Buffer.from('}')];
}

/** The result as the UTF-8 bytes of its JSON, JSON texts written as they are; the same text as JSON.stringify of `plainResult`. */
export function resultBytes(result: ApiResult): Buffer {
  const parts = resultParts(result);
  return parts.length === 1 ? Buffer.from(parts[0]) : Buffer.concat(parts);
}
