/** `npm run validate-data`: checks the bundled dataset; prints each problem with its file and place. */
import { readDataset, formatProblems } from '../data/dataset/validate';
import { DATASET_DIR } from '../server/paths';

const { dataset, problems } = readDataset(DATASET_DIR);
if (!dataset) {
  console.error(`The dataset has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
const milestones = dataset.pairs.reduce((n, p) => n + p.milestones.length, 0);
console.log(`Dataset v${dataset.manifest.version} is valid: ${dataset.pairs.length} pairs, ${milestones} milestones, ${dataset.sources.length} sources.`);
for (const p of dataset.pairs) console.log(`  ${p.pair}: ${p.milestones.length} milestones, ladder of ${p.ladder.length}`);
