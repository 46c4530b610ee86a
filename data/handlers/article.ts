/**
 * Handlers of the article calls: the extractor's candidates checked against the database (possible
 * duplicates, anniversaries against the establishment date); saving accepted ones as one undoable step.
 */
import type { Db } from '../db/open';
import type { HandlersFor } from '../../shared/api/define';
import type { articleCalls } from '../../shared/api/calls/article';
import type { Candidate } from '../../shared/article';
import type { Country } from '../../shared/domain';
import { tiesAgeDuring } from '../../shared/anniversary';
import { foldForMatch } from '../../shared/text/arabic';
import { extract, guessMeta, type RawCandidate } from '../extract/extract';
import type { Ladders } from '../extract/ladders';
import { findPair } from '../repositories/pairs';
import { findCountry } from '../repositories/countries';
import { cityName } from '../extract/gazetteer';
import { titlesOf, type TitleNames, type TitleSpec } from '../extract/titles';
import { allLevels } from '../repositories/levels';
import { hasMilestone, insertMilestone, milestonesWithLevelKeys } from '../repositories/milestones';
import { checkMilestoneRefs, type EditingContext } from './editing';

/** Two partial dates can be the same day: one is the other, or a coarser form of it. */
const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

function duplicateOf(db: Db, c: RawCandidate): Candidate['duplicateOf'] {
  if (!c.pairId || c.kind === 'anniversary') return null;
  const rows = milestonesWithLevelKeys(db, c.pairId);
  const same = rows.find((r) =>
    c.levelKey ? r.level_key === c.levelKey : r.category === c.category && c.date !== null && compatible(r.start_date, c.date),
  );
  return same ? { id: same.id, title: same.title, titleAr: same.title_ar, titleZh: same.title_zh } : null;
}

/** Every pair's ladder from the database: rungs the user added count too. */
function laddersOf(db: Db): Ladders {
  const out: Ladders = {};
  for (const l of allLevels(db)) (out[l.pairId] ??= []).push({ key: l.key, names: [l.name.en, l.name.ar, l.name.zh].filter((n): n is string => !!n) });
  return out;
}

function anniversaryCheck(db: Db, c: RawCandidate, articleDate: string | null): Candidate['anniversary'] {
  if (c.kind !== 'anniversary' || c.years === null) return null;
  const established = c.pairId ? (findPair(db, c.pairId)?.established ?? null) : null;
  const on = c.date ?? articleDate;
  const age = established && on ? tiesAgeDuring(established, on) : null;
  return { years: c.years, established, consistent: age ? c.years >= age.min && c.years <= age.max : null };
}

/** The names a candidate's title holds, as the database has them (the gazetteer's for cities, which the database lacks). */
function titleNames(db: Db): TitleNames {
  const levels = allLevels(db);
  // Each country read once per extraction: every title asks for its names in three languages.
  const countries = new Map<string, Country | undefined>();
  const country = (code: string) => (countries.has(code) ? countries.get(code) : countries.set(code, findCountry(db, code)).get(code));
  return {
    country: (code, language) => country(code)?.name[language] ?? null,
    city: (english, language) => cityName(english, language),
    level: (pairId, key, language) => levels.find((l) => l.pairId === pairId && l.key === key)?.name[language] ?? null,
  };
}

function localizedTitles(spec: TitleSpec, names: TitleNames): Pick<Candidate, 'title' | 'titleAr' | 'titleZh'> {
  const t = titlesOf(spec, names);
  return { title: t.en, titleAr: t.ar, titleZh: t.zh };
}

export function articleHandlers({ db, history }: EditingContext): HandlersFor<typeof articleCalls> {
  return {
    extractArticle: ({ text, date }) => {
      const meta = guessMeta(text, date);
      const articleDate = date ?? meta.date;
      let raw: RawCandidate[] = [];
      // Whatever the text, the user gets candidates or a note: a rule that fails on odd input costs its candidates, not the call.
      try {
        raw = extract(text, articleDate, laddersOf(db));
      } catch (e) {
        console.error('article extraction failed', e);
      }
      const names = titleNames(db);
      const candidates = raw.map(({ years: _years, titleSpec, ...c }, i): Candidate => ({
        ...c,
        // Worded with the database's names: the ones the rest of the app shows.
        ...localizedTitles(titleSpec, names),
        duplicateOf: duplicateOf(db, raw[i]),
        anniversary: anniversaryCheck(db, raw[i], articleDate),
      }));
      const note = candidates.length ? null : meta.language === null ? 'unreadable' : 'none';
      return { meta: { ...meta, date: articleDate }, candidates, note };
    },

    saveArticleMilestones: ({ source, milestones }) => {
      milestones.forEach((m, i) => checkMilestoneRefs(db, m, `milestones.${i}`));
      const ids: number[] = [];
      let skipped = 0;
      const label = `Add ${milestones.length} milestone${milestones.length === 1 ? '' : 's'} from “${source.title.slice(0, 40)}”`;
      history.record(label, () => {
        const seen = new Set<string>();
        for (const m of milestones) {
          const key = `${m.pairId}|${m.start}|${foldForMatch(m.title)}`;
          // Not added twice: neither a repeat within the batch nor one already saved.
          if (seen.has(key) || hasMilestone(db, m.pairId, m.start, m.title)) {
            skipped++;
            continue;
          }
          seen.add(key);
          ids.push(insertMilestone(db, { ...m, sources: [...m.sources, source] }));
        }
      });
      return { value: { ids, skipped }, history: history.state() };
    },
  };
}
