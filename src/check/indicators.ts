/**
 * Which indicator a figure measures, compared across reports. Synonyms and short forms are data:
 * each group lists the ways reports name one indicator, the first being the name used to compare.
 */
export const INDICATOR_SYNONYMS: ReadonlyArray<readonly string[]> = [
  // '=经济': the whole name only ('经济增长5.5%左右' reads as 经济 once 增长 is taken as the verb).
  ['生产总值', '国内生产总值', '地区生产总值', 'GDP', '经济增长', '经济增速', '经济总量', '=经济'],
  ['规上工业增加值', '规模以上工业增加值'],
  ['社会消费品零售总额', '社零'],
  ['居民消费价格', 'CPI', '物价'],
  ['城镇调查失业率', '调查失业率'],
  ['一般公共预算收入', '地方一般公共预算收入'],
  ['固定资产投资', '固投'],
  ['货物进出口总额', '进出口总额', '外贸进出口'],
  ['居民人均可支配收入', '人均可支配收入'],
  ['研发经费投入强度', '研发投入强度'],
  ['单位国内生产总值能耗', '单位地区生产总值能耗', '单位GDP能耗'],
  ['造林', '营造林', '植树造林'],
  // '易地搬迁脱贫200万人以上' (national-2016) is reported as '易地扶贫搬迁人口超过240万' (national-2017);
  // '易地搬迁后续扶持' and '易地扶贫搬迁后续…' name one programme.
  ['易地扶贫搬迁', '易地搬迁脱贫', '易地搬迁扶贫', '易地搬迁'],
  // The 2023 renaming: '新增市场主体增长率' (qingyuan-2023), '经营主体净增98万户' (guangdong-2025).
  ['经营主体', '市场主体'],
];

// One act said in many words: a name's words that match a pattern fold to the pattern's name.
export const INDICATOR_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  // Tax and fee cuts, whoever they are said to be for (not 为基层减负, less paperwork):
  // '为经营主体减负2500亿元以上' (zhejiang-2025) ↔ '全年为企业减负超3300亿元' (zhejiang-2026);
  // '减轻企业和个人负担5000多亿元' (national-2016) ↔ '降低企业税负5700多亿元' (national-2017);
  // '减税降费及退税超1500亿元' (beijing-2025), '全年累计减税降费2.5亿元' (laiyuan-2022).
  [/(?:为(?!基层)[\u4e00-\u9fff]{1,6})?(?:减税降费|减负|减轻[\u4e00-\u9fff]{0,8}负担|降低[\u4e00-\u9fff]{0,6}税负)/g, '减税降费'],
];

// Scope and filler words that differ between a promise and its account without changing the indicator.
// '总' joins as often as it parts: '通车总里程' and '通车里程' are one length; in 总值, 总额, 总量 it is part of the head.
export const FILLER = /总(?![值额量])|拟?安排|全国|全省|全市|全区|全年|年度|累计|共计|其中|同比|预计|实际|完成|实现|达到|新增|开展|实施|推动|推进|加快|加强|建设|提升|提高|持续|继续|“|”|、|和|的/g;

// Every spelling, the canonical ones included, so that a longer name is never cut up by a shorter one
// ('单位国内生产总值能耗' stays whole instead of yielding '国内生产总值').
const VARIANTS: ReadonlyArray<[variant: string, name: string]> = INDICATOR_SYNONYMS.flatMap((group) =>
  group.filter((v) => !v.startsWith('=')).map((v) => [v, group[0]!] as [string, string]),
).sort((x, y) => y[0].length - x[0].length);
const WHOLE_NAMES = new Map(INDICATOR_SYNONYMS.flatMap((group) => group.filter((v) => v.startsWith('=')).map((v) => [v.slice(1), group[0]!] as const)));

// Names are compared pairwise (every target with every outcome): each is normalized once. The memo is
// emptied when it grows past a bound, so a long-running process keeps no more than this many names.
const MEMO_SIZE = 10_000;

function memoized<T>(fn: (name: string) => T): (name: string) => T {
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
const kindName = memoized((name) => bareName(name).replace(SCOPE, ''));

/** What a name counts, the verb that opens it (the frame's flow) off: '建成省级和美乡村' → '和美乡村'. */
export const subjectOf = memoized((name) => kindName(name).replace(LEADING_VERB, ''));

// Heads that, after a whole name, make it a modifier of another thing. Events are named after a field:
// '全球数字贸易博览会' (zhejiang-2026) is not 数字贸易, '中国国际服务贸易交易会' (beijing) is not 服务贸易.
const NEW_HEAD = /^(?:示范区|示范|试点|基地|园区|中心|平台|片区|集群|联盟|博览会|交易会|展览会|大会|论坛|峰会)/;

/** Whether words name a head as itself somewhere, not only as the modifier of another thing ('数字贸易博览会'). */
export function namesHeadItself(words: string, head: string): boolean {
  for (let at = words.indexOf(head); at >= 0; at = words.indexOf(head, at + 1)) if (!NEW_HEAD.test(words.slice(at + head.length))) return true;
  return false;
}

/**
 * Whether an outcome's name holds the target's whole and goes on with a head of its own: then it names
 * another thing ('宜居宜业和美乡村示范区' is a 示范区, not a 和美乡村, qingyuan-2024).
 */
export function namesAnotherThing(target: string, outcome: string): boolean {
  const t = subjectOf(target);
  const o = kindName(outcome);
  const at = t.length >= 2 ? o.lastIndexOf(t) : -1;
  return at >= 0 && NEW_HEAD.test(o.slice(at + t.length));
}

const bigrams = memoized((text): ReadonlySet<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
});

/**
 * How alike two indicators are (0–1), after synonyms are folded and filler words dropped: the share
 * of the target's character pairs found in the outcome's words, or the run of characters they share
 * at the head of the phrase (Chinese noun phrases end in their head: '…新建养老服务中心').
 */
export function indicatorSimilarity(target: string, outcome: string): number {
  // Scopes and levels do not make another indicator ('年度共建项目' and '共建重点项目', sichuan).
  return Math.max(likeness(bareName(target), bareName(outcome)), likeness(kindName(target), kindName(outcome)));
}

// Shorter subjects are too general to compare without their verbs ('引进顶尖人才' and '认定人才').
const MIN_SUBJECT = 3;

/**
 * How alike two subjects are once the verb that opens each is off: the verb is the frame's flow, not
 * what is counted ('建成10个以上宜居宜业和美乡村' and '建成省级和美乡村10个', qingyuan).
 */
export function subjectSimilarity(target: string, outcome: string): number {
  const t = subjectOf(target);
  const o = subjectOf(outcome);
  return Math.max(t.length < MIN_SUBJECT || o.length < MIN_SUBJECT ? 0 : likeness(t, o), reorderedAct(target, outcome));
}

/**
 * How alike two names are that say one act before its object and the other after it: a review often
 * turns the verb of a promise into the topic's predicate ('开行班列4000班次', henan-2025, and '中欧（亚）班列
 * 累计开行1.7万列', henan-2026; '开行中欧班列2286列', jiangsu-2025, and '中欧（亚）班列开行超万列', jiangsu-2026).
 * The same verb on both sides tells the act; what it acts on is compared alone.
 */
function reorderedAct(target: string, outcome: string): number {
  const t = kindName(target);
  const o = kindName(outcome);
  // What is acted on must name something: '开工项目' and '重点项目开工' share only the generic 项目.
  const before = (x: string, y: string) => {
    const verb = LEADING_VERB.exec(x)?.[0];
    const object = verb === undefined ? '' : x.slice(verb.length);
    return verb !== undefined && y.endsWith(verb) && !isGeneric(object) ? likeness(object, y.slice(0, -verb.length)) : 0;
  };
  return Math.max(before(t, o), before(o, t));
}

function likeness(t: string, o: string): number {
  if (t.length < 2 || o.length < 2) return 0;
  // Contained whole: the tighter the outcome's words, the better.
  if (o.includes(t)) return 0.9 + 0.1 * (t.length / o.length);
  const tb = bigrams(t);
  const ob = bigrams(o);
  let shared = 0;
  for (const b of tb) if (ob.has(b)) shared++;
  const containment = shared / tb.size;
  const dice = (2 * shared) / (tb.size + ob.size);
  const run = longestSharedRun(t, o);
  const head = run >= 3 && (t.endsWith(o.slice(-2)) || o.endsWith(t.slice(-2))) ? run / Math.min(t.length, o.length) : 0;
  // The outcome's words are the head of the target's phrase: '新增绿道' for '新增联山联水联社区的绿道'.
  const tail = t.endsWith(o) ? 0.5 + 0.2 * (o.length / t.length) : 0;
  // A long shared topic anywhere: '老旧小区' in '老旧小区综合整治' and '老旧小区改造完工'.
  const topic = run >= 4 ? (0.9 * run) / Math.max(t.length, o.length) : 0;
  return Math.max(dice, 0.85 * containment, 0.8 * head, tail, topic);
}

// What was done in the year (built, added, trained) is never the stock at its end ('建成100个绿色工厂'
// against '省级以上绿色工厂1210家').
// The verb may follow the figure: '26座水冲式公共厕所…投入使用' (hailar-2019), '…项目如期完成' (hubei-2026).
// Problems solved are solved in the year: '又解决6434万农村人口饮水安全问题' (national-2016); over five years they sum
// ('“十二五”…解决3亿多农村人口饮水安全问题', national-2016), '6600多万农村人口饮水安全问题得到解决' (national-2015).
export const FLOW_VERB = /新增|解决|新建|新认定|认定|减少|脱贫|建成|建设|筹集|改造|更新|完成|实施|开行|培训|培育|打造|引进|招引|治理|疏解|增加|开工|提供|举办|开展|办理|推介|竣工|加装|打通|植树|造林|转移|搬迁|投入使用|投用/;
const LEADING_VERB = new RegExp(`^(?:${FLOW_VERB.source})+`);
const TRAILING_VERB = new RegExp(`(?:${FLOW_VERB.source})+$`);

// Levels, scopes and manners that qualify a name without making it another indicator ('国家专精特新“小巨人”
// 企业' and '专精特新“小巨人”企业'; '实施新一轮优化营商环境58条改革举措' and '全面完成优化营商环境58条改革举措'),
// and the brackets of '新（改）建'. 基层 is a level: '先行试点建设50个智能化康复中心' and '建成50个基层智能化康复中心' (sichuan).
const SCOPE = /国家级|国家|省级|市级|区级|县级|基层|全县|重点|全面|新一轮|深入|扎实|大力|积极|进一步|不断|[（）()《》]/g;

const HEAD = 2;

function differentModifiers(mx: string, my: string): boolean {
  // '城乡居民…' is reported as '城镇居民…' and '农村居民…' (a 分别 list read item by item).
  if ((mx.startsWith('城乡') && /^(?:城镇|农村)/.test(my)) || (my.startsWith('城乡') && /^(?:城镇|农村)/.test(mx))) return false;
  // A modifier that is only a verb ('保持省外劳动力' and '在浙就业省外劳动力', zhejiang) tells no indicator apart.
  // Names carry their verbs ('新建主干道路'): what the verbs leave is compared.
  const [vx, vy] = [mx, my].map((m) => m.replace(LEADING_VERB, ''));
  return vx!.length >= 2 && vy!.length >= 2 && !sharedBigram(vx!, vy!) && !FLOW_VERB.test(vx! + vy!) && !namesOnlyAVerb(mx) && !namesOnlyAVerb(my);
}

function sharedBigram(a: string, b: string): boolean {
  const ob = bigrams(b);
  for (const g of bigrams(a)) if (ob.has(g)) return true;
  return false;
}

/**
 * Whether two names with one head are different indicators by their modifiers, the two modifiers
 * having nothing in common: '“雄鹰”企业' and '重点“小巨人”企业', '数字经济核心产业增加值' and
 * '金融业增加值', '化学需氧量、氨氮排放量' and '二氧化硫、氮氧化物排放量'. A modifier only one name has
 * decides nothing here: an outcome may narrow what a target names ('重大工程投资完成2510.1亿元' for
 * '全年完成投资2400亿元'), and names carry their verbs ('加快发展国家先进制造业集群').
 */
export function differentIndicators(a: string, b: string): boolean {
  // '化学需氧量、氨氮排放量要分别' and '二氧化硫、氮氧化物排放量分别' end in their head once the list word
  // and the modal are off; '次干道路开工建设' once the acts after its head are.
  const bare = (name: string) => kindName(name).replace(/(?:[要将再]?分别|[要将再])$/, '').replace(TRAILING_VERB, '');
  const x = bare(a);
  const y = bare(b);
  let head = 0;
  while (head < x.length && head < y.length && x[x.length - 1 - head] === y[y.length - 1 - head]) head++;
  if (head < 2) return false;
  // The modifiers are what stands before the shared end, or before the two-character head when they
  // share a character of it: '主干道路' and '次干道路' differ by 主干/次干, '农牧业项目' and '工业项目' by
  // 农牧业/工业 (hailar-2012, 2013).
  // A list ('城镇和农村居民…') names several things: its items are not a modifier's start.
  const listed = /[和及与、]/.test(a + b);
  return [head, HEAD].some((end) => {
    const [mx, my] = [x.slice(0, x.length - end), y.slice(0, y.length - end)];
    return differentModifiers(mx, my) || (!listed && differentModifiers(...withoutSharedStart(mx, my)));
  });
}

/**
 * Two modifiers without the words they start with alike: what tells the indicators apart stands next to
 * the head ('城镇登记失业率' and '城镇调查失业率' differ by 登记/调查, qingyuan-2022, 2023; '城镇登记失业率' is
 * also counted apart from '调查失业率' in the national reports).
 */
function withoutSharedStart(a: string, b: string): [string, string] {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return [a.slice(k), b.slice(k)];
}

// Heads that name a kind of thing, not an indicator: two names that share only these name different
// things ('引进1个投资100亿元以上的大项目' and '9个项目竣工投产', '3个国家级战略性新兴产业集群' and '产业集群1个').
const GENERIC = /^(?:项目|工程|企业|产业|集群|基地|平台|园区|中心|设施|投资|投入|建设|水平|标准|规模以上|规上|规模|工作|任务|数|数量|个数)+$/;
/** Whether a word is only a kind of thing or an act in general ('项目', '建设', '水平'). */
export function isGeneric(word: string): boolean {
  return GENERIC.test(word);
}

// Kinds of things counted that never name an indicator alone ('5个项目398亩土地处置利用' reads '项目'), and
// the money or output of what is named elsewhere in its sentence ('…集中供热管网改造工程，投资1.3亿元', hailar-2012;
// '投资5000万元的邓阮线、南赵线110kV线路迁改', qingyuan-2023; '年内入园企业达到7家，实现产值2亿元', hailar-2013).
const GENERIC_THING = /^(?:项目|工程|基地|平台|园区|中心|设施|投资|投入|产值)+$/;
// Verbs that name no indicator when a name is made of them alone: the indicator follows the figure
// ('打造5个“五好两宜”和美乡村片区', '建成100个“美丽街区”', shanghai-2025; '保持2300万省外劳动力', zhejiang-2025).
// 再 and 又 (again) may open them: '今年再解决6000万农村人口饮水安全问题' (national-2015), '又解决6434万农村人口
// 饮水安全问题' (national-2016).
const VERB_ONLY = /^[再又]?(?:打造|新建|建成|推进|推动|培育|引进|招引|开工|改造|提升|安排|拟安排|扩招|保持|创建|认定|开展|举办|组织|实施|完成|建设|新增|解决)+$/;

/** Whether a name is only a verb, its indicator standing after the figure. */
export function namesOnlyAVerb(name: string): boolean {
  return VERB_ONLY.test(canonical(name).replace(/[“”、和的]/g, ''));
}
// Words of time and batch that leave a name with no noun of its own ('实现“十四五”末总量达到' names its
// indicator in the clause before; '推进首批15个“沪派江南”风貌保护传承试点' after the figure).
const NO_NOUN = /十[一二三四五六七八九]五末?|年末|今年|首批|第[一二三四五六七八九十]批|量/g;

/** The longest run of characters two texts share, itself. */
export function sharedRun(a: string, b: string): string {
  const n = longestSharedRun(a, b);
  for (let i = 0; i + n <= a.length; i++) if (b.includes(a.slice(i, i + n))) return a.slice(i, i + n);
  return '';
}

/** Whether a name is only a kind of thing or money ('项目', '总投资'): it names no indicator of its own. */
export function namesNoIndicator(name: string): boolean {
  return GENERIC_THING.test(kindName(name));
}

/**
 * Whether what a target's name shares with an outcome (its name or the words before its figure) is at
 * best a generic head or a single character: then they are not named alike, whatever a score says.
 */
export function sharesOnlyGeneric(target: string, texts: readonly string[]): boolean {
  const t = kindName(target);
  // A name with no noun of its own, or only a verb, says nothing either way (see namesOnlyAVerb); a name
  // that is only a kind of thing ('5个项目') names no indicator, and no outcome can share it.
  if (t.replace(NO_NOUN, '').length < 2 || namesOnlyAVerb(target)) return false;
  if (namesNoIndicator(target)) return true;
  if (GENERIC.test(t)) return false;
  let best = '';
  for (const text of texts) {
    const run = sharedRun(t, kindName(text));
    if (run.length > best.length) best = run;
  }
  return best.length < 2 || GENERIC.test(best);
}

// Levels of government, highest first; 'N级以上' (or 'N级及以上') takes in N and those above it.
const LEVELS = ['国家', '省', '市', '县'] as const;
const LEVEL_NAMED = /(国家|省|市|县|区)级(及?以上)?/;

/** The rank of a level named in a name (0 = 国家; 区 ranks with 县) and whether it takes in those above, or null. */
function levelOf(name: string): { rank: number; andAbove: boolean } | null {
  const m = LEVEL_NAMED.exec(name);
  return m ? { rank: LEVELS.indexOf(m[1] === '区' ? '县' : (m[1] as (typeof LEVELS)[number])), andAbove: m[2] !== undefined } : null;
}

/** Whether an outcome's 'N级以上' holds more levels than the target names: '市级以上' for '省级' or '市级'. */
function widerLevel(target: string, outcome: string): boolean {
  const o = levelOf(outcome);
  const t = levelOf(target);
  return o !== null && t !== null && o.andAbove && (t.andAbove ? t.rank < o.rank : t.rank <= o.rank);
}

/**
 * Whether an outcome's figure counts a broader set that holds the target's: a 、-list of kinds before one head
 * ('实施公路、村屯、矿区绿化3920亩' for '实施村屯绿化2738亩', hailar-2017 → 2018), or a level that takes in those above
 * it ('创建市级以上美丽乡村26个' for '新创建省级美丽乡村10个以上', qingyuan-2022 → 2023). The gold's conventions read
 * such a figure as not reporting the target.
 */
export function coversMore(target: string, outcome: string): boolean {
  if (widerLevel(target, outcome)) return true;
  if (!outcome.includes('、') || target.includes('、')) return false;
  // The kinds listed are what stands before the head both names end in ('…矿区' + '绿化'); when the target's own kind
  // is the last one ('矿区绿化'), the shared end takes it in and the list ends in 、.
  let head = 0;
  while (head < target.length && head < outcome.length && target.at(-1 - head) === outcome.at(-1 - head)) head++;
  if (head < HEAD) return false;
  const listed = outcome.slice(0, outcome.length - head);
  const ownLast = listed.endsWith('、') ? 1 : 0;
  const kinds = listed
    .split('、')
    .map((kind) => kind.replace(/[^\u4e00-\u9fff]/g, '').replace(LEADING_VERB, '').replace(/^实现/, ''))
    .filter((kind) => kind.length >= 2);
  const found = kinds.filter((kind) => target.includes(kind)).length + ownLast;
  const all = kinds.length + ownLast;
  return all >= 2 && found > 0 && found < all;
}

// Modifiers that split one indicator into others a report counts apart: '中央财政赤字' and '地方财政赤字'
// (national-2016), '海洋生产总值' (zhejiang-2025).
const DISTINGUISHING = /中央|地方|海洋/g;

/** The modifiers of a name that make it another indicator: '中央财政赤字' → ['中央']. */
export function modifiersOf(name: string): string[] {
  return [...new Set(name.match(DISTINGUISHING) ?? [])];
}

/** Whether a text keeps every such modifier ('中央财政赤字' needs 中央). */
export function keepsModifiers(modifiers: readonly string[], text: string): boolean {
  return modifiers.every((m) => text.includes(m));
}

// Indicators where less is better when the figure is a level or a rise: prices, unemployment, deficits,
// energy use and emissions, debt and risk ratios, accidents.
const CEILINGS = /涨幅|价格|失业率|赤字率|能耗|排放|浓度|债务率|负债率|不良贷款率|事故|死亡|发生率|资费|成本/;

/** True when the indicator is one where a lower outcome meets the target ('居民消费价格涨幅3%左右'). */
export function isCeiling(indicator: string): boolean {
  return CEILINGS.test(indicator);
}

/** The longest run of characters two texts share. */
export function longestSharedRun(a: string, b: string): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
      diagonal = above;
    }
  }
  return best;
}
