import type { SectionPair } from '../align/index.js';
import type { Evidence, Outcome, Target } from '../extract/types.js';
import type { Report } from '../report/outline/types.js';
import type { Span } from '../report/span.js';
import { coversMore, differentIndicators, indicatorSimilarity, keepsModifiers, longestSharedRun, namesAnotherThing, namesHeadItself, sharedRun, sharesOnlyGeneric, subjectOf, subjectSimilarity } from './indicators.js';
import { bareName, canonical, isGeneric, namesOnlyAVerb } from '../lexicon/indicators.js';
import { CARRYING_ON, KIND_OF_ITEMS, ROLL_CALL } from '../lexicon/linking.js';
import { CLAUSE_BREAK, readArabic, readChinese } from '../quantity/index.js';
import { inTargetUnit, splitUnit, unitMeasured } from '../quantity/units.js';
import { isContentWord, type Tokenizer } from '../segment/index.js';

export interface Link {
  outcome: Outcome;
  similarity: number;
  inAlignedPassage: boolean;
}

// An outcome must name the target's indicator at least this closely (passage bonus included).
const MIN_SCORE = 0.55;
// Being in the review passage that accounts for the target's section tips close calls.
const PASSAGE_BONUS = 0.1;
// A single year's figure is preferred to a multi-year one for the same indicator, and a figure of the target's own
// works to one of a broader set or another stage ('实施公路、村屯、矿区绿化3920亩，村屯绿化2100亩').
const MULTI_YEAR_PENALTY = 0.2;
const OTHER_COUNT_PENALTY = 0.2;
// Counting words of different names ('600部' and '869台') compare only for closely named indicators.
const CLOSE_NAMES = 0.7;
const INCOMPARABLE_NAMES = 0.85;
// A name this short ('改造', '征收') does not say which indicator it is.
const SHORT_NAME = 2;

// A target named by a verb alone links where the outcome shares this much of the noun after its figure.
const NOUN_AFTER_SHARED = 2;

const isGrowthRate = (f: Target | Outcome) => f.frame.measure === 'growth';

/**
 * What a target's name is compared by: its own words, or, when they are only money or a kind of thing
 * ('实现产值2亿元'), the subject its clause borrows ('年内入园企业达到7家，…' → 入园企业产值).
 */
const namedBy = (target: Target) => (target.frame.subject.borrowed ? target.frame.subject.name : target.indicator);

/** True when a figure covers several years ('十四五期间累计…', '年均增长', a five-year passage's flow). */
export function isMultiYear(f: Target | Outcome): boolean {
  return f.frame.period === 'multi-year' || f.frame.period === 'cumulative';
}

const inside = (s: Span, outer: Span) => s[0] >= outer[0] && s[1] <= outer[1];

/**
 * The hard rules every way of finding an outcome applies alike: the same kind of figure, a rate never
 * against a level, a year's flow (built, added) never against a stock, and no name that a modifier
 * makes another indicator ('海洋生产总值' is not '生产总值').
 */
function compatibility(target: Target): (outcome: Outcome) => boolean {
  const { frame } = target;
  const nounAfter = frame.subject.verbOnly ? frame.subject.name : null;
  return (outcome) =>
    target.kind === outcome.kind &&
    // The same measure: a rate never against a level, a count never against an amount of money
    // ('建设500个省重大项目' and '省重大项目完成投资达7290亿元', jiangsu).
    outcome.frame.measure === frame.measure &&
    // A growth rate of what is added ('新增市场主体增长率') is a rate like any other.
    (!frame.flow || frame.measure === 'growth' || outcome.frame.flow) &&
    !differentIndicators(target.indicator, outcome.indicator) &&
    !namesAnotherThing(target.indicator, outcome.indicator) &&
    keepsModifiers(frame.subject.modifiers, `${outcome.indicator}${outcome.frame.words.clause}`) &&
    !sharesOnlyGeneric(namedBy(target), [outcome.indicator, outcome.frame.words.before, outcome.frame.words.clauseBefore]) &&
    // A name that is only a verb ('打造5个…') links only where the outcome names what follows the target's figure.
    (nounAfter === null || longestSharedRun(nounAfter, `${outcome.frame.words.clauseBefore}，${outcome.frame.words.after}`) >= NOUN_AFTER_SHARED);
}

/** Whether a target and an outcome count the same works at different stages ('启动…8家' and '5家…完成'). */
export function otherStage(target: Target, outcome: Outcome): boolean {
  const t = target.frame.stage;
  const o = outcome.frame.stage;
  return t !== null && o !== null && t !== o;
}

export interface Candidate extends Link {
  score: number;
  /** The outcome names the target's indicator exactly (synonyms folded, filler dropped) for the plan year alone. */
  exact: boolean;
}

/**
 * The outcomes that could report on a target, each with its score: the same kind of figure (a rate is
 * never matched with a level, nor % with percentage points, nor a year's flow with a stock), in a
 * comparable unit, naming the same indicator; those in the passage aligned with the target's section
 * score higher, multi-year figures lower. With `passagesOnly`, only the outcomes of those passages are
 * considered (for inputs far larger than any report, so the work stays bounded).
 */
export function candidates(target: Target, outcomes: readonly Outcome[], pairs: readonly SectionPair[], passagesOnly = false): Map<number, Candidate> {
  const passages = pairs.filter((p) => p.a && p.b && inside(target.span, p.a.span)).map((p) => p.b!.span);
  const fits = compatibility(target);
  const named = namedBy(target);
  const found = new Map<number, Candidate>();
  outcomes.forEach((outcome, k) => {
    if (passagesOnly && !passages.some((s) => inside(outcome.span, s))) return;
    if (!fits(outcome)) return;
    const words = `${outcome.indicator}${outcome.frame.words.before}`;
    const similarity = Math.max(
      indicatorSimilarity(named, outcome.indicator),
      indicatorSimilarity(named, words),
      indicatorSimilarity(named, outcome.frame.words.clauseBefore),
      subjectSimilarity(target.frame.subject.name, outcome.frame.subject.name),
    );
    // Other units are compared only for closely named indicators; a figure that cannot be converted
    // ('1459个' against '174万户') still reports on the target, and makes it unclear.
    const sameUnit = splitUnit(unitMeasured(outcome))[1] === splitUnit(unitMeasured(target))[1];
    // A name that is only a verb or too short to tell indicators apart ('努力完成4000户的改造任务', hailar-2018)
    // says what it counts by its unit: '29个老旧小区供热三级管网改造' does not report it, '棚户区改造完成4000户' may.
    if (!sameUnit && (target.frame.subject.verbOnly || bareName(target.indicator).length <= SHORT_NAME)) return;
    if (!sameUnit && (similarity < CLOSE_NAMES || (inTargetUnit(target, outcome) === null && similarity < INCOMPARABLE_NAMES))) return;
    const inAlignedPassage = passages.some((s) => inside(outcome.span, s));
    const reach = similarity + (inAlignedPassage ? PASSAGE_BONUS : 0);
    // The penalty ranks a multi-year figure below a single year's; it does not rule it out.
    const multiYear = isMultiYear(outcome);
    const exact = !multiYear && bareName(target.indicator).length >= 2 && bareName(target.indicator) === bareName(outcome.indicator);
    if (reach < MIN_SCORE) return;
    const otherCount = coversMore(target.indicator, outcome.indicator) || otherStage(target, outcome);
    const score = reach - (multiYear ? MULTI_YEAR_PENALTY : 0) - (otherCount ? OTHER_COUNT_PENALTY : 0);
    found.set(k, { outcome, similarity, inAlignedPassage, exact, score });
  });
  return found;
}

// A name this long is specific enough to say a figure of another kind is about the same indicator.
const OTHER_KIND_NAME = 4;

/**
 * A figure of the review about the target's own indicator but of another kind: the level where the
 * target is a growth rate ('社会消费品零售总额增至2.79万亿元' for '…增长7%左右', hubei; '一般公共预算收入完成
 * 13.24亿元' for '…可比增长7%', qingyuan). It reports on the target without answering it: unclear.
 */
export function findOtherKind(target: Target, outcomes: readonly Outcome[]): Outcome | null {
  const name = bareName(target.indicator);
  if (name.length < OTHER_KIND_NAME) return null;
  const growth = isGrowthRate(target);
  return (
    outcomes.find((o) => {
      const other = bareName(o.indicator);
      return (other.includes(name) || (other.length >= OTHER_KIND_NAME && name.endsWith(other))) && (o.kind !== target.kind || isGrowthRate(o) !== growth) && !isMultiYear(o);
    }) ?? null
  );
}

/**
 * Whether words name the target's subject: its head noun and every modifier that makes it another
 * indicator ('高标准完成核心区控规' shares 高标准 with '建设高标准农田' but not 农田, beijing-2025).
 */
function namesSubject(target: Target, words: string): boolean {
  const { head, modifiers } = target.frame.subject;
  return namesHeadItself(words, head) && keepsModifiers(modifiers, words);
}

// A quoted name names one programme: '打造5个“五好两宜”和美乡村片区' (shanghai-2025) is named by '“五好两宜”和美乡村
// 试点取得良好成效' (shanghai-2026). Five-year periods (“十四五”) are quoted everywhere and name nothing.
const QUOTED_NAME = /“[^“”]{2,12}”/g;
const PERIOD_NAME = /^“十[一二三四五六七八九]五”$/;

// A roll-call of fields closing a review ('民族宗教、外事侨务、…退役军人事务、审计统计…等工作成效明显', zhejiang-2026;
// '国防动员、双拥共建、退役军人事务等工作取得新成效', henan-2025; '…残疾人、慈善等事业实现新发展', henan, jiangsu,
// guangdong) says every field went well; it names no indicator of any of them. A list of works the clause acts on
// ('扎实推进老旧小区改造、城中村改造、棚户区改造等工作') and '等事业单位', '等工作岗位' are not one.

// Numbers that are not figures of an indicator: a year or an ordinal, a rank among them ('…居全国第10位', '2025年').
const NOT_A_FIGURE = /(?:19|20)\d\d年|第[0-9]+/g;

/** Whether a review clause may name an indicator in words only: no figure of its own, not a roll-call of fields. */
function mayMention(clause: string): boolean {
  return !/[0-9]/.test(clause.replace(NOT_A_FIGURE, '')) && !ROLL_CALL.test(clause);
}

// Words of carrying on ('延续执行企业研发费用加计扣除', national-2021; '延续实施研发费用加计扣除政策', national-2022) are
// not part of what is named (CARRYING_ON).

/**
 * Whether the words a clause shares with a name belong there to a sibling indicator, the modifiers before them
 * differing: '供水主管网扩建工程…' names no '12公里热力主管网' (hailar-2013 → 2014).
 */
function namesASibling(name: string, clause: string): boolean {
  const run = sharedRun(name, clause);
  return differentIndicators(name, clause.slice(0, clause.indexOf(run) + run.length).replace(CARRYING_ON, ''));
}

/** A review sentence with a clause that names the target's indicator in words only, with no figure. */
export function findMention(review: Report, target: Target): { span: Span; text: string } | null {
  const name = bareName(target.indicator).replace(CARRYING_ON, '');
  const quoted = [...target.clean.text.matchAll(QUOTED_NAME)].map((m) => m[0]).filter((q) => !PERIOD_NAME.test(q));
  if (name.length < 3 && quoted.length === 0) return null;
  const needed = Math.max(3, Math.ceil(0.6 * name.length));
  for (const sentence of reviewSentences(review)) {
    const named = sentence.clean
      .split(CLAUSE_BREAK)
      .some(
        (clause) => {
          if (!mayMention(clause)) return false;
          const words = canonical(clause);
          const named = name.length >= 3 && longestSharedRun(name, words) >= needed && namesSubject(target, words) && !namesASibling(name, words);
          return named || quoted.some((q) => clause.includes(q));
        },
      );
    if (named) return { span: sentence.span, text: sentence.text };
  }
  return null;
}

// '六大科技专项深入实施' (sichuan-2026) reports '实施6个重大科技专项' (sichuan-2025): a review that counts the
// target's own items by name reports their number; 重大 and 重点 fold into its 大 ('N大' + what the target counts).
const ITEMS_NAMED = /(?<!第)([一二两三四五六七八九十]{1,3}|[0-9]{1,2})大/g;
// What the items are called must say more than a generic head ('项目', '工程').
const MIN_KIND = 3;

/** The count a review sentence gives of the target's own items by name ('六大科技专项'), as an outcome, or null. */
export function findItemsCounted(review: Report, target: Target): Outcome | null {
  if (target.frame.measure !== 'count' || target.high !== null) return null;
  const kind = subjectOf(target.indicator).replace(KIND_OF_ITEMS, '');
  if (kind.length < MIN_KIND) return null;
  for (const sentence of reviewSentences(review)) {
    for (const m of sentence.text.matchAll(ITEMS_NAMED)) {
      const numeral = m[1]!;
      const at = m.index!;
      if (!sentence.text.startsWith(kind, at + m[0].length)) continue;
      const n = /[0-9]/.test(numeral) ? readArabic(numeral, 0) : readChinese(numeral, 0);
      if (!n || n.length !== numeral.length) continue;
      return itemsOutcome(target, { span: sentence.span, text: sentence.text }, at, numeral, n.value, m[0].length + kind.length);
    }
  }
  return null;
}

/** The outcome 'N大X' stands for: N of the target's own items, its evidence the words in the sentence. */
function itemsOutcome(target: Target, sentence: Evidence, at: number, numeral: string, value: number, length: number): Outcome {
  const text = sentence.text.slice(at, at + length);
  const from = sentence.span[0] + at;
  return {
    id: `${target.id}:items`,
    text,
    span: [from, from + length],
    indicator: text.slice(numeral.length + 1),
    value,
    high: null,
    unit: target.unit,
    kind: target.kind,
    comparator: 'exact',
    inclusive: true,
    direction: 'level',
    section: '',
    horizon: 'year',
    sentence,
    quantitySpan: [from, from + numeral.length],
    frame: { ...target.frame, flow: false, stage: null, words: { before: '', clauseBefore: '', clause: text, after: '' } },
    clean: { text, sentence: sentence.text, figure: numeral, figureInText: 0, figureInSentence: at },
    preliminary: false,
  };
}

type Node = { paragraphs: Report['parts'][number]['paragraphs']; sections: Node[] };

type Sentence = Report['parts'][number]['paragraphs'][number]['sentences'][number];

function* allSentences(node: Node): Generator<Sentence> {
  for (const p of node.paragraphs) yield* p.sentences;
  for (const s of node.sections) yield* allSentences(s);
}

/** Every sentence of the report's review parts, in order. */
function* reviewSentences(review: Report): Generator<Sentence> {
  for (const part of review.parts) if (part.role === 'review') yield* allSentences(part);
}

// Clauses that share this many content words with the target, its head word among them, name it.
const SHARED_WORDS = 2;

/**
 * A second look for a mention in words only, within the review passages aligned with the target's
 * section: a clause without figures sharing content words with the target's clause, the last of them
 * (the head of the phrase, '…非机动车停放治理') included ('加强电动自行车停放秩序治理').
 */
export function findMentionInPassage(review: Report, target: Target, pairs: readonly SectionPair[], tokenizer: Tokenizer): { span: Span; text: string } | null {
  const wanted = clauseWords(target, tokenizer);
  if (!wanted) return null;
  const passages = alignedPassages(target, pairs);
  for (const sentence of reviewSentences(review)) {
    if (!passages.some((s) => inside(sentence.span, s))) continue;
    for (const clause of sentence.clean.split(CLAUSE_BREAK)) {
      if (!mayMention(clause)) continue;
      if (sharesWords(clause, wanted, tokenizer) && keepsModifiers(target.frame.subject.modifiers, clause)) return { span: sentence.span, text: sentence.text };
    }
  }
  return null;
}

/** The words of a target's clause a review clause must share to name it. */
interface ClauseWords {
  words: ReadonlySet<string>;
  /** The last content word, the head of the phrase. */
  head: string;
  /** How many of the shared words must name something (not a generic word or a verb of works). */
  naming: number;
}

// Generic words ('项目', '建设') and the verbs of works ('完成', '改造') are shared by any two sentences about works.
const namesSomething = (word: string) => !isGeneric(word) && !namesOnlyAVerb(word);

/**
 * The content words of a target's clause and its head, or null when too few. Two shared words must name
 * something, or the only one the clause has ('新建公园5个' is named by '新建公园工作稳步推进').
 */
function clauseWords(target: Target, tokenizer: Tokenizer): ClauseWords | null {
  const words = tokenizer.tokenize(target.frame.words.clause).map((t) => t.text).filter(isContentWord);
  const head = words.at(-1);
  const naming = Math.max(1, Math.min(SHARED_WORDS, words.filter(namesSomething).length));
  return head && words.length >= SHARED_WORDS ? { words: new Set(words), head, naming } : null;
}

/**
 * Whether a text shares enough words with a target's clause, its head among them, and enough of them naming
 * something: '项目建设提质提速' shares only 提速 with '提速总投资152.8亿元的32个省、市重点项目建设' (qingyuan-2023), '…等项目
 * 进展顺利' nothing with '投资8000万元实施10公里雨水管网及泵站改造' (hailar-2012), '…等企业完成升级改造' nothing with
 * '完成65条、总长度57.9公里的城市道路新建改造' (hailar-2017).
 */
function sharesWords(text: string, wanted: ClauseWords, tokenizer: Tokenizer): boolean {
  const shared = new Set(tokenizer.tokenize(text).map((t) => t.text).filter((w) => wanted.words.has(w)));
  return shared.size >= SHARED_WORDS && [...shared].filter(namesSomething).length >= wanted.naming && shared.has(wanted.head);
}

function alignedPassages(target: Target, pairs: readonly SectionPair[]): Span[] {
  return pairs.filter((p) => p.a && p.b && inside(target.span, p.a.span)).map((p) => p.b!.span);
}

/**
 * A last look for a figure when no outcome names the indicator closely: one in the aligned review
 * passage, of the same kind and unit, whose clause shares content words with the target's clause,
 * the head among them ('市属医院…号源提前2周' and '三级公立医院提前两周向基层投放…号源').
 */
export function findOutcomeByWords(
  target: Target,
  outcomes: readonly Outcome[],
  taken: ReadonlySet<Outcome>,
  pairs: readonly SectionPair[],
  tokenizer: Tokenizer,
): Link | null {
  const wanted = clauseWords(target, tokenizer);
  const passages = alignedPassages(target, pairs);
  if (!wanted || passages.length === 0) return null;
  const fits = compatibility(target);
  for (const outcome of outcomes) {
    if (taken.has(outcome) || !passages.some((s) => inside(outcome.span, s))) continue;
    if (!fits(outcome) || inTargetUnit(target, outcome) === null) continue;
    if (splitUnit(unitMeasured(outcome))[1] !== splitUnit(unitMeasured(target))[1]) continue;
    if (sharesWords(outcome.frame.words.clause, wanted, tokenizer)) return { outcome, similarity: 0.5, inAlignedPassage: true };
  }
  return null;
}
