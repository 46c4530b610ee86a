import type { Db } from '../db/open';
import { list, sql, type Query } from '../db/sql';
import { prepare } from '../db/statements';
import { rehomeSharedMilestones, tombstonePairMilestones } from './milestones';
import type { Country, PairSummary } from '../../shared/domain';

interface PairRow {
  id: string;
  a_code: string;
  a_en: string;
  a_ar: string | null;
  a_zh: string | null;
  b_code: string;
  b_en: string;
  b_ar: string | null;
  b_zh: string | null;
  milestone_count: number;
  first_date: string | null;
  last_date: string | null;
  established: string | null;
  region_code: string | null;
  region_en: string | null;
  region_ar: string | null;
  region_zh: string | null;
  detailed: number;
}

/** The pairs' columns with `stats` (milestone_count, first_date, last_date, detailed) computed as the caller can best. */
const selectPairs = (stats: string) => `
  SELECT p.id,
    a.code AS a_code, a.name_en AS a_en, a.name_ar AS a_ar, a.name_zh AS a_zh,
    b.code AS b_code, b.name_en AS b_en, b.name_ar AS b_ar, b.name_zh AS b_zh,
    ${stats},
    (SELECT start_date FROM milestones m WHERE m.id = p.established_milestone_id) AS established,
    r.code AS region_code, r.name_en AS region_en, r.name_ar AS region_ar, r.name_zh AS region_zh
  FROM pairs p
  JOIN countries a ON a.code = p.a_code
  JOIN countries b ON b.code = p.b_code
  LEFT JOIN m49_regions r ON r.code = CASE WHEN p.b_code = 'CN' THEN a.region_code ELSE b.region_code END`;

const NOT_DETAILED = "('diplomatic', 'partnership')";

/** The pair's milestones shared into it from other pairs (migration 0050), as pairMilestonesSql's second half. */
const linked = (pair: string) => `FROM milestone_pairs mp JOIN milestones m ON m.id = mp.milestone_id WHERE mp.pair_id = ${pair} AND m.pair_id <> ${pair}`;

/**
 * A pair's figures (`pair`: the parameter @id, or p.id for every pair), its own milestones and the linked
 * ones apart, as the timeline reads them (pairMilestonesSql): a count and a first date from the chart's
 * index on (pair_id, start_date) and the existence test stopping at the first row, where an OR of the two
 * read every milestone of the table for each pair (0.75 ms of each timeline call for a pair of 1 100
 * milestones; one pass over the union still took 0.6 ms, this 0.28 ms).
 */
const pairStats = (pair: string) => `(SELECT count(*) FROM milestones m WHERE m.pair_id = ${pair}) + (SELECT count(*) ${linked(pair)}) AS milestone_count,
    (SELECT min(x) FROM (SELECT min(m.start_date) AS x FROM milestones m WHERE m.pair_id = ${pair} UNION ALL SELECT min(m.start_date) ${linked(pair)})) AS first_date,
    (SELECT max(x) FROM (SELECT max(coalesce(m.end_date, m.start_date)) AS x FROM milestones m WHERE m.pair_id = ${pair}
      UNION ALL SELECT max(coalesce(m.end_date, m.start_date)) ${linked(pair)})) AS last_date,
    EXISTS (SELECT 1 FROM milestones m WHERE m.pair_id = ${pair} AND m.category NOT IN ${NOT_DETAILED})
      OR EXISTS (SELECT 1 ${linked(pair)} AND m.category NOT IN ${NOT_DETAILED}) AS detailed`;

const SELECT_PAIRS = selectPairs(pairStats('p.id'));
const SELECT_ONE_PAIR = selectPairs(pairStats('@id'));

function country(code: string, en: string, ar: string | null, zh: string | null): Country {
  return { code, name: { en, ar, zh } };
}

function toSummary(r: PairRow): PairSummary {
  return {
    id: r.id,
    a: country(r.a_code, r.a_en, r.a_ar, r.a_zh),
    b: country(r.b_code, r.b_en, r.b_ar, r.b_zh),
    milestoneCount: r.milestone_count,
    firstDate: r.first_date,
    lastDate: r.last_date,
    established: r.established,
    region: r.region_code ? { code: r.region_code, name: { en: r.region_en!, ar: r.region_ar, zh: r.region_zh } } : null,
    detailed: r.detailed === 1,
  };
}

export function listPairs(db: Db): PairSummary[] {
  const rows = prepare(db, `${SELECT_PAIRS} ORDER BY p.sort_order, p.id`).all() as PairRow[];
  return rows.map(toSummary);
}

export function findPair(db: Db, id: string): PairSummary | undefined {
  const row = prepare(db, `${SELECT_ONE_PAIR} WHERE p.id = @id`).get({ id }) as PairRow | undefined;
  return row && toSummary(row);
}

/** The canonical id of the pair of two countries: codes sorted, joined by '-'. */
export function pairIdOf(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** Names the milestone that established the pair's relations, unless one is named already; whether it did. */
export function setEstablishedIfUnset(db: Db, pairId: string, milestoneId: number): boolean {
  return prepare(db, 'UPDATE pairs SET established_milestone_id = ? WHERE id = ? AND established_milestone_id IS NULL').run(milestoneId, pairId).changes > 0;
}

/** A bundled pair, in the dataset's order; an existing one keeps its milestones and takes the new order. */
export function upsertBundledPair(db: Db, id: string, order: number): void {
  const [a, b] = id.split('-');
  prepare(db, 'INSERT INTO pairs (id, a_code, b_code, sort_order) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET sort_order = excluded.sort_order').run(id, a, b, order);
}

/** Names the bundled milestone with this dataset key as the one that established the pair's relations. */
export function setEstablishedByKey(db: Db, pairId: string, milestoneKey: string): void {
  prepare(db, 'UPDATE pairs SET established_milestone_id = (SELECT id FROM milestones WHERE dataset_key = ?) WHERE id = ?').run(milestoneKey, pairId);
}

export function insertPair(db: Db, a: string, b: string): string {
  const id = pairIdOf(a, b);
  const [first, second] = id.split('-');
  prepare(db, 'INSERT INTO pairs (id, a_code, b_code, sort_order) VALUES (?, ?, ?, (SELECT coalesce(max(sort_order), -1) + 1 FROM pairs))').run(id, first, second);
  return id;
}

/**
 * Deletes a pair with its ladder and milestones (by cascade). A milestone it shares with other pairs
 * stays, on the first of them.
 */
export function deletePair(db: Db, id: string): boolean {
  return db.transaction(() => {
    rehomeSharedMilestones(db, id);
    tombstonePairMilestones(db, id);
    return db.prepare('DELETE FROM pairs WHERE id = ?').run(id).changes > 0;
  })();
}

/** The statement that takes back pairs an import added (its undo; their ladders and milestones go by cascade). */
export function deletePairsQuery(ids: readonly string[]): Query {
  return sql`DELETE FROM pairs WHERE id IN ${list(ids)}`;
}

/** The statement that forgets the establishing milestones an import named (its undo). */
export function clearEstablishedQuery(pairIds: readonly string[]): Query {
  return sql`UPDATE pairs SET established_milestone_id = NULL WHERE id IN ${list(pairIds)}`;
}
