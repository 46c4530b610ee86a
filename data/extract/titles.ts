/**
 * A candidate's title as what it says (a visit to Tajikistan, a joint statement signed) rather than as English
 * text, worded in English, Arabic and Chinese from the interface's own messages (locales: article.titles), so
 * that a milestone saved from an article reads in all three languages. The names in it (countries, cities,
 * levels) come from the caller: the database's names when the app extracts, the gazetteer's in tests.
 */
import enArticle from '../../shared/locales/en/article.json' with { type: 'json' };
import arArticle from '../../shared/locales/ar/article.json' with { type: 'json' };
import zhArticle from '../../shared/locales/zh/article.json' with { type: 'json' };
import { compileMessage, type CompiledMessage } from '../../shared/icu-message';

export type TitleLanguage = 'en' | 'ar' | 'zh';
export const TITLE_LANGUAGES: readonly TitleLanguage[] = ['en', 'ar', 'zh'];

export type DocumentKey = 'jointStatement' | 'jointDeclaration' | 'treaty' | 'agreement' | 'memorandum' | 'documents';
export type ForumKey = 'sco' | 'chinaCentralAsia' | 'cica' | 'brics';
export type ProjectType = 'railway' | 'pipeline' | 'road' | 'project';

export type TitleSpec =
  | { is: 'visit'; type: 'state' | 'official' | 'plain'; country: string | null }
  | { is: 'talks'; city: string | null }
  /** `chain`: the country codes of a name such as "China–Kyrgyzstan–Uzbekistan railway", in the text's order. */
  | { is: 'project'; type: ProjectType; chain: string[] }
  | { is: 'summit' }
  | { is: 'forum'; forum: ForumKey }
  | { is: 'signed'; document: DocumentKey }
  | { is: 'partnership'; pairId: string | null; level: string | null }
  | { is: 'establishment' }
  | { is: 'anniversary'; years: number };

/** The names a title may hold, in one language; null where that language has none (the English one then serves). */
export interface TitleNames {
  country(code: string, language: TitleLanguage): string | null;
  city(english: string, language: TitleLanguage): string | null;
  level(pairId: string, key: string, language: TitleLanguage): string | null;
}

type Messages = Record<string, string>;
const CATALOGUES: Record<TitleLanguage, Messages> = { en: enArticle.titles, ar: arArticle.titles, zh: zhArticle.titles };
const compiled = new Map<string, CompiledMessage>();
function message(language: TitleLanguage, id: string): CompiledMessage {
  const key = `${language} ${id}`;
  let m = compiled.get(key);
  if (!m) compiled.set(key, (m = compileMessage(CATALOGUES[language][id], language)));
  return m;
}

export function formatTitle(spec: TitleSpec, language: TitleLanguage, names: TitleNames): string {
  const say = (id: string, values?: Record<string, string>) => message(language, id)(values);
  const country = (code: string) => names.country(code, language) ?? names.country(code, 'en') ?? code;
  switch (spec.is) {
    case 'visit':
      return spec.country ? say('visitTo', { type: spec.type, country: country(spec.country) }) : say('visit', { type: spec.type });
    case 'talks':
      return spec.city ? say('talksIn', { city: names.city(spec.city, language) ?? spec.city }) : say('talks');
    case 'project':
      return spec.chain.length ? say('projectOf', { type: spec.type, chain: spec.chain.map(country).join(say('chainSeparator')) }) : say('project', { type: spec.type });
    case 'forum':
      return say('forum', { forum: spec.forum });
    case 'signed':
      return say('signed', { document: spec.document });
    case 'partnership': {
      const level = spec.pairId && spec.level ? (names.level(spec.pairId, spec.level, language) ?? names.level(spec.pairId, spec.level, 'en')) : null;
      return level ? say('partnershipOf', { level }) : say('partnership');
    }
    case 'anniversary':
      // As a string: the number keeps the digits the text is written in, whatever the locale's default.
      return say('anniversary', { years: String(spec.years) });
    default:
      return say(spec.is);
  }
}

export function titlesOf(spec: TitleSpec, names: TitleNames): Record<TitleLanguage, string> {
  return Object.fromEntries(TITLE_LANGUAGES.map((language) => [language, formatTitle(spec, language, names)])) as Record<TitleLanguage, string>;
}
