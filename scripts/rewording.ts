/**
 * npm run rewording: the rewording-invariance suite of issue 20 (Deliver 5, after CheckList's
 * invariance tests). For every right row of every public gold pair (the verdict the gold gives and,
 * where the gold outcome has a figure, the linked outcome on the gold outcome), meaning-preserving
 * rewordings of the two reports must keep the verdict and the evidence; and directional tests: the
 * outcome's figure moved across the target's bound flips met to missed and missed to met.
 *
 * Each family rewrites a text only near the rows under test (their sentences), records its edits, and
 * maps a span of the original text into the reworded one; the harness uses the public API only
 * (`parseReport`, `checkTargets`, the card's types).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkTargets, isCeiling, chooseTokenizer, parseReport, readText, splitUnit, type Report, type ScoreRow, type Scorecard, type Span, type Tokenizer } from '../src/index.js';
import { CORPUS, GOLD, locate, overlaps, valueAgrees, type GoldFile, type GoldItem } from './gold.js';

// ---------------------------------------------------------------------------------------------------
// Edits and span maps

/** Replace `del` characters at `at` (in the original text) with `ins`. */
export interface Edit {
  at: number;
  del: number;
  ins: string;
}

export interface Reworded {
  text: string;
  edits: Edit[];
  /** An original span's place in the reworded text. */
  map: (span: Span) => Span;
}

/** Where an original position lands: an insertion at the position goes inside a span that starts there, outside one that ends there. */
function mapPosition(edits: readonly Edit[], p: number, end: boolean): number {
  let shift = 0;
  for (const e of edits) {
    if (e.del === 0) {
      if (e.at < p) shift += e.ins.length;
      else break;
      continue;
    }
    if (e.at + e.del <= p) shift += e.ins.length - e.del;
    else if (e.at < p) return e.at + shift + (end ? e.ins.length : 0);
    else break;
  }
  return p + shift;
}

/** Applies edits (sorted, a later one overlapping an earlier one dropped) and gives the text with its span map. */
export function applyEdits(text: string, edits: readonly Edit[]): Reworded {
  const sorted = [...edits].sort((a, b) => a.at - b.at || a.del - b.del);
  const kept: Edit[] = [];
  for (const e of sorted) {
    const last = kept.at(-1);
    if (last && (e.at < last.at + last.del || (e.at === last.at && (e.del === 0 || last.del === 0)))) continue;
    kept.push(e);
  }
  let out = '';
  let from = 0;
  for (const e of kept) {
    out += text.slice(from, e.at) + e.ins;
    from = e.at + e.del;
  }
  out += text.slice(from);
  return { text: out, edits: kept, map: ([a, b]) => [mapPosition(kept, a, false), Math.max(mapPosition(kept, a, false), mapPosition(kept, b, true))] };
}

// ---------------------------------------------------------------------------------------------------
// Sites and families

/**
 * Where a family may rewrite: a sentence, and for a row with a linked figure the figure (indicator words,
 * number and qualifiers) and its quantity alone. Families that act on a sentence use `sentence` only.
 */
export interface Site {
  sentence: Span;
  figure?: Span;
  quantity?: Span;
}

export interface Family {
  name: string;
  /** The reports it rewrites. */
  sides: ReadonlyArray<'plan' | 'review'>;
  rewrite: (text: string, sites: readonly Site[]) => Reworded;
}

const SENTENCE_END = /[。！？!?\n]/;

/** The sentence around a span: from after the previous 。！？ or line break to the next one, inclusive. */
export function sentenceAround(text: string, span: Span): Span {
  let a = span[0];
  while (a > 0 && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = Math.max(span[1], a);
  while (b < text.length && !SENTENCE_END.test(text[b]!)) b++;
  return [a, Math.min(text.length, b + 1)];
}

/** Every sentence once. */
function sentences(sites: readonly Site[]): Span[] {
  const seen = new Map<string, Span>();
  for (const s of sites) seen.set(s.sentence.join(','), s.sentence);
  return [...seen.values()];
}

/** Edits a regex makes in each sentence of the sites: `replace` gives the new text for a match, or null to leave it. */
function inSentences(text: string, sites: readonly Site[], pattern: RegExp, replace: (m: RegExpExecArray, sentence: string) => string | null): Edit[] {
  const edits: Edit[] = [];
  for (const [a, b] of sentences(sites)) {
    const sentence = text.slice(a, b);
    for (const m of sentence.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
      const ins = replace(m as RegExpExecArray, sentence);
      if (ins !== null && ins !== m[0]) edits.push({ at: a + m.index!, del: m[0].length, ins });
    }
  }
  return edits;
}

const VERBS = ['完成', '实现', '全年'];
// A figure of work done or money spent is 完成; a rate, a level or an output is 实现.
const DONE = /投资|任务|造林|改造|建设|项目|招商|引进|融资|税收|收入|营收/;

/** An opening verb added right before the figure's indicator words where none is there, or one that is there removed. */
export const openingVerb: Family = {
  name: 'opening verb (完成/实现/全年 added or removed)',
  sides: ['review'],
  rewrite(text, sites) {
    const edits: Edit[] = [];
    for (const s of sites) {
      if (!s.figure) continue;
      const [a] = s.figure;
      const head = text.slice(a, a + 2);
      const before = text.slice(a - 2, a);
      if (VERBS.includes(head) && /[^\d.%％]/.test(text.slice(a + 2, (s.quantity ?? s.figure)[0]))) edits.push({ at: a, del: 2, ins: '' });
      else if (VERBS.includes(before)) edits.push({ at: a - 2, del: 2, ins: '' });
      else edits.push({ at: a, del: 0, ins: DONE.test(text.slice(a, s.figure[1])) || /^\d/.test(text.slice(a)) ? '完成' : '实现' });
    }
    return applyEdits(text, edits);
  },
};

const SHORT: Array<[string, string]> = [
  ['规模以上', '规上'],
  ['限额以上', '限上'],
  ['技术改造', '技改'],
  ['社会消费品零售总额', '社会消费品零售额'],
];

/** The common short forms, both ways: 规模以上 → 规上 and 规上 → 规模以上, and so on. */
export const shortForms: Family = {
  name: 'short forms (规模以上↔规上, 限额以上↔限上, 技术改造↔技改, 社会消费品零售总额↔零售额)',
  sides: ['plan', 'review'],
  rewrite(text, sites) {
    const all = SHORT.flatMap(([long, short]) => [long, short]);
    const pattern = new RegExp(all.sort((x, y) => y.length - x.length).join('|'), 'g');
    const other = new Map(SHORT.flatMap(([long, short]) => [[long, short], [short, long]] as Array<[string, string]>));
    return applyEdits(text, inSentences(text, sites, pattern, (m) => other.get(m[0]) ?? null));
  },
};

const DIGITS = '零一二三四五六七八九';

/** 0 ≤ n < 1000 with at most two decimals in Chinese numerals ('6.5' → '六点五', '12' → '十二'), or null. */
export function toChineseNumber(written: string): string | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(written);
  if (!m) return null;
  const n = Number(m[1]);
  let whole: string;
  if (n < 10) whole = DIGITS[n]!;
  else if (n < 20) whole = `十${n % 10 ? DIGITS[n % 10] : ''}`;
  else if (n < 100) whole = `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  else {
    const h = Math.floor(n / 100);
    const t = Math.floor((n % 100) / 10);
    const u = n % 10;
    whole = `${DIGITS[h]}百${t ? `${DIGITS[t]}十` : u ? '零' : ''}${u ? DIGITS[u] : ''}`;
  }
  return m[2] ? `${whole}点${[...m[2]].map((d) => DIGITS[Number(d)]).join('')}` : whole;
}

/** The reverse of toChineseNumber, for what it writes ('六点五' → '6.5'), or null. */
export function fromChineseNumber(written: string): string | null {
  const [whole, decimals] = written.split('点');
  let n: number;
  const digit = (c: string | undefined) => (c === undefined || c === '' ? -1 : DIGITS.indexOf(c));
  const w = whole ?? '';
  let m: RegExpExecArray | null;
  if ((m = /^([一二三四五六七八九])百(?:([一二三四五六七八九])十|零)?([一二三四五六七八九])?$/.exec(w))) n = digit(m[1]) * 100 + Math.max(0, digit(m[2])) * 10 + Math.max(0, digit(m[3]));
  else if ((m = /^([二三四五六七八九])?十([一二三四五六七八九])?$/.exec(w))) n = (m[1] ? digit(m[1]) : 1) * 10 + Math.max(0, digit(m[2]));
  else if (w.length === 1 && DIGITS.includes(w)) n = DIGITS.indexOf(w);
  else return null;
  if (decimals === undefined) return String(n);
  if (!/^[零一二三四五六七八九]{1,2}$/.test(decimals)) return null;
  return `${n}.${[...decimals].map((c) => DIGITS.indexOf(c)).join('')}`;
}

/** Integers without exponent or float noise. */
const plain = (x: number) => String(Number(x.toFixed(6)));

/** One rewrite of the number forms in a figure's quantity, as an edit, or null when none applies. */
export function numberFormEdit(text: string, quantity: Span, form: 'percent' | 'wan'): Edit | null {
  // The quantity with the character after it: the unit a 万 figure keeps may stand just outside it.
  const q = text.slice(quantity[0], quantity[1] + 1);
  const at = (i: number) => quantity[0] + i;
  let m: RegExpExecArray | null;
  if (form === 'percent') {
    // 8% → 百分之八 (a figure of percent, not 个百分点)
    m = /(?<![\d.])(\d+(?:\.\d+)?)[%％]/.exec(q);
    if (m) {
      const zh = toChineseNumber(m[1]!);
      if (zh) return { at: at(m.index), del: m[0].length, ins: `百分之${zh}` };
    }
    // 百分之八 → 8%
    m = /百分之([零一二三四五六七八九十百点]+)/.exec(q);
    if (m) {
      const n = fromChineseNumber(m[1]!);
      if (n) return { at: at(m.index), del: m[0].length, ins: `${n}%` };
    }
    return null;
  }
  // 1.2万人 → 12000人, 1.2万亿元 → 12000亿元: the 万 folded into the number, the unit after it kept (a
  // bare '1240万' or '3万以上' would lose the unit the 万 stands for)
  m = /(?<![\d.])(\d+(?:\.\d+)?)万(?=[\u4e00-\u9fff])(?![以左])/.exec(q);
  if (m) {
    const n = Number(m[1]) * 10000;
    if (Number.isInteger(Math.round(n * 1e6) / 1e6) && Math.abs(n - Math.round(n)) < 1e-6) return { at: at(m.index), del: m[0].length, ins: String(Math.round(n)) };
  }
  // 12000人 → 1.2万人 (not before 万 or 亿, and not a year)
  m = /(?<![\d.])(\d{5,})(?![\d.万亿年])(?=[\u4e00-\u9fff])(?![以左多余])/.exec(q);
  if (m) {
    const n = Number(m[1]);
    if (n % 100 === 0) return { at: at(m.index), del: m[0].length, ins: `${plain(n / 10000)}万` };
  }
  return null;
}

/** Number forms of the linked outcome's own figure, percent: 8% ↔ 百分之八, 6.5% ↔ 百分之六点五. */
export const percentForms: Family = {
  name: 'number forms, percent (8%↔百分之八)',
  sides: ['review'],
  rewrite(text, sites) {
    return applyEdits(text, sites.flatMap((s) => (s.quantity ? (numberFormEdit(text, s.quantity, 'percent') ?? []) : [])));
  },
};

/** Number forms of the linked outcome's own figure, 万: 1.2万人 ↔ 12000人 (a unit after the number, kept). */
export const wanForms: Family = {
  name: 'number forms, 万 (1.2万人↔12000人)',
  sides: ['review'],
  rewrite(text, sites) {
    return applyEdits(text, sites.flatMap((s) => (s.quantity ? (numberFormEdit(text, s.quantity, 'wan') ?? []) : [])));
  },
};

const TRAIN = '(?:中欧（亚）|中欧\\(亚\\)|中欧|中亚|中老|西部陆海新通道|陆海新通道|海铁联运|国际货运|国际)?班列';
const REORDERS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [new RegExp(`开行(${TRAIN})`), (m) => `${m[1]}开行`],
  [new RegExp(`(${TRAIN})开行`), (m) => `开行${m[1]}`],
  [/城镇新增就业/, () => '新增城镇就业'],
  [/新增城镇就业/, () => '城镇新增就业'],
];

/** A reordered act: 开行班列 ↔ 班列开行, 城镇新增就业 ↔ 新增城镇就业. */
export const reorderedAct: Family = {
  name: 'reordered act (开行班列↔班列开行, 城镇新增就业↔新增城镇就业)',
  sides: ['review'],
  rewrite(text, sites) {
    const pattern = new RegExp(REORDERS.map(([p]) => `(?:${p.source})`).join('|'), 'g');
    return applyEdits(
      text,
      inSentences(text, sites, pattern, (m) => {
        for (const [p, to] of REORDERS) {
          const one = new RegExp(`^(?:${p.source})$`).exec(m[0]);
          if (one) return to(one);
        }
        return null;
      }),
    );
  },
};

const SEPARATOR = /[，、,；;：:。！？\n]/;

// An item of a list of figures: indicator words, then a number with its unit and qualifier at the end
// ('地区生产总值增长5.4%', '新建改造高标准农田3167万亩'); not a noun phrase a number only modifies
// ('2334个过2000万元的工业新增长点'), nor a rank ('居全国第4位').
const ITEM = /[\u4e00-\u9fff].*(?<![\d.第])\d+(?:\.\d+)?(?:[%％]|[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{0,3}（[\u4e00-\u9fff]{1,2}）)?(?:以上|以下|左右|以内)?$/;

/** `，` ↔ `、` between two quantified items: each side is indicator words ending in a figure. */
export const itemSeparator: Family = {
  name: 'separator between items (，↔、)',
  sides: ['plan', 'review'],
  rewrite(text, sites) {
    return applyEdits(
      text,
      inSentences(text, sites, /[，、]/g, (m, sentence) => {
        const i = m.index;
        let a = i;
        while (a > 0 && !SEPARATOR.test(sentence[a - 1]!)) a--;
        let b = i + 1;
        while (b < sentence.length && !SEPARATOR.test(sentence[b]!)) b++;
        if (!ITEM.test(sentence.slice(a, i)) || !ITEM.test(sentence.slice(i + 1, b))) return null;
        return m[0] === '，' ? '、' : '，';
      }),
    );
  },
};

export const FAMILIES: Family[] = [openingVerb, shortForms, percentForms, wanForms, reorderedAct, itemSeparator];

// ---------------------------------------------------------------------------------------------------
// Rows

export interface Pair {
  file: string;
  gold: GoldFile;
  plan: string;
  review: string;
}

export function loadPairs(): Pair[] {
  return readdirSync(GOLD)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, gold: JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as GoldFile }))
    .filter(({ gold }) => !!gold.review)
    .map(({ file, gold }) => ({ file, gold, plan: readText(join(CORPUS, gold.plan)), review: readText(join(CORPUS, gold.review!)) }));
}

/** A gold target as the card has it: the row scoreCheck would score for it (found by the gold spans mapped into the texts). */
export interface Judged {
  gold: GoldItem;
  row: ScoreRow | undefined;
  verdict: string;
  /** The verdict is the gold's and, where the gold outcome has a figure, the linked outcome overlaps it. */
  right: boolean;
}

const identity = (s: Span): Span => s;

/** Each gold target's row in a card, as scoreCheck finds it, with the original texts' spans mapped by `mapPlan` and `mapReview`. */
export function judgeRows(card: Scorecard, pair: Pair, mapPlan: (s: Span) => Span = identity, mapReview: (s: Span) => Span = identity): Judged[] {
  const used = new Set<ScoreRow>();
  return pair.gold.targets.map((g) => {
    const span = mapPlan(locate(pair.plan, g, pair.file));
    const row = card.rows.find((r) => !used.has(r) && overlaps(r.target.span, span) && valueAgrees(r.target, g));
    if (row) used.add(row);
    const verdict = row?.verdict ?? 'unreported';
    let linkOk = true;
    if (g.outcome && g.outcome.value !== null) {
      const goldSpan = mapReview(locate(pair.review, { ...g.outcome, id: `${g.id} outcome` } as GoldItem, pair.file));
      linkOk = !!row?.outcome && overlaps(row.outcome.span, goldSpan);
    }
    return { gold: g, row, verdict, right: verdict === g.verdict && linkOk };
  });
}

const clip = (s: string) => {
  const flat = s.replace(/\s+/g, '');
  return flat.length > 90 ? `${flat.slice(0, 90)}…` : flat;
};

const show = (j: Judged | undefined) => (j ? `${j.verdict}${j.row?.outcome ? ` (${j.row.outcome.text.replace(/\s+/g, '')})` : ''}` : '—');

export interface Change {
  file: string;
  id: string;
  quote: string;
  family: string;
  before: string;
  after: string;
  /** The reworded sentence the row was tested on. */
  context: string;
}

export interface FamilyResult {
  family: string;
  tested: number;
  kept: number;
  changes: Change[];
}

export interface DirectionalResult {
  tested: number;
  flipped: number;
  skipped: number;
  /** Why the met/missed rows not tested were not. */
  skipReasons: Record<string, number>;
  failures: Change[];
}

export interface SuiteResult {
  families: FamilyResult[];
  pooled: { tested: number; kept: number };
  directional: DirectionalResult;
  /** Right rows of the baseline cards, over the public gold pairs. */
  rightRows: number;
  ms: number;
}

interface Baseline {
  pair: Pair;
  planReport: Report;
  reviewReport: Report;
  judged: Judged[];
  right: Judged[];
  planSites: Map<Judged, Site>;
  reviewSites: Map<Judged, Site[]>;
}

function baseline(pair: Pair, tokenizer: Tokenizer): Baseline {
  const planReport = parseReport(pair.plan);
  const reviewReport = parseReport(pair.review);
  const card = checkTargets(planReport, reviewReport, { tokenizer });
  const judged = judgeRows(card, pair);
  const right = judged.filter((j) => j.right);
  const planSites = new Map<Judged, Site>();
  const reviewSites = new Map<Judged, Site[]>();
  for (const j of right) {
    const t = j.row ? j.row.target.span : locate(pair.plan, j.gold, pair.file);
    planSites.set(j, { sentence: sentenceAround(pair.plan, t), figure: t });
    const sites: Site[] = [];
    const o = j.row?.outcome;
    if (o) sites.push({ sentence: sentenceAround(pair.review, o.span), figure: o.span, quantity: o.quantitySpan });
    if (j.gold.outcome) {
      const g = locate(pair.review, { ...j.gold.outcome, id: `${j.gold.id} outcome` } as GoldItem, pair.file);
      sites.push({ sentence: sentenceAround(pair.review, g) });
    }
    reviewSites.set(j, sites);
  }
  return { pair, planReport, reviewReport, judged, right, planSites, reviewSites };
}

const touches = (edits: readonly Edit[], sentence: Span) => edits.some((e) => e.at < sentence[1] && e.at + e.del >= sentence[0]);

/** Whether a reworded row keeps the baseline's verdict and evidence. */
function keeps(before: Judged, after: Judged | undefined, mapPlan: (s: Span) => Span, mapReview: (s: Span) => Span): boolean {
  if (!after || after.verdict !== before.verdict || !!after.row !== !!before.row) return false;
  if (before.row && after.row && !overlaps(after.row.target.span, mapPlan(before.row.target.span))) return false;
  const o = before.row?.outcome;
  if (!o) return !after.row?.outcome;
  return !!after.row?.outcome && overlaps(after.row.outcome.span, mapReview(o.span));
}

function runFamily(base: Baseline, family: Family, tokenizer: Tokenizer): FamilyResult {
  const { pair } = base;
  const result: FamilyResult = { family: family.name, tested: 0, kept: 0, changes: [] };
  const none: Reworded = { text: '', edits: [], map: identity };
  const plan = family.sides.includes('plan') ? family.rewrite(pair.plan, [...base.planSites.values()]) : { ...none, text: pair.plan };
  const review = family.sides.includes('review') ? family.rewrite(pair.review, [...base.reviewSites.values()].flat()) : { ...none, text: pair.review };
  const tested = base.right.filter((j) => touches(plan.edits, base.planSites.get(j)!.sentence) || base.reviewSites.get(j)!.some((s) => touches(review.edits, s.sentence)));
  if (tested.length === 0) return result;
  const planReport = plan.edits.length ? parseReport(plan.text) : base.planReport;
  const reviewReport = review.edits.length ? parseReport(review.text) : base.reviewReport;
  const card = checkTargets(planReport, reviewReport, { tokenizer });
  // The gold quotes are located in the original texts and mapped into the reworded ones.
  const judged = judgeRows(card, pair, plan.map, review.map);
  for (const j of tested) {
    const k = base.judged.indexOf(j);
    const after = judged[k];
    result.tested++;
    if (keeps(j, after, plan.map, review.map)) result.kept++;
    else {
      const planSentence = base.planSites.get(j)!.sentence;
      const reviewSentence = base.reviewSites.get(j)!.find((site) => touches(review.edits, site.sentence))?.sentence;
      const context = reviewSentence ? review.text.slice(...review.map(reviewSentence)) : plan.text.slice(...plan.map(planSentence));
      result.changes.push({ file: pair.file, id: j.gold.id, quote: j.gold.quote, family: family.name, before: show(j), after: show(after), context: clip(context) });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Directional tests

const NUMBER = /(?<![\d.])\d+(?:\.\d+)?/;

/**
 * The review text with a met or missed row's outcome figure mirrored across the target's bound, so the
 * margin changes sign with magnitude ≥ max(|margin|, 20% of the bound); or the reason it cannot be.
 */
export function mirrorOutcome(review: string, row: ScoreRow): { edit: Edit; written: string } | string {
  const t = row.target;
  const o = row.outcome;
  if (!o || !row.margin) return 'no figure';
  // A target due after the plan year is met early or not due yet: a figure below its bound is no miss.
  if (row.reason.startsWith('done before its deadline')) return 'a target due later, met early';
  if (o.high !== null || t.high !== null && t.comparator !== 'range') return 'a range outcome';
  const reversed = t.direction !== 'level' && o.direction !== 'level' && t.direction !== o.direction;
  if (reversed) return 'outcome reported against the direction';
  const q = review.slice(...o.quantitySpan);
  const m = NUMBER.exec(q);
  if (!m) return 'no arabic number in the figure';
  const written = Number(m[0]);
  if (Math.abs(written - o.value) > 1e-9 * Math.max(1, written)) return 'the number written is not the value read';
  const [tf, tb] = splitUnit(t.unit);
  const [of, ob] = splitUnit(o.unit);
  const scale = tb === ob || tf === of ? of / tf : null;
  if (scale === null) return 'units not comparable';
  const ceiling = t.comparator === 'at_most' || (t.direction !== 'decrease' && isCeiling(t.indicator));
  const reference = ceiling && t.comparator === 'range' ? (t.high ?? t.value) : t.value;
  const y = written * scale;
  const margin = y - reference;
  if (Math.abs(margin - row.margin.value) > 0.011 + 1e-6 * Math.abs(reference)) return 'margin not reproduced';
  // Which way: against the margin's sign; at zero, out of the met side (below a floor, above a ceiling).
  const sign = margin !== 0 ? -Math.sign(margin) : row.verdict === 'met' ? (ceiling ? 1 : -1) : ceiling ? -1 : 1;
  let moved = reference + sign * Math.max(Math.abs(margin), 0.2 * Math.abs(reference));
  // A floor met many times over ('50个' against '5个'): mirrored it would fall below zero; half the bound is as clearly short.
  if (moved <= 0 && reference > 0) moved = reference / 2;
  let value = moved / scale;
  if (!(value > 0)) return 'the mirrored figure is not positive';
  const decimals = (m[0].split('.')[1] ?? '').length;
  value = Number(value.toFixed(Math.max(decimals, Math.abs(value) < 10 ? 2 : decimals)));
  const text = plain(value);
  return { edit: { at: o.quantitySpan[0] + m.index, del: m[0].length, ins: text }, written: text };
}

function runDirectional(base: Baseline, tokenizer: Tokenizer, into: DirectionalResult): void {
  const { pair } = base;
  for (const j of base.right) {
    if (!j.row || (j.verdict !== 'met' && j.verdict !== 'missed')) continue;
    const mirrored = mirrorOutcome(pair.review, j.row);
    if (typeof mirrored === 'string') {
      into.skipped++;
      into.skipReasons[mirrored] = (into.skipReasons[mirrored] ?? 0) + 1;
      continue;
    }
    const review = applyEdits(pair.review, [mirrored.edit]);
    const card = checkTargets(base.planReport, parseReport(review.text), { tokenizer });
    const after = judgeRows(card, pair, identity, review.map)[base.judged.indexOf(j)];
    const expected = j.verdict === 'met' ? 'missed' : 'met';
    into.tested++;
    if (after?.verdict === expected) into.flipped++;
    else {
      const [a, b] = review.map(sentenceAround(pair.review, j.row.outcome!.span));
      into.failures.push({ file: pair.file, id: j.gold.id, quote: j.gold.quote, family: `directional (outcome written ${mirrored.written})`, before: show(j), after: show(after), context: clip(review.text.slice(a, b)) });
    }
  }
}

// ---------------------------------------------------------------------------------------------------

/** The whole suite over the public gold pairs. */
export function runSuite(options: { tokenizer?: Tokenizer; families?: Family[]; directional?: boolean } = {}): SuiteResult {
  const started = Date.now();
  const tokenizer = options.tokenizer ?? chooseTokenizer();
  const families = options.families ?? FAMILIES;
  const results = families.map((f) => ({ family: f.name, tested: 0, kept: 0, changes: [] as Change[] }));
  const directional: DirectionalResult = { tested: 0, flipped: 0, skipped: 0, skipReasons: {}, failures: [] };
  let rightRows = 0;
  for (const pair of loadPairs()) {
    const base = baseline(pair, tokenizer);
    rightRows += base.right.length;
    families.forEach((f, k) => {
      const r = runFamily(base, f, tokenizer);
      results[k]!.tested += r.tested;
      results[k]!.kept += r.kept;
      results[k]!.changes.push(...r.changes);
    });
    if (options.directional !== false) runDirectional(base, tokenizer, directional);
  }
  const pooled = { tested: results.reduce((n, r) => n + r.tested, 0), kept: results.reduce((n, r) => n + r.kept, 0) };
  return { families: results, pooled, directional, rightRows, ms: Date.now() - started };
}

const rate = (kept: number, tested: number) => (tested ? (kept / tested).toFixed(3) : '  –  ');

export function formatSuite(s: SuiteResult): string {
  const lines: string[] = [];
  lines.push(`rewording invariance over ${s.rightRows} right rows of the public gold pairs`);
  lines.push(`${'family'.padEnd(84)} tested   kept   rate`);
  for (const r of s.families) lines.push(`${r.family.padEnd(84)} ${String(r.tested).padStart(6)} ${String(r.kept).padStart(6)}  ${rate(r.kept, r.tested)}`);
  lines.push(`${'pooled'.padEnd(84)} ${String(s.pooled.tested).padStart(6)} ${String(s.pooled.kept).padStart(6)}  ${rate(s.pooled.kept, s.pooled.tested)}`);
  const d = s.directional;
  lines.push(`\ndirectional (outcome mirrored across the target's bound): ${d.flipped}/${d.tested} flipped  ${rate(d.flipped, d.tested)}   (${d.skipped} met/missed rows not testable${d.skipped ? `: ${Object.entries(d.skipReasons).map(([why, n]) => `${n} ${why}`).join(', ')}` : ''})`);
  for (const r of s.families) {
    if (!r.changes.length) continue;
    lines.push(`\n${r.family}: rows that changed (${r.changes.length})`);
    for (const c of r.changes) lines.push(`  ${c.file} ${c.id} ${c.quote} | ${c.before} → ${c.after}\n      reworded: ${c.context}`);
  }
  if (d.failures.length) {
    lines.push(`\ndirectional: rows that did not flip (${d.failures.length})`);
    for (const c of d.failures) lines.push(`  ${c.file} ${c.id} ${c.quote} | ${c.family} | ${c.before} → ${c.after}\n      reworded: ${c.context}`);
  }
  lines.push(`\n${(s.ms / 1000).toFixed(1)} s`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { existsSync } = await import('node:fs');
  if (!existsSync(GOLD)) {
    console.error(`rewording: no gold annotations at ${GOLD}: npm run rewording expects the folder ../shared/gold next to this repository, or one named in DUIZHAO_GOLD`);
    process.exit(2);
  }
  console.log(formatSuite(runSuite()));
}
