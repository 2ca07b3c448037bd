import type { PartRole } from './types.js';

// Each role's cue words, as they appear in the part headings of national, provincial and district reports.
// '三、全面加强政府建设', '六、切实加强政府自身建设', '四、深入推进政府治理创新', '…法治型服务型政府'
const GOVERNMENT = /政府(?:自身)?建设|自身建设|政府治理|型政府/;
const CUES: ReadonlyArray<{ role: PartRole; re: RegExp }> = [
  // '一、2024年工作回顾', '2025年主要工作和“十四五”发展成就', '…发展主要成绩'
  { role: 'review', re: /回顾|主要工作|成就|成绩/g },
  // '二、2019 年工作安排', '总体要求', '主要目标任务', '总体部署', '主要考虑', '政策取向', '…规划纲要…的说明'
  {
    role: 'plan',
    re: /安排|重点工作|总体要求|预期目标|主要目标|目标任务|重点任务|主要任务|工作任务|总体部署|工作思路|主要考虑|政策取向|规划|工作建议/g,
  },
  // Closing matter: '附件1', '名词解释'
  { role: 'other', re: /^(?:附件|名词解释)/g },
];

/**
 * The role a heading names, or null when it names none ('三、把改革开放扎实推向纵深').
 * When cues of two roles meet ('“十三五”时期发展成就和“十四五”时期主要目标任务') the one read last
 * wins: such a heading leads from the past to what the part is about.
 */
export function roleFromHeading(heading: string): PartRole | null {
  if (GOVERNMENT.test(heading)) return 'government';
  let best: { role: PartRole; at: number } | null = null;
  for (const { role, re } of CUES) {
    for (const m of heading.matchAll(re)) {
      if (!best || m.index >= best.at) best = { role, at: m.index };
    }
  }
  return best?.role ?? null;
}

// What a part says when its heading names no role: plans speak of what is to be done, reviews of what was.
const PLAN_WORDS = /要|将|今年|力争|确保|加快|推动|着力/g;
const REVIEW_WORDS = /去年|过去|一年来|取得|实现了|完成了|增长了|下降了/g;

/** The role of a part from its wording, for headings with no cue: tasks are plans, accounts are reviews. */
export function roleFromContent(text: string): PartRole {
  const plan = text.match(PLAN_WORDS)?.length ?? 0;
  const review = text.match(REVIEW_WORDS)?.length ?? 0;
  return plan >= 2 * review ? 'plan' : 'review';
}

/** True when a heading names both a review and a plan ('“十三五”时期发展成就和“十四五”时期主要目标任务'). */
export function namesReviewAndPlan(heading: string): boolean {
  const roles = new Set(CUES.flatMap(({ role, re }) => (heading.match(re) ? [role] : [])));
  return roles.has('review') && roles.has('plan');
}

// '“十四五”时期', '十五五发展的主要考虑', '第十五个五年规划纲要': a five-year period, not one year.
const FIVE_YEARS = /[十][一二三四五六七八九]五|五年规划|规划纲要|五年来|过去五年/;

/** Whether a heading is about a five-year period rather than one year. */
export function horizonOf(heading: string): 'year' | 'multi-year' {
  return FIVE_YEARS.test(heading) && !/(?:19|20)\d\d年(?:工作|重点|主要)/.test(heading) ? 'multi-year' : 'year';
}
