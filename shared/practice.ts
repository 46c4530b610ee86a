/**
 * Practice for a class: questions built from a pair's (or a story's) milestones, and their answers
 * checked against the same data. Three kinds: put milestones in order, the partnership level in force in
 * a year, and when a milestone happened (asked to the precision its date is known to, never finer).
 * Pure: the app and the shared web page build the same rounds from the same data.
 */
import type { MilestoneItem, PartnershipBand, PartnershipLevel } from './domain';
import { endInstant, parsePartialDate, startInstant, type DatePrecision, type PartialDate } from './dates';
import { seededRandom } from './random';

export const QUESTION_KINDS = ['order', 'level', 'when'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** How many milestones an ordering question shows. */
export const ORDER_SIZE = 4;
export const DEFAULT_ROUND_LENGTH = 8;

export interface PracticePair {
  id: string;
  ladder: Pick<PartnershipLevel, 'id' | 'name' | 'rank'>[];
  bands: PartnershipBand[];
}

export interface PracticeData {
  milestones: (MilestoneItem & { pairId: string })[];
  pairs: PracticePair[];
}

export interface OrderQuestion {
  kind: 'order';
  /** As first shown (shuffled). */
  shown: number[];
  /** Earliest first. */
  answer: number[];
}

export interface LevelQuestion {
  kind: 'level';
  pairId: string;
  year: number;
  /** Level ids offered, in ladder order. */
  options: number[];
  answer: number;
  /** The milestone that set the level (its detail is the feedback). */
  milestoneId: number;
}

export interface WhenQuestion {
  kind: 'when';
  milestoneId: number;
  /** The precision its start is known to: what is asked. */
  precision: DatePrecision;
  answer: PartialDate;
}

export type Question = OrderQuestion | LevelQuestion | WhenQuestion;

/** An answer to a "when" question: the parts its precision asks for. */
export interface DateAnswer {
  year: number;
  month?: number;
  day?: number;
}

function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const spanOf = (m: Pick<MilestoneItem, 'start' | 'end'>) => ({ from: startInstant(m.start).getTime(), to: endInstant(m.end ?? m.start).getTime() });

/**
 * Milestones whose order the data settles: each one's whole span (a year-only date spans its year) ends
 * before the next begins. Two milestones "in 2013" cannot be ordered, and are never asked together.
 */
function orderable(candidates: MilestoneItem[], random: () => number): MilestoneItem[] | null {
  const picked: MilestoneItem[] = [];
  for (const m of shuffle(candidates, random)) {
    const s = spanOf(m);
    if (picked.every((p) => ((q) => q.to < s.from || s.to < q.from)(spanOf(p)))) picked.push(m);
    if (picked.length === ORDER_SIZE) return picked;
  }
  return null;
}

function orderQuestion(data: PracticeData, random: () => number): OrderQuestion | null {
  const picked = orderable(data.milestones, random);
  if (!picked) return null;
  const answer = [...picked].sort((a, b) => spanOf(a).from - spanOf(b).from).map((m) => m.id);
  let shown = shuffle(answer, random);
  // Never shown already in order: the question would answer itself.
  for (let tries = 0; shown.every((id, i) => id === answer[i]) && tries < 5; tries++) shown = shuffle(answer, random);
  if (shown.every((id, i) => id === answer[i])) shown = [...answer].reverse();
  return { kind: 'order', shown, answer };
}

const yearOf = (d: PartialDate) => parsePartialDate(d)!.year;

/**
 * Years in which one level was in force from 1 January to 31 December: after the year the band's level
 * was set in, before the year the next one was (whatever precision either date is known to), and not
 * beyond the last complete year the data covers.
 */
export function levelYears(pair: PracticePair, lastYear: number): { year: number; band: PartnershipBand }[] {
  const out: { year: number; band: PartnershipBand }[] = [];
  for (const band of pair.bands) {
    const from = yearOf(band.start) + 1;
    const to = band.end ? yearOf(band.end) - 1 : lastYear;
    for (let year = from; year <= to; year++) out.push({ year, band });
  }
  return out;
}

function levelQuestion(data: PracticeData, random: () => number, lastYear: number, asked: Set<string>): LevelQuestion | null {
  const choices = data.pairs.flatMap((pair) => (pair.ladder.length >= 2 ? levelYears(pair, lastYear).map((y) => ({ ...y, pair })) : []));
  const fresh = choices.filter((c) => !asked.has(`${c.pair.id}:${c.year}`));
  if (!fresh.length) return null;
  const { year, band, pair } = fresh[Math.floor(random() * fresh.length)];
  asked.add(`${pair.id}:${year}`);
  const others = shuffle(pair.ladder.filter((l) => l.id !== band.levelId), random).slice(0, 3);
  const options = [...others, pair.ladder.find((l) => l.id === band.levelId)!].sort((a, b) => a.rank - b.rank).map((l) => l.id);
  return { kind: 'level', pairId: pair.id, year, options, answer: band.levelId, milestoneId: band.milestoneId };
}

function whenQuestion(data: PracticeData, random: () => number, asked: Set<number>): WhenQuestion | null {
  const fresh = data.milestones.filter((m) => !asked.has(m.id));
  if (!fresh.length) return null;
  const m = fresh[Math.floor(random() * fresh.length)];
  asked.add(m.id);
  const parts = parsePartialDate(m.start);
  if (!parts) return null;
  return { kind: 'when', milestoneId: m.id, precision: parts.precision, answer: m.start };
}

/**
 * A round of `length` questions, the kinds taking turns (a kind the data cannot support is skipped: a
 * pair with one level has no level question). `lastYear`: the last complete year (a level still in force
 * is asked about up to it).
 */
export function buildRound(data: PracticeData, options: { seed: number; length?: number; lastYear?: number }): Question[] {
  const random = seededRandom(options.seed);
  const length = options.length ?? DEFAULT_ROUND_LENGTH;
  const lastYear = options.lastYear ?? new Date().getUTCFullYear() - 1;
  const askedYears = new Set<string>();
  const askedWhen = new Set<number>();
  const questions: Question[] = [];
  const kinds = shuffle(QUESTION_KINDS, random);
  let failures = 0;
  for (let i = 0; questions.length < length && failures < kinds.length; i++) {
    const kind = kinds[i % kinds.length];
    const q = kind === 'order' ? orderQuestion(data, random) : kind === 'level' ? levelQuestion(data, random, lastYear, askedYears) : whenQuestion(data, random, askedWhen);
    if (q) {
      questions.push(q);
      failures = 0;
    } else failures++;
  }
  return questions;
}

export function checkOrder(q: OrderQuestion, given: number[]): boolean {
  return given.length === q.answer.length && given.every((id, i) => id === q.answer[i]);
}

export function checkLevel(q: LevelQuestion, levelId: number): boolean {
  return levelId === q.answer;
}

/** Right when every part the precision asks for matches the date (parts beyond it are not asked). */
export function checkWhen(q: WhenQuestion, given: DateAnswer): boolean {
  const truth = parsePartialDate(q.answer)!;
  if (given.year !== truth.year) return false;
  if (q.precision === 'year') return true;
  if (given.month !== truth.month) return false;
  return q.precision === 'month' || given.day === truth.day;
}
