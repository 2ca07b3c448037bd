import type { Span } from '../report/span.js';
import type { Comparator, Direction, Modality, QuantityKind } from '../quantity/types.js';

/**
 * What kind of measure a figure is: a rate of growth or fall ('增长6%'), a share or rate at a level
 * ('城镇化率60%'), a count of things ('20个'), an amount of money ('2400亿元'), a duration ('30年'), or
 * another level ('29万公里', '2.5倍').
 */
export type Measure = 'growth' | 'share' | 'count' | 'amount' | 'duration' | 'level';
/**
 * The period a figure covers: the plan year alone, several years summed or averaged ('“十四五”期间',
 * '年均增长'), a running total ('累计新增'), or the level at the end of a multi-year period ('突破1万公里').
 */
export type Period = 'year' | 'multi-year' | 'cumulative' | 'end-of-period';

/** What a figure measures. */
export interface Subject {
  /** The indicator as compared: synonyms folded, filler dropped ('全省生产总值' → '生产总值'); for a name that
   * is only a verb ('打造5个…'), the noun after the figure ('五好两宜和美乡村片'). */
  name: string;
  /** Its head: the end of the name, where a Chinese noun phrase puts its noun ('总值'). */
  head: string;
  /** Modifiers that make it another indicator ('海洋' in '海洋生产总值', '中央' in '中央财政赤字'). */
  modifiers: string[];
  /** The words before the figure are only a verb ('打造', '保持'): the subject was read after it. */
  verbOnly: boolean;
  /** The figure's own words name only money or a kind of thing ('投资'): the subject was read in the clause before. */
  borrowed: boolean;
}

/** A figure read once, where it is extracted, for every comparison downstream (the bound is the figure's comparator). */
export interface Frame {
  subject: Subject;
  measure: Measure;
  /** The unit of what is measured: as written, or with the base a subject of people implies ('人口超过240万' → '万人'). */
  unit: string;
  /** What was done in the period (built, added, trained), as against a stock at its end. */
  flow: boolean;
  /** The words before the figure say it is the level reached ('达到112家', '增至18.8万个', '总数达1136个'): a stock. */
  reached: boolean;
  period: Period;
  /** The stage of the works a count or level counts ('开工5200套' start, '基本建成3000套' finish), or null. */
  stage: Stage | null;
  /** The words around the figure, read once here so that linking compares them without re-reading the sentence. */
  words: FrameWords;
  /** Years named in the figure's clause up to the figure ('力争2027年建成…': [2027]). */
  years: number[];
}

/** Works counted at their start ('启动', '开工') or at their end ('建成', '完成'). */
export type Stage = 'start' | 'finish';

/** The words of a figure's sentence that linking compares, as normalized. */
export interface FrameWords {
  /** The words before the figure in its evidence ('城镇调查失业率平均为'). */
  before: string;
  /** The whole clause before the figure, words of an earlier figure in it included ('三级公立医院提前两周向基层投放'). */
  clauseBefore: string;
  /** The whole clause holding the figure: a shared noun may follow it ('50个地铁站和…周边非机动车停放治理'). */
  clause: string;
  /** The words right after the figure, up to the clause's end or the next figure ('个“五好两宜”和美乡村片区' unquoted). */
  after: string;
}

/** The sentence a figure was read from. */
export interface Evidence {
  span: Span;
  text: string;
}

interface Figure {
  id: string;
  /** The indicator words, number and qualifiers: `text === input.slice(...span)`. */
  text: string;
  span: Span;
  /** The noun phrase the figure measures, normalized ('地区生产总值', '新建农村垃圾中转站'). */
  indicator: string;
  value: number;
  high: number | null;
  unit: string;
  kind: QuantityKind;
  comparator: Comparator;
  /** False only for bounds that exclude their value (超过): '超6.1万家' says more than 6.1万. */
  inclusive: boolean;
  direction: Direction;
  /** The heading of the innermost section holding the figure (the part's heading outside sections). */
  section: string;
  /** 'multi-year' when the figure stands in a part about a five-year period ('“十四五”时期主要目标任务'). */
  horizon: 'year' | 'multi-year';
  sentence: Evidence;
  /** The figure alone ('6%以上'): `input.slice(...quantitySpan)`. */
  quantitySpan: Span;
  /** The figure read as a frame: subject, measure, flow or stock, period. */
  frame: Frame;
  /** The same as normalized for matching (no layout breaks, half-width, simplified), with where the figure stands in each. */
  clean: CleanFigure;
}

export interface CleanFigure {
  /** The evidence (`text`) as normalized. */
  text: string;
  /** The sentence as normalized. */
  sentence: string;
  /** The figure as normalized ('6%以上'). */
  figure: string;
  /** Offsets of the figure in `text` and in `sentence`. */
  figureInText: number;
  figureInSentence: number;
}

/** A quantified commitment of a plan part. */
export interface Target extends Figure {
  /** A higher figure the plan strives for beyond the floor ('增长5.5%以上、力争达到6%': 6%), with its evidence. */
  stretch?: { value: number; unit: string; text: string; span: Span };
  modality: Modality;
  /** The id of an earlier target this sentence only repeats ('经济增长预期目标6.5%－7%，考虑了…'). */
  repeatOf: string | null;
}

/** A quantified result of a review part. */
export interface Outcome extends Figure {
  /** An estimate the next report may revise (预计, 初步核算). */
  preliminary: boolean;
}

export interface Extraction {
  targets: Target[];
  outcomes: Outcome[];
}
