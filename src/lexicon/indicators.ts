import { alternation, escaped, guardedAlternation, type Guarded, type Words } from './entry.js';
import { FIVE_YEAR_PLAN, WHOLE_SCOPE } from './figures.js';

/** One indicator's names: the first is the name compared; `whole` names count only as the whole name. */
interface Synonyms extends Words {
  whole?: readonly string[];
}

/**
 * Which indicator a figure measures, compared across reports. Synonyms and short forms are data:
 * each group lists the ways reports name one indicator, the first being the name used to compare.
 */
const SYNONYM_GROUPS: readonly Synonyms[] = [
  // 经济 the whole name only ('经济增长5.5%左右' reads as 经济 once 增长 is taken as the verb).
  { words: ['生产总值', '国内生产总值', '地区生产总值', 'GDP', '经济增长', '经济增速', '经济总量'], whole: ['经济'], example: '经济增长5.5%左右', source: 'hubei-2026.txt' },
  { words: ['规上工业增加值', '规模以上工业增加值'], example: '规模以上工业增加值增长18%', source: 'xushui-2010.txt' },
  { words: ['社会消费品零售总额', '社零'], example: '社会消费品零售总额增长5.6%', source: 'henan-2026.txt' },
  { words: ['居民消费价格', 'CPI', '物价'], example: '居民消费价格涨幅2%左右', source: 'henan-2025.txt' },
  { words: ['城镇调查失业率', '调查失业率'], example: '城镇调查失业率4.6%', source: 'jiangsu-2026.txt' },
  { words: ['一般公共预算收入', '地方一般公共预算收入'], example: '地方一般公共预算收入增长2%', source: 'sichuan-2026.txt' },
  { words: ['固定资产投资', '固投'], example: '固定资产投资增长7%', source: 'henan-2025.txt' },
  { words: ['货物进出口总额', '进出口总额', '外贸进出口'], example: '外贸进出口增长5%左右', source: 'laishui-2021.txt' },
  { words: ['居民人均可支配收入', '人均可支配收入'], example: '居民人均可支配收入29792元', source: 'beiguan-2019.txt' },
  { words: ['研发经费投入强度', '研发投入强度'], example: '研发投入强度达3.6%', source: 'guangdong-2026.txt' },
  { words: ['单位国内生产总值能耗', '单位地区生产总值能耗', '单位GDP能耗'], example: '单位地区生产总值能耗下降2%左右', source: 'jiangsu-2025.txt' },
  { words: ['造林', '营造林', '植树造林'], example: '完成营造林10万亩', source: 'fuping-2022.txt' },
  // '易地搬迁脱贫200万人以上' (national-2016) is reported as '易地扶贫搬迁人口超过240万' (national-2017);
  // '易地搬迁后续扶持' and '易地扶贫搬迁后续…' name one programme.
  { words: ['易地扶贫搬迁', '易地搬迁脱贫', '易地搬迁扶贫', '易地搬迁'], example: '其中易地搬迁脱贫200万人以上', source: 'national-2016.txt' },
  // The 2023 renaming: '新增市场主体增长率' (qingyuan-2023), '经营主体净增98万户' (guangdong-2025).
  { words: ['经营主体', '市场主体'], example: '经营主体净增98万户、突破1900万户', source: 'guangdong-2025.txt' },
];

/** The groups as lists of names, a whole-name-only one marked '=' ('=经济'). */
export const INDICATOR_SYNONYMS: ReadonlyArray<readonly string[]> = SYNONYM_GROUPS.map((g) => [...g.words, ...(g.whole ?? []).map((w) => `=${w}`)]);

// One act said in many words: a name's words that match a pattern fold to the pattern's name.
// Tax and fee cuts, whoever they are said to be for (not 为基层减负, less paperwork):
// '为经营主体减负2500亿元以上' (zhejiang-2025) ↔ '全年为企业减负超3300亿元' (zhejiang-2026);
// '减轻企业和个人负担5000多亿元' (national-2016) ↔ '降低企业税负5700多亿元' (national-2017);
// '减税降费及退税超1500亿元' (beijing-2025), '全年累计减税降费2.5亿元' (laiyuan-2022).
const CUT_FOR: Guarded = { words: ['为'], unless: ['基层'], example: '为经营主体减负2500亿元以上', source: 'zhejiang-2025.txt' };
const TAX_CUTS: Words = { words: ['减税降费', '减负'], example: '减税降费及退税超1500亿元', source: 'beijing-2025.txt' };
/** A cut said around whose burden it lightens, the burden at most `within` characters after the verb. */
const BURDEN_CUTS: ReadonlyArray<Words & { burden: string; within: number }> = [
  { words: ['减轻'], burden: '负担', within: 8, example: '减轻企业和个人负担5000多亿元', source: 'national-2016.txt' },
  { words: ['降低'], burden: '税负', within: 6, example: '降低企业税负5700多亿元', source: 'national-2017.txt' },
];
const CJK = '[\\u4e00-\\u9fff]';
const BURDEN_CUT = BURDEN_CUTS.map((b) => `${alternation([b])}${CJK}{0,${b.within}}${escaped(b.burden)}`);
// Whom a cut is for takes at most six characters ('为经营主体'); bounded gaps keep the pattern linear.
const TAX_CUT = new RegExp(`(?:${guardedAlternation([CUT_FOR])}${CJK}{1,6})?(?:${[alternation([TAX_CUTS]), ...BURDEN_CUT].join('|')})`, 'g');
export const INDICATOR_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [[TAX_CUT, TAX_CUTS.words[0]!]];

// Scope and filler words that differ between a promise and its account without changing the indicator.
// '总' joins as often as it parts: '通车总里程' and '通车里程' are one length; in 总值, 总额, 总量 it is part of the head.
const TOTAL: Guarded = { words: ['总'], unless: ['值', '额', '量'], example: '全省通车总里程突破1万公里', source: 'sichuan-2025.txt' };
const FILLER_WORDS: readonly Words[] = [
  { words: ['拟安排', '安排'], example: '今年拟安排财政赤字13500亿元', source: 'national-2014.txt' },
  ...WHOLE_SCOPE,
  { words: ['全年', '年度', '累计', '共计', '其中'], example: '全年累计减税降费2.5亿元', source: 'laiyuan-2022.txt' },
  { words: ['同比', '预计', '实际'], example: '预计全市地区生产总值增长5.2%左右', source: 'beijing-2025.txt' },
  { words: ['完成', '实现', '达到', '新增'], example: '实现城镇新增就业6790人', source: 'hailar-2017.txt' },
  { words: ['开展', '实施', '推动', '推进', '加快', '加强', '建设'], example: '支持革命老区、民族地区加快发展，加强边疆地区建设', source: 'national-2021.txt' },
  { words: ['提升', '提高', '持续', '继续'], example: '继续提高城乡低保水平', source: 'national-2015.txt' },
];
/** Quotes, the list mark and the words that join a name's parts. */
const NAME_MARKS: Words = { words: ['“', '”', '、', '和', '的'], example: '打造5个“五好两宜”和美乡村片区', source: 'shanghai-2025.txt' };
export const FILLER = new RegExp(`${guardedAlternation([TOTAL])}|${alternation([...FILLER_WORDS, NAME_MARKS])}`, 'g');
const MARK = new RegExp(alternation([NAME_MARKS]), 'g');

// Every spelling, the canonical ones included, so that a longer name is never cut up by a shorter one
// ('单位国内生产总值能耗' stays whole instead of yielding '国内生产总值').
const VARIANTS: ReadonlyArray<[variant: string, name: string]> = SYNONYM_GROUPS.flatMap((g) => g.words.map((v) => [v, g.words[0]!] as [string, string])).sort((x, y) => y[0].length - x[0].length);
const WHOLE_NAMES = new Map(SYNONYM_GROUPS.flatMap((g) => (g.whole ?? []).map((w) => [w, g.words[0]!] as const)));

// Names are compared pairwise (every target with every outcome): each is normalized once. The memo is
// emptied when it grows past a bound, so a long-running process keeps no more than this many names.
const MEMO_SIZE = 10_000;

export function memoized<T>(fn: (name: string) => T): (name: string) => T {
  const memo = new Map<string, T>();
  return (name) => {
    let out = memo.get(name);
    if (out === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      out = fn(name);
      memo.set(name, out);
    }
    return out;
  };
}

/** The indicator with its synonyms folded to one name, longest variant first: '规模以上工业增加值' → '规上工业增加值'. */
export const canonical = memoized(canonicalOf);

function canonicalOf(written: string): string {
  const whole = WHOLE_NAMES.get(written);
  if (whole) return whole;
  const name = INDICATOR_PATTERNS.reduce((text, [pattern, folded]) => text.replace(pattern, folded), written);
  let out = '';
  for (let i = 0; i < name.length; ) {
    const hit = VARIANTS.find(([v]) => name.startsWith(v, i));
    out += hit ? hit[1] : name[i];
    i += hit ? hit[0].length : 1;
  }
  return out;
}

/** A name as compared: synonyms folded, filler dropped ('全省生产总值' → '生产总值'). */
export const bareName = memoized((name) => canonical(name).replace(FILLER, ''));

/** A name as compared for what kind of thing it names: scopes, levels and manners dropped too. */
export const kindName = memoized((name) => bareName(name).replace(SCOPE, ''));

// Levels, scopes and manners that qualify a name without making it another indicator ('国家专精特新“小巨人”
// 企业' and '专精特新“小巨人”企业'; '实施新一轮优化营商环境58条改革举措' and '全面完成优化营商环境58条改革举措'),
// and the brackets of '新（改）建'. 基层 is a level: '先行试点建设50个智能化康复中心' and '建成50个基层智能化康复中心' (sichuan).
const SCOPE_WORDS: readonly Words[] = [
  { words: ['国家级', '国家', '省级', '市级', '区级', '县级', '基层', '全县'], example: '先行试点建设50个智能化康复中心', source: 'sichuan-2025.txt' },
  { words: ['重点', '全面', '新一轮', '深入', '扎实', '大力', '积极', '进一步', '不断'], example: '实施新一轮优化营商环境58条改革举措', source: 'shanghai-2025.txt' },
];
const SCOPE = new RegExp(`${alternation(SCOPE_WORDS)}|[（）()《》]`, 'g');

// What was done in the year (built, added, trained) is never the stock at its end ('建成100个绿色工厂'
// against '省级以上绿色工厂1210家').
// The verb may follow the figure: '26座水冲式公共厕所…投入使用' (hailar-2019), '…项目如期完成' (hubei-2026).
// Problems solved are solved in the year: '又解决6434万农村人口饮水安全问题' (national-2016); over five years they sum
// ('“十二五”…解决3亿多农村人口饮水安全问题', national-2016), '6600多万农村人口饮水安全问题得到解决' (national-2015).
export const FLOW_VERBS: readonly Words[] = [
  { words: ['新增', '解决', '新建', '新认定', '认定', '减少', '脱贫', '建成', '建设'], example: '又解决6434万农村人口饮水安全问题', source: 'national-2016.txt' },
  { words: ['筹集', '改造', '更新', '完成', '实施', '开行'], example: '开行班列4000班次', source: 'henan-2025.txt' },
  { words: ['培训', '培育', '打造', '引进', '招引', '治理', '疏解', '增加', '开工', '提供'], example: '建成100个绿色工厂', source: 'henan-2025.txt' },
  { words: ['举办', '开展', '办理', '推介', '竣工', '加装', '打通', '植树', '造林', '转移', '搬迁', '投入使用', '投用'], example: '项目如期完成', source: 'hubei-2026.txt' },
];
export const FLOW_VERB = new RegExp(alternation(FLOW_VERBS));

// Heads that name a kind of thing, not an indicator: two names that share only these name different
// things ('引进1个投资100亿元以上的大项目' and '9个项目竣工投产', '3个国家级战略性新兴产业集群' and '产业集群1个').
export const GENERIC_WORDS: Words = {
  words: ['项目', '工程', '企业', '产业', '集群', '基地', '平台', '园区', '中心', '设施', '投资', '投入', '建设', '水平', '标准', '规模以上', '规上', '规模', '工作', '任务', '数', '数量', '个数'],
  example: '引进1个投资100亿元以上的大项目',
  source: 'qingyuan-2023.txt',
};
export const GENERIC = new RegExp(`^(?:${alternation([GENERIC_WORDS])})+$`);
/** Whether a word is only a kind of thing or an act in general ('项目', '建设', '水平'). */
export function isGeneric(word: string): boolean {
  return GENERIC.test(word);
}

// Kinds of things counted that never name an indicator alone ('5个项目398亩土地处置利用' reads '项目'), and
// the money or output of what is named elsewhere in its sentence ('…集中供热管网改造工程，投资1.3亿元', hailar-2012;
// '投资5000万元的邓阮线、南赵线110kV线路迁改', qingyuan-2023; '年内入园企业达到7家，实现产值2亿元', hailar-2013).
const GENERIC_THING_WORDS: Words = { words: ['项目', '工程', '基地', '平台', '园区', '中心', '设施', '投资', '投入', '产值'], example: '年内入园企业达到7家，实现产值2亿元', source: 'hailar-2013.txt' };
const GENERIC_THING = new RegExp(`^(?:${alternation([GENERIC_THING_WORDS])})+$`);
// Verbs that name no indicator when a name is made of them alone: the indicator follows the figure
// ('打造5个“五好两宜”和美乡村片区', '建成100个“美丽街区”', shanghai-2025; '保持2300万省外劳动力', zhejiang-2025).
// 再 and 又 (again) may open them: '今年再解决6000万农村人口饮水安全问题' (national-2015), '又解决6434万农村人口
// 饮水安全问题' (national-2016).
const VERB_ONLY_WORDS: readonly Words[] = [
  { words: ['打造', '新建', '建成', '推进', '推动', '培育', '引进', '招引', '开工', '改造', '提升'], example: '打造5个“五好两宜”和美乡村片区', source: 'shanghai-2025.txt' },
  { words: ['安排', '拟安排', '扩招', '保持', '创建', '认定', '开展', '举办', '组织', '实施', '完成', '建设', '新增', '解决'], example: '保持2300万省外劳动力', source: 'zhejiang-2025.txt' },
];
const AGAIN: Words = { words: ['再', '又'], example: '今年再解决6000万农村人口饮水安全问题', source: 'national-2015.txt' };
const VERB_ONLY = new RegExp(`^(?:${alternation([AGAIN])})?(?:${alternation(VERB_ONLY_WORDS)})+$`);

/** Whether a name is only a verb, its indicator standing after the figure. */
export function namesOnlyAVerb(name: string): boolean {
  return VERB_ONLY.test(canonical(name).replace(MARK, ''));
}

// Words of time and batch that leave a name with no noun of its own ('实现“十四五”末总量达到' names its
// indicator in the clause before; '推进首批15个“沪派江南”风貌保护传承试点' after the figure).
const PLAN_END: Words = { words: ['末'], example: '实现“十四五”末总量达到60万套（间）', source: 'shanghai-2025.txt' };
const NO_NOUN_WORDS: readonly Words[] = [
  { words: ['年末', '今年'], example: '年末城镇登记失业率4.02%', source: 'national-2017.txt' },
  { words: ['首批'], example: '推进首批15个“沪派江南”风貌保护传承试点', source: 'shanghai-2025.txt' },
];
/** A batch by its ordinal ('第二批'): 第, a numeral up to 十, 批. */
const NTH_BATCH: Words = { words: ['批'], example: '加快第二批市属国企搬迁', source: 'beijing-2025.txt' };
const HOW_MUCH: Words = { words: ['量'], example: '实现“十四五”末总量达到60万套（间）', source: 'shanghai-2025.txt' };
export const NO_NOUN = new RegExp(
  `${FIVE_YEAR_PLAN}(?:${alternation([PLAN_END])})?|${alternation(NO_NOUN_WORDS)}|第[一二三四五六七八九十](?:${alternation([NTH_BATCH])})|${alternation([HOW_MUCH])}`,
  'g',
);

/** Whether a name is only a kind of thing or money ('项目', '总投资'): it names no indicator of its own. */
export function namesNoIndicator(name: string): boolean {
  return GENERIC_THING.test(kindName(name));
}

// Modifiers that split one indicator into others a report counts apart: '中央财政赤字' and '地方财政赤字'
// (national-2016), '海洋生产总值' (zhejiang-2025).
const DISTINGUISHING_WORDS: readonly Words[] = [
  { words: ['中央', '地方'], example: '中央财政赤字', source: 'national-2016.txt' },
  { words: ['海洋'], example: '海洋生产总值', source: 'zhejiang-2025.txt' },
];
const DISTINGUISHING = new RegExp(alternation(DISTINGUISHING_WORDS), 'g');

/** The modifiers of a name that make it another indicator: '中央财政赤字' → ['中央']. */
export function modifiersOf(name: string): string[] {
  return [...new Set(name.match(DISTINGUISHING) ?? [])];
}
