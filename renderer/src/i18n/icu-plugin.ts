/**
 * i18next's message format for the interface: ICU (shared/icu-message.ts), each message compiled once per
 * language and key, the compiled ones dropped when the language changes (its locale may carry other
 * digits). A message that is not valid ICU shows as written (a unit test keeps every message valid).
 */
import type { i18n, I18nFormatModule } from 'i18next';
import { compileMessage, type CompiledMessage, type MessageValues } from '../../../shared/icu-message';

export interface IcuPlugin extends I18nFormatModule {
  init(i18next: i18n): void;
  parse(res: unknown, options: MessageValues | undefined, lng: string, ns: string, key: string, info?: { resolved?: { res?: unknown } }): unknown;
  addLookupKeys(finalKeys: string[]): string[];
}

/** `localeOf`: the Intl locale of an interface language (the digits setting decides its numbering). */
export function icuPlugin(localeOf: (lng: string) => string): IcuPlugin {
  let compiled = new Map<string, CompiledMessage>();
  return {
    type: 'i18nFormat',
    init(i18next: i18n) {
      i18next.on('languageChanged', () => (compiled = new Map()));
    },
    parse(res, options, lng, ns, key, info) {
      if (typeof res !== 'string') return res;
      const id = `${lng}\u0000${ns}\u0000${key}`;
      let message = compiled.get(id);
      try {
        if (!message) {
          message = compileMessage(res, localeOf(lng));
          // A key found in no language (its text is the key or the call's default value) is not kept: another call may give another default.
          if (!info || info.resolved?.res !== undefined) compiled.set(id, message);
        }
        return message(options);
      } catch {
        return res;
      }
    },
    // Plurals and selects live inside one ICU message: no extra keys to look up.
    addLookupKeys: (finalKeys) => finalKeys,
  };
}
