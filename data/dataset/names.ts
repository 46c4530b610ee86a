/**
 * People and places in each language (issue 17): the names table `names.json` maps the English form
 * the pair files use to the Arabic and Chinese forms the bundled Arabic and Chinese texts write. A place is written
 * from its parts ("Dushanbe, Tajikistan" → دوشنبه، طاجيكستان / 塔吉克斯坦杜尚别, Chinese from the largest part down);
 * a name, or a place with a part, that the table lacks keeps only its English form, which the interface shows
 * marked as English.
 */
import table from './names.json' with { type: 'json' };
import type { LocalizedName } from '../../shared/domain';

export const NAMES_FILE = 'names.json';

export interface NameEntry { en: string; ar: string; zh: string; ar_in: string; zh_in: string }
export interface NamesTable { people: NameEntry[]; places: NameEntry[]; untranslated: { en: string; kind: 'person' | 'place' }[] }

const names = table as NamesTable;
const people = new Map(names.people.map((e) => [e.en, e]));
const places = new Map(names.places.map((e) => [e.en, e]));

/** A place's parts: "Beijing and Xi'an, China" → [["Beijing", "Xi'an"], ["China"]]. */
export function placeParts(place: string): string[][] {
  return place.split(', ').map((part) => part.split(' and '));
}

export function personName(en: string): LocalizedName {
  const e = people.get(en);
  return { en, ar: e?.ar ?? null, zh: e?.zh ?? null };
}

export function placeName(en: string): LocalizedName {
  const parts = placeParts(en).map((part) => part.map((p) => places.get(p)));
  if (parts.some((part) => part.some((p) => !p))) return { en, ar: null, zh: null };
  const known = parts as NameEntry[][];
  return {
    en,
    ar: known.map((part) => part.map((p) => p.ar).join(' و')).join('، '),
    zh: known.map((part) => part.map((p) => p.zh).join('和')).reverse().join(''),
  };
}

export const namesTable = (): NamesTable => names;
