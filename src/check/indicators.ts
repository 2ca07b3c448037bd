import {
  bareName,
  FLOW_VERB,
  GENERIC,
  isGeneric,
  kindName,
  memoized,
  namesNoIndicator,
  namesOnlyAVerb,
  NO_NOUN,
} from '../lexicon/indicators.js';
import { ACHIEVE_OPENING, CEILINGS, LEVEL_NAMED, LEVEL_WORD, LIST_AND, NAME_CLOSER, NEW_HEAD, TOWN_OR_COUNTRY, WORD_BEFORE_AND } from '../lexicon/linking.js';
import { alternation, guardedAlternation } from '../lexicon/entry.js';

/** What a name counts, the verb that opens it (the frame's flow) off: '建成省级和美乡村' → '和美乡村'. */
export const subjectOf = memoized((name) => kindName(name).replace(LEADING_VERB, ''));

// Heads that, after a whole name, make it a modifier of another thing (NEW_HEAD). Events are named after a field:
// '全球数字贸易博览会' (zhejiang-2026) is not 数字贸易, '中国国际服务贸易交易会' (beijing) is not 服务贸易.

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

/** The pairs of characters a text holds ('硬化巷道' → 硬化, 化巷, 巷道). */
export function characterPairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

const bigrams = memoized((text): ReadonlySet<string> => characterPairs(text));

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
  // Texts that share no pair of characters share no run of 3 (all `run` is read for): the table is skipped.
  const run = shared ? longestSharedRun(t, o) : 0;
  const head = run >= 3 && (t.endsWith(o.slice(-2)) || o.endsWith(t.slice(-2))) ? run / Math.min(t.length, o.length) : 0;
  // The outcome's words are the head of the target's phrase: '新增绿道' for '新增联山联水联社区的绿道'.
  const tail = t.endsWith(o) ? 0.5 + 0.2 * (o.length / t.length) : 0;
  // A long shared topic anywhere: '老旧小区' in '老旧小区综合整治' and '老旧小区改造完工'.
  const topic = run >= 4 ? (0.9 * run) / Math.max(t.length, o.length) : 0;
  return Math.max(dice, 0.85 * containment, 0.8 * head, tail, topic);
}

const LEADING_VERB = new RegExp(`^(?:${FLOW_VERB.source})+`);
const TRAILING_VERB = new RegExp(`(?:${FLOW_VERB.source})+$`);


const HEAD = 2;

function differentModifiers(mx: string, my: string): boolean {
  // '城乡居民…' is reported as '城镇居民…' and '农村居民…' (a 分别 list read item by item).
  if ((mx.startsWith('城乡') && TOWN_OR_COUNTRY.test(my)) || (my.startsWith('城乡') && TOWN_OR_COUNTRY.test(mx))) return false;
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
  const bare = (name: string) => kindName(name).replace(NAME_CLOSER, '').replace(TRAILING_VERB, '');
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



/** The longest run of characters two texts share, itself. */
export function sharedRun(a: string, b: string): string {
  const n = longestSharedRun(a, b);
  for (let i = 0; i + n <= a.length; i++) if (b.includes(a.slice(i, i + n))) return a.slice(i, i + n);
  return '';
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

// Levels of government, highest first (LEVEL_WORDS); 区 ranks with 县.
const RANK: Record<string, number> = { 国家: 0, 省: 1, 市: 2, 县: 3, 区: 3 };

/** The ranks of the levels a name names: '省级' one, '省市级' two, 'N级以上' N and those above it; null for none. */
function levelsOf(name: string): Set<number> | null {
  const m = LEVEL_NAMED.exec(name);
  if (!m) return null;
  const ranks = new Set([...m[1]!.matchAll(LEVEL_WORD)].map((w) => RANK[w[0]]!));
  if (m[2] !== undefined) for (let r = Math.min(...ranks); r >= 0; r--) ranks.add(r);
  return ranks;
}

/** Whether an outcome names more levels than the target, the target's among them: '市级以上' or '省市级' for '省级'. */
function widerLevel(target: string, outcome: string): boolean {
  const o = levelsOf(outcome);
  const t = levelsOf(target);
  return o !== null && t !== null && o.size > t.size && [...t].every((r) => o.has(r));
}

// Kinds listed before one head: '公路、村屯、矿区绿化', '主题及口袋公园' (mancheng-2023); 及 not in a word (普及, 涉及, 及时).
const LIST_JOINER = new RegExp(`、|(?<!${alternation([WORD_BEFORE_AND])})${guardedAlternation([LIST_AND])}`);
const LIST_END = new RegExp(`(?:${LIST_JOINER.source})$`);

/**
 * Whether an outcome's figure counts a broader set that holds the target's: a 、-list of kinds before one head
 * ('实施公路、村屯、矿区绿化3920亩' for '实施村屯绿化2738亩', hailar-2017 → 2018), or a level that takes in those above
 * it ('创建市级以上美丽乡村26个' for '新创建省级美丽乡村10个以上', qingyuan-2022 → 2023). The gold's conventions read
 * such a figure as not reporting the target.
 */
export function coversMore(target: string, outcome: string): boolean {
  if (widerLevel(target, outcome)) return true;
  if (!LIST_JOINER.test(outcome) || LIST_JOINER.test(target)) return false;
  // The kinds listed are what stands before the head both names end in ('…矿区' + '绿化'); when the target's own kind
  // is the last one ('矿区绿化'), the shared end takes it in and the list ends in 、.
  let head = 0;
  while (head < target.length && head < outcome.length && target.at(-1 - head) === outcome.at(-1 - head)) head++;
  if (head < HEAD) return false;
  const listed = outcome.slice(0, outcome.length - head);
  const ownLast = LIST_END.test(listed) ? 1 : 0;
  const kinds = listed
    .split(LIST_JOINER)
    .map((kind) => kind.replace(/[^\u4e00-\u9fff]/g, '').replace(LEADING_VERB, '').replace(ACHIEVE_OPENING, ''))
    .filter((kind) => kind.length >= 2);
  const found = kinds.filter((kind) => target.includes(kind)).length + ownLast;
  const all = kinds.length + ownLast;
  return all >= 2 && found > 0 && found < all;
}


/** Whether a text keeps every such modifier ('中央财政赤字' needs 中央). */
export function keepsModifiers(modifiers: readonly string[], text: string): boolean {
  return modifiers.every((m) => text.includes(m));
}

// Indicators where less is better when the figure is a level or a rise (CEILINGS): prices, unemployment,
// deficits, energy use and emissions, debt and risk ratios, accidents.

/** True when the indicator is one where a lower outcome meets the target ('居民消费价格涨幅3%左右'). */
export function isCeiling(indicator: string): boolean {
  return CEILINGS.test(indicator);
}

/** The runs of `n` characters a text holds: another text shares a run of n or more with it when it holds one of them. */
export function runsOf(text: string, n: number): string[] {
  const runs = new Set<string>();
  for (let i = 0; i + n <= text.length; i++) runs.add(text.slice(i, i + n));
  return [...runs];
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
