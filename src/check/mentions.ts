/**
 * The looks for a target no figure was linked to: a figure of its indicator of another kind (a level for
 * a rate), a count of its own items by name ('六大科技专项'), or a sentence that names it in words only.
 */
import type { SectionPair } from '../align/index.js';
import { alignedPassages, inside, sentencesOf, type Sentence } from './passages.js';
import type { Evidence, Outcome, Target } from '../extract/types.js';
import type { Report } from '../report/outline/types.js';
import type { Span } from '../report/span.js';
import { differentIndicators, keepsModifiers, namesHeadItself, runsOf, sharedRun, subjectOf } from './indicators.js';
import { bareName, canonical, isGeneric, namesOnlyAVerb } from '../lexicon/indicators.js';
import { CARRYING_ON, KIND_OF_ITEMS, ROLL_CALL } from '../lexicon/linking.js';
import { CLAUSE_BREAK, readArabic, readChinese } from '../quantity/index.js';
import { isContentWord, type Tokenizer } from '../segment/index.js';

const isGrowthRate = (f: Target | Outcome) => f.frame.measure === 'growth';

/** True when a figure covers several years ('十四五期间累计…', '年均增长', a five-year passage's flow). */
export function isMultiYear(f: Target | Outcome): boolean {
  return f.frame.period === 'multi-year' || f.frame.period === 'cumulative';
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
  const names = bareNamesOf(outcomes);
  return (
    outcomes.find((o, j) => {
      const other = names[j]!;
      return (other.includes(name) || (other.length >= OTHER_KIND_NAME && name.endsWith(other))) && (o.kind !== target.kind || isGrowthRate(o) !== growth) && !isMultiYear(o);
    }) ?? null
  );
}

// Every unlinked target looks through the same figures: their bare names are read once per list.
const bareNames = new WeakMap<readonly Outcome[], string[]>();

function bareNamesOf(outcomes: readonly Outcome[]): string[] {
  let names = bareNames.get(outcomes);
  if (!names) bareNames.set(outcomes, (names = outcomes.map((o) => bareName(o.indicator))));
  return names;
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

/** A clause of a review sentence as the looks for mentions read it. */
interface ReviewClause {
  text: string;
  /** Its words folded (canonical), or null when it may not mention an indicator (see mayMention). */
  words: string | null;
}

/** A sentence of a review's parts and its clauses. */
interface ReviewSentence {
  sentence: Sentence;
  clauses: ReviewClause[];
}

// Every target unlinked looks through the same review sentences: they are split and folded once per report.
const clausesOfReview = new WeakMap<Report, ReviewSentence[]>();

function reviewSentences(review: Report): ReviewSentence[] {
  let out = clausesOfReview.get(review);
  if (!out) {
    out = [...sentencesOf(review, 'review')].map((sentence) => ({
      sentence,
      clauses: sentence.clean.split(CLAUSE_BREAK).map((text) => ({ text, words: mayMention(text) ? canonical(text) : null })),
    }));
    clausesOfReview.set(review, out);
  }
  return out;
}

/** A review sentence with a clause that names the target's indicator in words only, with no figure. */
export function findMention(review: Report, target: Target): { span: Span; text: string } | null {
  const name = bareName(target.indicator).replace(CARRYING_ON, '');
  const quoted = [...target.clean.text.matchAll(QUOTED_NAME)].map((m) => m[0]).filter((q) => !PERIOD_NAME.test(q));
  if (name.length < 3 && quoted.length === 0) return null;
  // The name's runs of the length a clause must share with it.
  const runs = name.length >= 3 ? runsOf(name, Math.max(3, Math.ceil(0.6 * name.length))) : [];
  const names = ({ text, words }: ReviewClause) => {
    if (words === null) return false;
    const named = runs.some((run) => words.includes(run)) && namesSubject(target, words) && !namesASibling(name, words);
    return named || quoted.some((q) => text.includes(q));
  };
  const found = reviewSentences(review).find(({ clauses }) => clauses.some(names));
  return found ? { span: found.sentence.span, text: found.sentence.text } : null;
}

// '六大科技专项深入实施' (sichuan-2026) reports '实施6个重大科技专项' (sichuan-2025): a review that counts the
// target's own items by name reports their number; 重大 and 重点 fold into its 大 ('N大' + what the target counts).
const ITEMS_NAMED = /(?<!第)([一二两三四五六七八九十]{1,3}|[0-9]{1,2})大/g;
// What the items are called must say more than a generic head ('项目', '工程').
const MIN_KIND = 3;

/** A count of items by name in a review sentence: 'N大' at `at`, what it counts from `at + length` on. */
interface ItemsCount {
  sentence: Sentence;
  at: number;
  length: number;
  numeral: string;
  value: number;
}

// The counts a review gives are the same whatever target looks for them: read once per report.
const countsOfReview = new WeakMap<Report, ItemsCount[]>();

/** Every 'N大' of a review's sentences whose numeral reads whole, in order. */
function itemsCounts(review: Report): ItemsCount[] {
  let out = countsOfReview.get(review);
  if (!out) {
    out = [];
    for (const sentence of sentencesOf(review, 'review')) {
      for (const m of sentence.text.matchAll(ITEMS_NAMED)) {
        const numeral = m[1]!;
        const n = /[0-9]/.test(numeral) ? readArabic(numeral, 0) : readChinese(numeral, 0);
        if (n && n.length === numeral.length) out.push({ sentence, at: m.index!, length: m[0].length, numeral, value: n.value });
      }
    }
    countsOfReview.set(review, out);
  }
  return out;
}

/** The count a review sentence gives of the target's own items by name ('六大科技专项'), as an outcome, or null. */
export function findItemsCounted(review: Report, target: Target): Outcome | null {
  if (target.frame.measure !== 'count' || target.high !== null) return null;
  const kind = subjectOf(target.indicator).replace(KIND_OF_ITEMS, '');
  if (kind.length < MIN_KIND) return null;
  const count = itemsCounts(review).find(({ sentence, at, length }) => sentence.text.startsWith(kind, at + length));
  if (!count) return null;
  const { sentence, at, length, numeral, value } = count;
  return itemsOutcome(target, { span: sentence.span, text: sentence.text }, at, numeral, value, length + kind.length);
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
  const passages = alignedPassages(target.span, pairs);
  for (const { sentence, clauses } of reviewSentences(review)) {
    if (!passages.some((s) => inside(sentence.span, s))) continue;
    for (const { text, words } of clauses) {
      if (words === null) continue;
      if (sharesWords(text, wanted, tokenizer) && keepsModifiers(target.frame.subject.modifiers, text)) return { span: sentence.span, text: sentence.text };
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
  const shared = new Set<string>();
  for (const { text: word } of tokenizer.tokenize(text)) if (wanted.words.has(word)) shared.add(word);
  return shared.has(wanted.head) && shared.size >= SHARED_WORDS && [...shared].filter(namesSomething).length >= wanted.naming;
}

