/**
 * The interface languages: English, Arabic and Chinese (Simplified), through i18next with ICU message
 * format (plurals per language, Arabic's six forms included). Messages live in
 * shared/locales/<language>/<namespace>.json (shared: image exports use them too), one namespace per feature; every key exists in every language
 * (a unit test checks).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { intlLocale } from './format';
import { icuPlugin } from './icu-plugin';

export const UI_LANGUAGES = ['en', 'ar', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const RTL_LANGUAGES: readonly UiLanguage[] = ['ar'];
const STORAGE_KEY = 'bilateral.language';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../shared/locales/*/*.json', { eager: true });

type Resources = Record<string, Record<string, Record<string, unknown>>>;
const resources: Resources = {};
for (const [file, module] of Object.entries(files)) {
  const [, lng, ns] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file) ?? [];
  if (!lng || !ns) continue;
  (resources[lng] ??= {})[ns] = module.default;
}
export const NAMESPACES = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];

function isUiLanguage(x: string | null | undefined): x is UiLanguage {
  return !!x && (UI_LANGUAGES as readonly string[]).includes(x);
}

/** The remembered choice, else the system's language when we have it, else English. */
export function initialLanguage(): UiLanguage {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isUiLanguage(saved)) return saved;
  const system = (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2).toLowerCase()).find(isUiLanguage);
  return system ?? 'en';
}

function applyToDocument(lng: UiLanguage): void {
  window.bilateral?.setMenuLanguage(lng); // the Electron menu follows the interface language
  document.documentElement.lang = lng === 'zh' ? 'zh-Hans' : lng;
  document.documentElement.dir = RTL_LANGUAGES.includes(lng) ? 'rtl' : 'ltr';
}

export async function setLanguage(lng: UiLanguage): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lng);
  applyToDocument(lng);
  await i18next.changeLanguage(lng);
}

export function initI18n(): typeof i18next {
  const lng = initialLanguage();
  applyToDocument(lng);
  void i18next
    // Numbers in messages ("34 years") follow the digits setting too; its change re-renders through languageChanged.
    .use(icuPlugin(intlLocale))
    .use(initReactI18next)
    .init({
      resources,
      lng,
      fallbackLng: 'en',
      ns: NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes; nothing is rendered as HTML
      returnNull: false,
      initAsync: false,
    });
  return i18next;
}
