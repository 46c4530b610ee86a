/**
 * ICU messages (plurals, numbers) for the interface and the image exports, through intl-messageformat.
 * Two costs of a plain `new IntlMessageFormat(text, locale)` fall on every start: each message is parsed
 * and keeps its own cache of Intl objects, so the first format of each builds its own Intl.PluralRules or
 * NumberFormat (resolving the locale each time). Here the Intl objects are shared by every message, and a
 * message with no ICU syntax (no braces, no apostrophe, most of the interface) is its own text: the
 * parser would return it as one literal.
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';

export type MessageValues = Record<string, string | number | bigint | boolean | Date | null | undefined>;
export type CompiledMessage = (values?: MessageValues) => string;

function shared<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const made = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(...args)));
    return value;
  };
}

const FORMATTERS: Formatters = {
  getNumberFormat: shared((locales?: string | string[], options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, options)),
  getDateTimeFormat: shared((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)),
  getPluralRules: shared((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
} as Formatters;

/** Only these characters start ICU syntax (arguments, and the apostrophe that quotes them). */
const PLAIN = /^[^{}']*$/;

/** The message as a function of its values. Tags (<0>…</0> of react-i18next) are kept as text. */
export function compileMessage(text: string, locale: string): CompiledMessage {
  if (PLAIN.test(text)) return () => text;
  const format = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true, formatters: FORMATTERS });
  return (values) => String(format.format(values));
}
