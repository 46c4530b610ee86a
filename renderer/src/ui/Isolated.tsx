/**
 * A translated message whose values are each isolated in <bdi>: an Arabic sentence holding a Latin
 * publisher, a Chinese title and a date keeps every part in its own order (the bidi algorithm would
 * otherwise interleave them). `format` is the message with each value replaced by its marker.
 */
import { Fragment, type ReactNode } from 'react';

const MARK = (i: number) => `\u{E000}${i}\u{E001}`;

export function Isolated({ format, values }: { format: (markers: Record<string, string>) => string; values: Record<string, ReactNode> }) {
  const names = Object.keys(values);
  const text = format(Object.fromEntries(names.map((n, i) => [n, MARK(i)])));
  const parts = text.split(/\u{E000}(\d+)\u{E001}/u);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? <Fragment key={i}>{part}</Fragment> : <bdi key={i}>{values[names[Number(part)]]}</bdi>,
      )}
    </>
  );
}
