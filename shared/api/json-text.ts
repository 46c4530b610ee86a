/**
 * A part of a call's result that a handler already holds as JSON text, in UTF-8 (SQLite's
 * json_group_array over a pair's 1 000 milestones): the HTTP server writes its bytes into the response as
 * they are, where building the rows as objects, stringifying and encoding them again took three quarters
 * of a timeline call. Every other receiver (Electron IPC, tests, scripts) gets plain values: the
 * dispatcher's `plainResult` parses it once. Only a property of a result object may be one.
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
  if (!result.ok || !hasJsonText(result.value)) return result;
  const value: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(result.value)) value[k] = v instanceof JsonText ? JSON.parse(decoder.decode(v.utf8)) : v;
  return { ok: true, value };
}

/** The result as the UTF-8 bytes of its JSON, JSON texts written as they are; the same text as JSON.stringify of `plainResult`. */
export function resultBytes(result: ApiResult): Buffer {
  if (!result.ok || !hasJsonText(result.value)) return Buffer.from(JSON.stringify(result), 'utf8');
  const parts: Uint8Array[] = [Buffer.from('{"ok":true,"value":{')];
  let first = true;
  for (const [k, v] of Object.entries(result.value)) {
    const text = v instanceof JsonText ? v.utf8 : JSON.stringify(v);
    if (text === undefined) continue; // as JSON.stringify leaves out undefined and functions
    parts.push(Buffer.from(`${first ? '' : ','}${JSON.stringify(k)}:`), typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    first = false;
  }
  parts.push(Buffer.from('}}'));
  return Buffer.concat(parts);
}
