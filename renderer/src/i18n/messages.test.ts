import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { compileMessage } from '../../../shared/icu-message';

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

  // compileMessage shares Intl objects between messages and passes plain text through: every message, in
  // every language and with Arabic-Indic digits, must read exactly as intl-messageformat's own instance
  // gives it, for counts that take each plural form.
  it.each(namespaces)('namespace %s: every message compiles to what intl-messageformat formats', (ns) => {
    for (const [lng, locale] of [['en', 'en'], ['ar', 'ar'], ['ar', 'ar-u-nu-arab'], ['zh', 'zh-Hans']]) {
      for (const [key, text] of Object.entries(messages(lng, ns))) {
        const names = argumentNames(parse(text));
        const own = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true });
        const compiled = compileMessage(text, locale);
        for (const n of [0, 1, 2, 3, 11, 100, 1234.5]) {
          const values = Object.fromEntries(names.map((name) => [name, name === 'count' || name === 'years' || name === 'n' ? n : `‹${name}›`]));
          let expected: string;
          try {
            expected = String(own.format(values));
          } catch {
            continue; // a message whose argument needs a number given a word here: not a case to compare
          }
          expect(compiled(values), `${locale} ${ns}:${key} with ${n}`).toBe(expected);
        }
      }
    }
  });

  it('plain text is its own message, ICU syntax is not', () => {
    expect(compileMessage("Xi'an", 'en')()).toBe("Xi'an");
    expect(compileMessage("It''s {n}", 'en')({ n: 3 })).toBe("It's 3");
    expect(compileMessage('{n, plural, one {# day} other {# days}}', 'ar-u-nu-arab')({ n: 12 })).toBe('١٢ days');
    expect(compileMessage('<0>Open</0> {name}', 'en')({ name: 'CN-KZ' })).toBe('<0>Open</0> CN-KZ');
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
