import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const LOCALES = path.join(import.meta.dirname, '../../../shared/locales');
const LANGUAGES = ['en', 'ar', 'zh'];

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(obj).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? Object.entries(flatten(v as Record<string, unknown>, `${prefix}${k}.`)) : [[`${prefix}${k}`, String(v)]],
    ),
  );
}

function messages(lng: string, ns: string): Record<string, string> {
  return flatten(JSON.parse(fs.readFileSync(path.join(LOCALES, lng, `${ns}.json`), 'utf8')));
}

const namespaces = fs.readdirSync(path.join(LOCALES, 'en')).map((f) => f.replace(/\.json$/, ''));

describe('interface messages', () => {
  it.each(namespaces)('namespace %s has every key in every language, and no extra ones', (ns) => {
    const english = Object.keys(messages('en', ns)).sort();
    for (const lng of LANGUAGES) {
      expect(fs.existsSync(path.join(LOCALES, lng, `${ns}.json`)), `${lng}/${ns}.json`).toBe(true);
      expect(Object.keys(messages(lng, ns)).sort(), `${lng}/${ns}.json`).toEqual(english);
    }
  });

  it.each(namespaces)('namespace %s: every message is valid ICU with the same placeholders as English', (ns) => {
    const english = messages('en', ns);
    for (const lng of LANGUAGES) {
      for (const [key, text] of Object.entries(messages(lng, ns))) {
        expect(() => new IntlMessageFormat(text, lng), `${lng} ${ns}:${key}`).not.toThrow();
        const names = (s: string) => argumentNames(parse(s));
        expect(new Set(names(text)), `${lng} ${ns}:${key}`).toEqual(new Set(names(english[key])));
      }
    }
  });

  it('Arabic plurals use their own forms', () => {
    const summary = new IntlMessageFormat(messages('ar', 'common')['pairMeta.summary'], 'ar');
    expect(summary.format({ pair: 'x', count: 2 })).toContain('معلمان');
    expect(summary.format({ pair: 'x', count: 3 })).toContain('معالم');
    expect(new IntlMessageFormat(messages('en', 'common')['pairMeta.summary'], 'en').format({ pair: 'x', count: 1 })).toBe('x · 1 milestone');
  });
});

/** The names of a message's arguments ({count}, {pair}), read from its ICU syntax tree. */
function argumentNames(elements: MessageFormatElement[]): string[] {
  const names = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type !== TYPE.literal && el.type !== TYPE.pound && el.type !== TYPE.tag && 'value' in el && typeof el.value === 'string') names.add(el.value);
      if ('options' in el) for (const option of Object.values(el.options)) walk(option.value);
      if ('children' in el) walk(el.children);
    }
  };
  walk(elements);
  return [...names].sort();
}
