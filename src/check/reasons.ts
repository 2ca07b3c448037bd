import type { Margin } from './types.js';

/** Why a row has its verdict, in one line of English and one of Chinese. */
export interface Reason {
  en: string;
  zh: string;
}

/** Every reason a row can give, as data: the English and Chinese of each, with what varies filled in. */
export const REASONS = {
  notDue: (year: number | null): Reason =>
    year === null
      ? { en: 'not due yet: a target for a later year or a five-year period', zh: '尚未到期：目标期限晚于计划年度' }
      : { en: `not due yet: due ${year}`, zh: `尚未到期：${year}年到期` },
  doneEarly: (year: number, judged: Reason): Reason => ({ en: `done before its deadline (due ${year}); ${judged.en}`, zh: `提前完成（${year}年到期）；${judged.zh}` }),
  wordsOnly: (): Reason => ({ en: 'the review names the indicator in words only, without a figure', zh: '复盘仅以文字提及该指标，未给出数字' }),
  saysNotReached: (): Reason => ({ en: 'the review says in words that the target was not reached', zh: '复盘明言目标未能实现' }),
  itemsCounted: (named: string, judged: Reason): Reason => ({
    en: `the review counts the target's own items by name (${named}); ${judged.en}`,
    zh: `复盘以名称点数同一批事项（${named}）；${judged.zh}`,
  }),
  silent: (): Reason => ({ en: 'no figure or mention of this indicator in the review', zh: '复盘未提及该指标' }),
  otherKind: (): Reason => ({ en: 'the review gives a figure of another kind for this indicator (a level, not a rate, or the reverse)', zh: '复盘给出该指标的另一类数字（总量而非增速，或相反），无法比较' }),
  otherStage: (): Reason => ({ en: 'the review counts the works at another stage (started against finished)', zh: '复盘统计的是另一阶段（开工与建成）的数字，无法比较' }),
  broader: (): Reason => ({ en: 'the review gives a figure for a broader set that holds the target', zh: '复盘给出的是包含该目标的更大范围的数字' }),
  uncertainLink: (p: number, would: 'met' | 'missed'): Reason => ({
    en: `the link is uncertain (probability ${p.toFixed(2)}): the figure would have it ${would}, but may be of another indicator`,
    zh: `关联不确定（概率${p.toFixed(2)}）：按该数字为${would === 'met' ? '完成' : '未完成'}，但可能不是同一指标`,
  }),
  multiYear: (): Reason => ({ en: 'the review gives a multi-year figure, not the plan year alone', zh: '复盘给出的是多年数字，不是计划年度的' }),
  atExclusiveBound: (margin: Margin): Reason => ({
    en: `the review gives exactly the figure the target was to exceed (超过): a rounded figure tells neither; ${margin.text}`,
    zh: `复盘数字恰为目标须超过的数值，四舍五入后无法判断；${margin.text}`,
  }),
  notComparable: (target: string, outcome: string): Reason => ({ en: `not comparable: ${target} against ${outcome}`, zh: `无法比较：${target}与${outcome}` }),
  /** The floor's reason, then how the stretch ('力争达到6%') fared. */
  withStretch: (floor: Reason, floorMet: boolean, stretchMet: boolean, stretch: string): Reason =>
    floorMet
      ? stretchMet
        ? { en: `met the floor and the stretch (${stretch}); ${floor.en}`, zh: `达到下限和力争目标（${stretch}）；${floor.zh}` }
        : { en: `met the floor, missed the stretch (${stretch}); ${floor.en}`, zh: `达到下限，未达力争目标（${stretch}）；${floor.zh}` }
      : { en: `missed the floor and the stretch (${stretch}); ${floor.en}`, zh: `未达下限和力争目标（${stretch}）；${floor.zh}` },
  judged: (reading: 'floor' | 'ceiling' | 'cut', margin: Margin): Reason => {
    const en = { floor: 'a floor: higher is better', ceiling: 'a ceiling: lower is better', cut: 'a cut: a larger fall is better' }[reading];
    const zh = { floor: '下限目标，越高越好', ceiling: '上限目标，越低越好', cut: '降幅目标，降得越多越好' }[reading];
    return { en: `${en}; ${margin.text}`, zh: `${zh}；${margin.text}` };
  },
} as const;
