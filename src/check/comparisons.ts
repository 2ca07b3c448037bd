/**
 * A target and a review figure compared field by field, the way record linkage compares two records
 * (Fellegi and Sunter; Splink's comparison levels): each comparison gives one level, and each level a
 * weight estimated from the gold (model.ts). Nothing here decides a link; only another kind of figure or
 * another measure (money against a count, a share against a volume) rules one out (`comparable`).
 */
import type { Outcome, Target } from '../extract/types.js';
import { bareName, canonical, namesNoIndicator } from '../lexicon/indicators.js';
import { inTargetUnit, splitUnit, unitMeasured, countSameThings } from '../quantity/units.js';
import { coversMore, differentIndicators, indicatorSimilarity, keepsModifiers, longestSharedRun, namesAnotherThing, namesHeadItself, sharesOnlyGeneric, subjectSimilarity } from './indicators.js';
import type { Rarity } from './rarity.js';

/** Every comparison and its levels, most alike first. */
export const COMPARISONS = {
  /** How alike the names are, synonyms folded and filler dropped: the same bare name, or a likeness band. */
  name: ['exact', 'contained', 'close', 'near', 'far', 'none'],
  /** How much of the target's name, weighed by the rarity of its character pairs in the two reports, the figure's clause holds. */
  rare: ['all', 'most', 'some', 'few'],
  /** Whether the figure's words name the head noun of the target's subject as itself ('…中心' is not '…中心城区'). */
  head: ['named', 'not-named'],
  /** Whether the figure's words keep every modifier that makes the target's indicator another one ('中央' of 中央财政赤字). */
  modifiers: ['kept', 'missing'],
  /** Whether the two names are other indicators by their modifiers or heads ('城镇登记失业率' and '城镇调查失业率'). */
  differs: ['no', 'modifier', 'another-thing'],
  /**
   * Whether all the names share is a generic word ('项目', '工程') or one character; apart, a target whose name is
   * only a kind of thing and borrows no subject ('8个项目…'), which no figure can name.
   */
  generic: ['no', 'only-generic', 'target-names-nothing'],
  /**
   * The base units: the same, two counting words for one kind of thing ('部', '台'), or others; others apart when
   * the target's name is too short to say what it counts, so that its unit is all that does ('完成4000户的改造任务'
   * is not answered by '29个老旧小区…改造').
   */
  unit: ['same', 'convertible', 'other', 'other-for-short-name'],
  /**
   * How the figure's value compares with the target's, in the target's unit: within ten times either way, or
   * beyond (a stock of 4808万亩 for a year's 300万亩). Coarse on purpose: how near the value is must not decide
   * the link, or a figure would link better the nearer it comes to meeting its target.
   */
  magnitude: ['within-10x', 'beyond-10x', 'opposite-sign', 'incomparable'],
  /** The period the review's figure covers. */
  period: ['year', 'end-of-period', 'multi-year', 'cumulative'],
  /**
   * A year's flow (built, added) against a stock at the year's end, or the reverse; a stock the review says is
   * the level reached ('规模以上工业企业达到112家') apart from one that only lacks the verb ('城中村6万户').
   */
  flow: ['same', 'stock-for-flow', 'level-for-flow', 'flow-for-stock'],
  /** Whether the figure stands in the review passage aligned with the target's section. */
  passage: ['aligned', 'elsewhere'],
  /** Works counted at the same stage, or one started and the other finished. */
  stage: ['same', 'other'],
  /** Whether the figure counts a broader set holding the target's ('市级以上' for '省级', a list of kinds). */
  breadth: ['same', 'broader'],
  /** For a target named by a verb alone ('打造5个…'): whether the figure's words share the noun after its figure. */
  noun: ['not-a-verb', 'shared', 'not-shared'],
  /** How specific the target's name is: a short or verb-only name ('改造') says little by itself. */
  specific: ['yes', 'short'],
  /**
   * Among the target's candidates, whether the figure's name is the likest, or close behind; only for a name at
   * least near (the best of unlike names says nothing).
   */
  rank: ['best', 'near-best', 'other'],
  /** Among the targets the figure is a candidate for, whether this target's name is the likest to it (a name at least near). */
  mutual: ['best', 'other'],
} as const;

export type Field = keyof typeof COMPARISONS;

/**
 * Levels that make a link impossible by what the names say: a modifier that makes the target's indicator
 * another one is missing ('财政赤字' for '中央财政赤字'); the figure's name holds the target's whole and goes on
 * with a head of its own ('美丽乡村示范区' is a 示范区, not a 美丽乡村); a name too short to say what it counts, so
 * that only its unit does, against a figure in another unit ('完成65条…' and '完成1.8万户'); what the year adds against
 * a figure its words say is the level reached ('新增设施农业1.04万亩' and '设施农业种植面积达到2.4万亩'); a target whose name
 * is only a kind of thing ('8个项目', qingyuan-2023), which names no indicator. The model adds the
 * levels no gold link has shown in many tries (model.ts).
 */
export const IMPOSSIBLE: readonly string[] = ['modifiers=missing', 'differs=another-thing', 'unit=other-for-short-name', 'flow=level-for-flow', 'generic=target-names-nothing'];

/**
 * The comparisons whose levels run from most alike to least: a level's weight is never below the next one's
 * (model.ts fits them so), which keeps a few odd examples from ranking a closer name below a farther one.
 */
export const ORDERED: ReadonlySet<Field> = new Set<Field>(['name', 'rare', 'head', 'modifiers', 'generic', 'unit', 'passage', 'stage', 'breadth', 'specific', 'rank', 'mutual']);
export type Level<F extends Field = Field> = (typeof COMPARISONS)[F][number];
export type Levels = { [F in Field]: Level<F> };
export const FIELDS = Object.keys(COMPARISONS) as Field[];

// Name likeness bands (0–1, indicators.ts): a name held whole scores 0.9 or more.
const CONTAINED = 0.9;
const CLOSE = 0.75;
const NEAR = 0.55;
const FAR = 0.3;
// Shares of a name's rarity-weighed character pairs.
const ALL = 0.85;
const MOST = 0.6;
const SOME = 0.3;
// Values more than ten times apart measure different things.
const TEN_TIMES = 10;
// A name this short ('改造', '征收') does not say which indicator it is.
const SHORT_NAME = 2;
// A target named by a verb alone is named by a figure sharing this much of the noun after its figure.
const NOUN_AFTER_SHARED = 2;

/**
 * What a target's name is compared by: its own words, or, when they are only money or a kind of thing
 * ('实现产值2亿元'), the subject its clause borrows ('年内入园企业达到7家，…' → 入园企业产值).
 */
export const namedBy = (figure: Target | Outcome) => (figure.frame.subject.borrowed ? figure.frame.subject.name : figure.indicator);

/** Whether a figure could report on a target at all: the same kind of figure and the same measure. */
export function comparable(target: Target, outcome: Outcome): boolean {
  return target.kind === outcome.kind && target.frame.measure === outcome.frame.measure;
}

/** An outcome's name joined with the words before it, and with its clause folded (canonical). */
interface OutcomeWords {
  withBefore: string;
  clauseFolded: string;
}

// Every target is compared with the same outcomes: their words are joined once per outcome, not per comparison
// (and one string, met again, is found at once in the folding memo).
const outcomeWords = new WeakMap<Outcome, OutcomeWords>();

function wordsOf(outcome: Outcome): OutcomeWords {
  let out = outcomeWords.get(outcome);
  if (!out) {
    const { before, clause } = outcome.frame.words;
    out = { withBefore: `${outcome.indicator}${before}`, clauseFolded: canonical(`${outcome.indicator}${clause}`) };
    outcomeWords.set(outcome, out);
  }
  return out;
}

/** The likeness of the names (0–1): the best of the figure's name, its words before it, and its subject. */
export function nameLikeness(target: Target, outcome: Outcome): number {
  const named = namedBy(target);
  const { clauseBefore } = outcome.frame.words;
  return Math.max(
    indicatorSimilarity(named, outcome.indicator),
    indicatorSimilarity(named, wordsOf(outcome).withBefore),
    indicatorSimilarity(named, clauseBefore),
    subjectSimilarity(target.frame.subject.name, outcome.frame.subject.name),
  );
}

function nameLevel(target: Target, outcome: Outcome, likeness: number): Level<'name'> {
  // Names that borrow their subject ('实施道路改造工程，投资1.5亿元') are compared by it, not by their '投资'.
  const name = bareName(namedBy(target));
  if (name.length >= 2 && name === bareName(namedBy(outcome))) return 'exact';
  return likeness >= CONTAINED ? 'contained' : likeness >= CLOSE ? 'close' : likeness >= NEAR ? 'near' : likeness >= FAR ? 'far' : 'none';
}

function rareLevel(target: Target, outcome: Outcome, rarity: Rarity): Level<'rare'> {
  const share = rarity.shared(bareName(namedBy(target)), wordsOf(outcome).clauseFolded);
  return share >= ALL ? 'all' : share >= MOST ? 'most' : share >= SOME ? 'some' : 'few';
}

function unitLevel(target: Target, outcome: Outcome): Level<'unit'> {
  const t = splitUnit(unitMeasured(target))[1];
  const o = splitUnit(unitMeasured(outcome))[1];
  if (t === o) return 'same';
  if (countSameThings(t, o) || inTargetUnit(target, outcome) !== null) return 'convertible';
  return specificLevel(target) === 'short' ? 'other-for-short-name' : 'other';
}

const specificLevel = (target: Target): Level<'specific'> => (target.frame.subject.verbOnly || bareName(target.indicator).length <= SHORT_NAME ? 'short' : 'yes');

function magnitudeLevel(target: Target, outcome: Outcome): Level<'magnitude'> {
  const y = inTargetUnit(target, outcome);
  if (y === null) return 'incomparable';
  const x = target.value;
  if (x === 0 || y === 0 || Math.sign(x) !== Math.sign(y)) return 'opposite-sign';
  const ratio = y / x;
  return ratio <= TEN_TIMES && ratio >= 1 / TEN_TIMES ? 'within-10x' : 'beyond-10x';
}

function flowLevel(target: Target, outcome: Outcome): Level<'flow'> {
  // A rate of what is added ('新增市场主体增长率') is a rate like any other.
  if (target.frame.measure === 'growth' || target.frame.flow === outcome.frame.flow) return 'same';
  if (!target.frame.flow) return 'flow-for-stock';
  return outcome.frame.reached ? 'level-for-flow' : 'stock-for-flow';
}

function nounLevel(target: Target, outcome: Outcome): Level<'noun'> {
  if (!target.frame.subject.verbOnly) return 'not-a-verb';
  const { clauseBefore, after } = outcome.frame.words;
  return longestSharedRun(target.frame.subject.name, `${clauseBefore}，${after}`) >= NOUN_AFTER_SHARED ? 'shared' : 'not-shared';
}

function differsLevel(target: Target, outcome: Outcome): Level<'differs'> {
  if (differentIndicators(target.indicator, outcome.indicator)) return 'modifier';
  return namesAnotherThing(target.indicator, outcome.indicator) ? 'another-thing' : 'no';
}

function genericLevel(target: Target, outcome: Outcome): Level<'generic'> {
  const named = namedBy(target);
  if (namesNoIndicator(named)) return 'target-names-nothing';
  const { before, clauseBefore } = outcome.frame.words;
  return sharesOnlyGeneric(named, [outcome.indicator, before, clauseBefore]) ? 'only-generic' : 'no';
}

/** Whether works are counted at different stages ('启动…8家' and '5家…完成'). */
export function otherStage(target: Target, outcome: Outcome): boolean {
  const t = target.frame.stage;
  const o = outcome.frame.stage;
  return t !== null && o !== null && t !== o;
}

/** The comparisons of a pair alone; `rank` and `mutual` compare it with the other candidates (`ranked`). */
type OwnLevels = Omit<Levels, 'rank' | 'mutual'>;

/**
 * Blocking: a figure is a candidate for a target only when their names have something in common, a likeness
 * or some of the target name's rare character pairs. The rest are never links and would only teach the
 * model what unrelated figures look like.
 */
export function blocked(levels: Pick<OwnLevels, 'name' | 'rare'>): boolean {
  return levels.name === 'none' && levels.rare === 'few';
}

// Likenesses this close are tied ('地方公共财政预算收入' and '公共财政预算收入' for '公共财政预算收入' both rank first, and
// the period decides); this close to the best, a near second.
const TIED = 0.05;
const NEAR_BEST = 0.1;

/** The candidates of every target with their standing among the others: for the target, and for the figure. */
export function ranked<C extends { outcome: number; likeness: number; levels: OwnLevels }>(byTarget: readonly C[][]): Array<Array<C & { levels: Levels }>> {
  const bestForFigure = new Map<number, number>();
  for (const cs of byTarget) for (const c of cs) bestForFigure.set(c.outcome, Math.max(bestForFigure.get(c.outcome) ?? 0, c.likeness));
  return byTarget.map((cs) => {
    const best = Math.max(0, ...cs.map((c) => c.likeness));
    return cs.map((c) => ({
      ...c,
      levels: {
        ...c.levels,
        rank: c.likeness < NEAR ? 'other' : c.likeness >= best - TIED ? 'best' : c.likeness >= best - NEAR_BEST ? 'near-best' : 'other',
        mutual: c.likeness >= NEAR && c.likeness >= bestForFigure.get(c.outcome)! ? 'best' : 'other',
      },
    }));
  });
}

/** A target and a comparable figure compared on every field of its own, or null when blocking rules the pair out. */
export function compare(target: Target, outcome: Outcome, inAlignedPassage: boolean, rarity: Rarity): { levels: OwnLevels; likeness: number } | null {
  const likeness = nameLikeness(target, outcome);
  const named = { name: nameLevel(target, outcome, likeness), rare: rareLevel(target, outcome, rarity) };
  // The names first: most pairs are ruled out there, before the costlier comparisons.
  if (blocked(named)) return null;
  const { clause } = outcome.frame.words;
  const { subject } = target.frame;
  const levels: OwnLevels = {
    ...named,
    head: namesHeadItself(canonical(`${outcome.indicator}${clause}`), subject.head) ? 'named' : 'not-named',
    modifiers: keepsModifiers(subject.modifiers, `${outcome.indicator}${clause}`) ? 'kept' : 'missing',
    differs: differsLevel(target, outcome),
    generic: genericLevel(target, outcome),
    unit: unitLevel(target, outcome),
    magnitude: magnitudeLevel(target, outcome),
    period: outcome.frame.period,
    flow: flowLevel(target, outcome),
    passage: inAlignedPassage ? 'aligned' : 'elsewhere',
    stage: otherStage(target, outcome) ? 'other' : 'same',
    breadth: coversMore(target.indicator, outcome.indicator) ? 'broader' : 'same',
    noun: nounLevel(target, outcome),
    specific: specificLevel(target),
  };
  return { levels, likeness };
}
