/** The interface's own messages (shared/locales), formatted with ICU plurals for an image's language. */
import { compileMessage, type CompiledMessage } from '../../shared/icu-message';
import type { Language } from '../../shared/domain';
import enCommon from '../../shared/locales/en/common.json' with { type: 'json' };
import arCommon from '../../shared/locales/ar/common.json' with { type: 'json' };
import zhCommon from '../../shared/locales/zh/common.json' with { type: 'json' };
import enExport from '../../shared/locales/en/export.json' with { type: 'json' };
import arExport from '../../shared/locales/ar/export.json' with { type: 'json' };
import zhExport from '../../shared/locales/zh/export.json' with { type: 'json' };
import enAtlas from '../../shared/locales/en/atlas.json' with { type: 'json' };
import arAtlas from '../../shared/locales/ar/atlas.json' with { type: 'json' };
import zhAtlas from '../../shared/locales/zh/atlas.json' with { type: 'json' };

const MESSAGES = {
  en: { common: enCommon, export: enExport, atlas: enAtlas },
  ar: { common: arCommon, export: arExport, atlas: arAtlas },
  zh: { common: zhCommon, export: zhExport, atlas: zhAtlas },
};

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `t('export:image.count', { count: 3 })`, like i18next's keys: namespace, colon, dotted path. */
export function translator(lng: Language, locale: string): Translate {
  const cache = new Map<string, CompiledMessage>();
  return (key, values) => {
    const [ns, dotted] = key.split(':') as ['common' | 'export' | 'atlas', string];
    let format = cache.get(key);
    if (!format) {
      const find = (l: Language) => dotted.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], MESSAGES[l][ns]);
      const text = find(lng) ?? find('en');
      if (typeof text !== 'string') throw new Error(`Missing message ${key}`);
      format = compileMessage(text, locale);
      cache.set(key, format);
    }
    return format(values);
  };
}
