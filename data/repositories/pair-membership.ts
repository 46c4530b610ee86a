/**
 * Which milestones a pair shows: its own (home pair) and the shared ones linked to it (migration 0050).
 * One definition, so that the timeline, counts, filters, search, export and comparison agree.
 */

/** SQL condition: milestone `alias` belongs to the pair in parameter `@param`. */
export function inPairSql(alias: string, param: string): string {
  return `(${alias}.pair_id = @${param} OR ${alias}.id IN (SELECT milestone_id FROM milestone_pairs WHERE pair_id = @${param}))`;
}

/**
 * A SELECT of `columns` over the milestones `m` of the pair in parameter `@param` that meet `where`: its
 * own rows, then the shared ones linked to it, as a UNION ALL. The same rows as `inPairSql`, but the OR
 * there makes SQLite collect rowids from both sides and read every row from the table, one page each when
 * the pair's rows lie among a million others (32 ms for 2 000 rows); here the home rows are one run of an
 * index on pair_id (the chart's covering index), and only the few linked rows are looked up.
 */
export function pairMilestonesSql(columns: string, where: string, param: string): string {
  return `SELECT ${columns} FROM milestones m WHERE m.pair_id = @${param} AND ${where}
    UNION ALL
    SELECT ${columns} FROM milestone_pairs mp JOIN milestones m ON m.id = mp.milestone_id
      WHERE mp.pair_id = @${param} AND m.pair_id <> @${param} AND ${where}`;
}

/** SQL condition: milestone `alias` belongs to one of the pairs in the JSON array parameter `@param`. */
export function inPairsSql(alias: string, param: string): string {
  return `(${alias}.pair_id IN (SELECT value FROM json_each(@${param}))
    OR ${alias}.id IN (SELECT milestone_id FROM milestone_pairs WHERE pair_id IN (SELECT value FROM json_each(@${param}))))`;
}

/** SQL expression: the JSON array of every pair milestone `alias` belongs to, its home pair first. */
export function pairIdsSql(alias: string): string {
  return `(SELECT json_group_array(p) FROM (SELECT ${alias}.pair_id AS p UNION ALL
    SELECT * FROM (SELECT pair_id FROM milestone_pairs WHERE milestone_id = ${alias}.id AND pair_id <> ${alias}.pair_id ORDER BY pair_id)))`;
}
