/**
 * What a part of a work report does: `review` (an account of last year or five), `plan` (the targets and
 * tasks ahead), `government` (the government's work on itself), `other` (front matter, appendices).
 */
export type PartRole = 'review' | 'plan' | 'government' | 'other';

/**
 * The cues a part's role is read from, as data: each with the heading or sentence of a real report it
 * was seen in. No cue decides alone; `decide.ts` weighs them together.
 */
export interface Cue<T> {
  says: T;
  re: RegExp;
  weight: number;
  example: string;
  source: string;
  /**
   * A tense cue plans do not use ('一年来', '完成了', '历史性'): only these mark a paragraph of a plan part as
   * an account. '同比' and '取得' are not among them: targets are set as '同比增长21%' (hailar-2012) and
   * '高质量发展取得显著成效' (guangdong-2026).
   */
  only?: boolean;
}

/**
 * The heading of closing matter: appendices and a glossary, headed plainly ('附件1'), spaced out
 * ('名 词 解 释', fuping-2021) or set between marks ('※名词解释※', laishui-2021).
 */
export const CLOSING_MATTER = /^[※★☆◆■●\s]*(?:附件|名\s?词\s?解\s?释)/;

/**
 * Words of a part heading that name what the part does. '主要工作' names no role: it heads reviews and plans
 * alike. A plan is also headed '2020年总体思路' (shunping-2020), '今后五年任务目标' (shunping-2021),
 * '2010年发展目标和工作重点' (xushui-2010), '“十二五”时期经济社会发展的战略任务' (xushui-2011).
 */
export const HEADING_WORDS: ReadonlyArray<Cue<PartRole>> = [
  { says: 'review', re: /回顾/, weight: 2.5, example: '一、2024年工作回顾', source: 'beijing-2025.txt' },
  { says: 'review', re: /成就|成绩/, weight: 1.5, example: '一、2025年主要工作和“十四五”发展成就', source: 'zhejiang-2026.txt' },
  {
    says: 'plan',
    re: /安排|重点工作|工作重点|(?:重点|主要|目标|工作|战略)任务|任务目标|总体要求|预期目标|主要目标|总体部署|(?:工作|总体)思路|主要考虑|政策取向|规划纲要|工作建议/,
    weight: 2,
    example: '二、2025年工作总体要求和目标任务',
    source: 'jiangsu-2025.txt',
  },
  { says: 'plan', re: /展望/, weight: 2, example: '二、展望“十四五”，我们站在新的历史起点，意气风发、豪情满怀，…', source: 'laiyuan-2021.txt' },
  { says: 'government', re: /政府(?:自身)?建设|自身建设|政府治理|型政府/, weight: 5, example: '四、努力建设让人民满意的法治型服务型政府', source: 'hubei-2026.txt' },
  { says: 'other', re: CLOSING_MATTER, weight: 6, example: '附件1', source: 'guangdong-2025.txt' },
];

/**
 * Words that place a heading in time without a year: the past year or five, or the years ahead. The
 * same words open the passages they head, which is where most reports write them.
 */
export const HEADING_TIME: ReadonlyArray<Cue<'review' | 'plan'>> = [
  { says: 'review', re: /过去一年|一年来|去年/, weight: 3, example: '一、过去一年工作回顾', source: 'hailar-2012.txt' },
  { says: 'review', re: /过去五年|五年来|这五年/, weight: 2, example: '这五年，我们牢记嘱托、锚定蓝图', source: 'beijing-2026.txt' },
  { says: 'plan', re: /今年|新的一年/, weight: 3, example: '今年工作总的要求是', source: 'beijing-2025.txt' },
  { says: 'plan', re: /今后五年|未来五年/, weight: 2, example: '明确了今后五年经济社会发展的主要目标任务', source: 'national-2016.txt' },
];

/** What a heading's year says, against the report's plan year N. */
export const HEADING_YEAR = {
  /** '二、2025年工作安排' in the 2025 report. */
  planYear: { says: 'plan', weight: 3 },
  /** '一、2024年工作回顾' in the 2025 report; '一、2018年以来工作回顾' in beiguan-2019. */
  yearBefore: { says: 'review', weight: 3 },
  /** A year further back. */
  earlier: { says: 'review', weight: 2 },
  /** A year after the plan year: a goal ('到2035年'). */
  later: { says: 'plan', weight: 1 },
  /** A five-year plan that ended before the plan year ('“十三五”' in a 2021 report) or that holds it ('“十四五”'). */
  periodEnded: { says: 'review', weight: 2 },
  periodAhead: { says: 'plan', weight: 2 },
} as const;

/** Words of a sentence that report results (the past) or set tasks (the future). */
export const TENSE: ReadonlyArray<Cue<'past' | 'future'>> = [
  { says: 'past', re: /完成/g, weight: 1, example: '2014年，全区地区生产总值完成274.4亿元，同比增长9.1%', source: 'hailar-2015.txt' },
  { says: 'past', re: /实现/g, weight: 1, example: '实现城镇新增就业6790人', source: 'hailar-2017.txt' },
  // A figure with a bound is a target ('增长5%左右'), not a result.
  { says: 'past', re: /增长[0-9.]+%(?!左右|以上|以内|以下)/g, weight: 1, example: '地区生产总值增长5.3%', source: 'jiangsu-2026.txt' },
  { says: 'past', re: /达到/g, weight: 1, example: '设施农业种植面积达到14万亩', source: 'qingyuan-2023.txt' },
  { says: 'past', re: /取得/g, weight: 1, example: '改革开放取得新进展', source: 'hailar-2017.txt' },
  { says: 'past', re: /比上年|同比/g, weight: 1, example: '社会消费品零售总额完成149.2亿元，同比增长9.5%', source: 'hailar-2017.txt' },
  { says: 'past', re: /[成现得到]了/g, weight: 1, only: true, example: '较好地完成了年初确定的任务目标', source: 'qingyuan-2023.txt' },
  { says: 'past', re: /去年|过去一年|一年来|五年来|这五年/g, weight: 1, only: true, example: '一年来，我们抢机遇、上项目，协同发展实现新跨越', source: 'qingyuan-2023.txt' },
  {
    says: 'past',
    re: /过去|以来|迈上|迈出|跃上|跃升|显[著着]|举世瞩目|圆满|胜利|历史性|累计|顺利实现|全面建成|如期/g,
    weight: 1, only: true,
    example: '经济社会发展取得新的历史性成就；主要目标任务如期完成',
    source: 'national-2021.txt',
  },
  { says: 'future', re: /(?<![主重需纲摘必只])要(?![求素点害])/g, weight: 1, example: '今年要重点做好以下几方面工作', source: 'national-2021.txt' },
  { says: 'future', re: /将/g, weight: 1, example: '我们将坚持“小切口、大民生”', source: 'qingyuan-2022.txt' },
  { says: 'future', re: /力争/g, weight: 1, example: '力争引进亿元以上项目36家', source: 'beiguan-2019.txt' },
  { says: 'future', re: /加快/g, weight: 1, example: '加快建设经济强县、旅游城市、美丽涞源', source: 'laiyuan-2021.txt' },
  { says: 'future', re: /推动/g, weight: 1, example: '推动60%以上的县级特困供养机构三级达标', source: 'henan-2026.txt' },
  { says: 'future', re: /着力/g, weight: 1, example: '着力夯实发展基础', source: 'beiguan-2019.txt' },
  { says: 'future', re: /确保/g, weight: 1, example: '确保基本民生支出只增不减', source: 'national-2021.txt' },
  { says: 'future', re: /今年|新的一年/g, weight: 1, example: '做好今年工作意义重大', source: 'laiyuan-2021.txt' },
  { says: 'future', re: /到20\d\d年|目标|坚持|预期|必须|今后/g, weight: 1, example: '在此基础上再奋斗五年，到2035年实现首都功能服务保障能力…', source: 'beijing-2026.txt' },
];

/**
 * Words of the part about the government itself, when its heading is a slogan. Its discipline is said
 * in words of their own ('驰而不息纠“四风”', '深化整治形式主义、官僚主义', '用政府的“紧日子”…', shunping-2024).
 */
export const GOVERNMENT_WORDS: Cue<'government'> = {
  says: 'government',
  re: /政府自身建设|自身建设|依法行政|法治政府|服务型政府|廉洁|廉政|作风建设|政务公开|紧日子|人大代表建议|政协委员提案|四风|形式主义|官僚主义/g,
  weight: 1,
  example: '坚持依法行政，严格执行政府决策议事规则和工作程序',
  source: 'hailar-2017.txt',
};

/** Whether a heading names what its part does ('2024年工作回顾', '2025年工作安排', '全面加强政府自身建设'). */
export function namesPart(heading: string): boolean {
  return HEADING_WORDS.some((c) => c.re.test(heading));
}
