/**
 * `npm run validate-data`: checks the bundled dataset; prints each problem with its file and place, or,
 * when it is valid, per pair: milestones (its own and the shared ones linked to it), sources by kind, and
 * how many milestones rest on at least two independent sources.
 */
import { readDataset, formatProblems } from '../data/dataset/validate';
import { DATASET_DIR } from '../server/paths';
import { independentSourceCount } from '../shared/evidence';

const { dataset, problems } = readDataset(DATASET_DIR);
if (!dataset) {
  console.error(`The dataset has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
const milestones = dataset.pairs.reduce((n, p) => n + p.milestones.length, 0) + dataset.shared.length;
console.log(`Dataset v${dataset.manifest.version} is valid: ${dataset.pairs.length} pairs, ${milestones} milestones (${dataset.shared.length} shared by several pairs), ${dataset.sources.length} sources.`);
const byKey = new Map(dataset.sources.map((s) => [s.key, s]));
const world = dataset.pairs.filter((p) => p.scope === 'world');
if (dataset.world) {
  const worldMilestones = world.flatMap((p) => p.milestones);
  const worldSources = new Set(worldMilestones.flatMap((m) => m.sources));
  const kinds = new Map<string, number>();
  for (const k of worldSources) kinds.set(byKey.get(k)!.kind, (kinds.get(byKey.get(k)!.kind) ?? 0) + 1);
  console.log(`  World (atlas rules): ${world.length} pairs, ${worldMilestones.filter((m) => m.relation_event).length} relation steps, ${worldMilestones.filter((m) => m.sets_level).length} rungs, ${dataset.world.countries.length} countries with codes (${dataset.world.countries.filter((c) => c.cow !== null).length} with a COW code), ${dataset.world.tiers.tiers.length} tiers; sources by kind: ${[...kinds].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
for (const p of dataset.pairs.filter((x) => x.scope !== 'world')) {
  const shown = [...p.milestones, ...dataset.shared.filter((m) => m.pairs.includes(p.pair))];
  const sources = [...new Set(shown.flatMap((m) => m.sources))].map((k) => byKey.get(k)!);
  const kinds = new Map<string, number>();
  for (const s of sources) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  const twoOrMore = shown.filter((m) => independentSourceCount(m.sources.map((k) => byKey.get(k)!).map((s) => ({ publisher: s.publisher, kind: s.kind, copyOfPublisher: s.copy_of ? byKey.get(s.copy_of)?.publisher : null }))) >= 2).length;
  console.log(`  ${p.pair}: ${shown.length} milestones (${p.milestones.length} own, ${shown.length - p.milestones.length} shared), ladder of ${p.ladder.length}; ${twoOrMore} with ≥ 2 independent sources; sources by kind: ${[...kinds].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
