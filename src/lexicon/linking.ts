import { alternation, type Guarded, type Words } from './entry.js';
import { RESPECTIVELY } from './figures.js';

/**
 * The words linking reads in targets and in the review's account of them: stages of works, the account
 * of a miss, heads that make a name another thing, indicators where less is better. Each list with the
 * sentence it was seen in; the patterns are built from the lists.
 */

/** Works counted at their start and at their end are different counts. */
export const WORKS_STARTED: Words = {
  words: ['启动', '开工', '动工', '新安排', '开建'],
  example: '年内启动博泰机械、强力水泥等8家企业迁建工作',
  source: 'hailar-2015.txt',
};
export const WORKS_FINISHED: Words = {
  words: ['完成', '建成', '竣工', '投用', '投入使用', '交付'],
  example: '5家企业完成迁建工作',
  source: 'hailar-2016.txt',
};

/** Words of an account that say a target was missed ('未达到' is left out: '对未达到排放标准的企业…'). */
export const NOT_REACHED_WORDS: Words = {
  words: ['未能实现', '未能完成', '没有完成', '没有实现', '未达预期', '不及预期'],
  example: '进出口总额出现下降，预期增长目标未能实现',
  source: 'national-2016.txt',
};

/** Words of carrying on, not part of what is named ('延续执行企业研发费用加计扣除' is '研发费用加计扣除'). */
export const CARRYING_ON_WORDS: Words = {
  words: ['延续', '执行', '落实'],
  example: '延续实施研发费用加计扣除政策',
  source: 'national-2022.txt',
};

/** What 'N大' folds in of a target's name: '实施6个重大科技专项' is counted as '六大科技专项'. */
export const KIND_OF_ITEMS_WORDS: Words = {
  words: ['重大', '重点', '大'],
  example: '六大科技专项深入实施',
  source: 'sichuan-2026.txt',
};

/** Heads that, after a whole name, make it a modifier of another thing: an event or a place named after a field. */
export const NEW_HEAD_WORDS: readonly Words[] = [
  { words: ['示范区', '示范', '试点', '基地', '园区', '中心', '平台', '片区', '集群', '联盟'], example: '宜居宜业和美乡村示范区', source: 'qingyuan-2024.txt' },
  { words: ['博览会', '交易会', '展览会', '大会', '论坛', '峰会'], example: '全球数字贸易博览会', source: 'zhejiang-2026.txt' },
];

/** Indicators where less is better when the figure is a level or a rise. */
export const CEILING_WORDS: readonly Words[] = [
  { words: ['涨幅', '价格'], example: '居民消费价格涨幅3%左右', source: 'national-2016.txt' },
  { words: ['失业率'], example: '城镇调查失业率5.5%左右', source: 'national-2021.txt' },
  { words: ['赤字率'], example: '赤字率提高到3%', source: 'national-2016.txt' },
  { words: ['能耗', '排放', '浓度'], example: '单位国内生产总值能耗下降3.4%以上', source: 'national-2016.txt' },
  { words: ['债务率', '负债率'], example: '赤字率和政府负债率', source: 'national-2016.txt' },
  { words: ['不良贷款率'], example: '全省不良贷款率0.75%', source: 'zhejiang-2025.txt' },
  { words: ['事故', '死亡'], example: '生产安全死亡事故起数', source: 'beijing-2025.txt' },
  { words: ['发生率'], example: '贫困发生率下降到0.45%', source: 'fuping-2020.txt' },
  { words: ['资费'], example: '中小企业宽带和专线平均资费再降10%', source: 'national-2021.txt' },
  { words: ['成本'], example: '着眼促进企业降成本', source: 'national-2017.txt' },
];

/** The two halves a list of town and country folds ('城乡居民…' is reported as '城镇居民…' and '农村居民…'). */
export const TOWN_AND_COUNTRY: Words = { words: ['城镇', '农村'], example: '城乡居民人均可支配收入分别增长4.4%、5.6%', source: 'sichuan-2026.txt' };

/** Words that close a name without naming anything: the modal, and the list word 分别 ('化学需氧量、氨氮排放量要分别'). */
const MODALS: Words = { words: ['要', '将', '再'], example: '化学需氧量、氨氮排放量要分别下降2%', source: 'national-2016.txt' };

/** '实现' opening a kind in a list says nothing of the kind ('实现公路、村屯…'). */
export const ACHIEVE: Words = { words: ['实现'], example: '实现公路、村屯绿化3920亩', source: 'written' };

/** A deadline in years ('两年内'), whose plan year counts as its first. */
export const WITHIN_YEARS: Words = { words: ['年内'], example: '力争两年内让全区所有村庄实现户户通硬化路', source: 'beiguan-2019.txt' };

/** What a roll-call of fields closing a review says it went well with, and what after 等 makes it a list of posts instead. */
export const ROLL_CALL_CLOSE: Words = { words: ['工作', '事业'], example: '国防动员、双拥共建、退役军人事务等工作取得新成效', source: 'henan-2025.txt' };
export const NOT_A_ROLL_CALL: Words = { words: ['单位', '岗位'], example: '等事业单位', source: 'written' };

/** 及 joining two kinds before one head ('新改建主题及口袋公园12处'), not inside a word. */
export const LIST_AND: Guarded = { words: ['及'], unless: ['时'], example: '新改建主题及口袋公园12处', source: 'mancheng-2023.txt' };
/** Characters before 及 that make it part of a word: 普及, 涉及, 波及, 以及. */
export const WORD_BEFORE_AND: Words = { words: ['普', '涉', '波', '以'], example: '全方位全链条普及应用', source: 'guangdong-2025.txt' };

/** Levels of government, highest first; 区 ranks with 县. */
export const LEVEL_WORDS: Words = { words: ['国家', '省', '市', '县', '区'], example: '创建市级以上美丽乡村26个', source: 'qingyuan-2023.txt' };

export const STARTED = new RegExp(alternation([WORKS_STARTED]));
export const FINISHED = new RegExp(alternation([WORKS_FINISHED]));
export const NOT_REACHED = new RegExp(alternation([NOT_REACHED_WORDS]));
export const CARRYING_ON = new RegExp(`^(?:${alternation([CARRYING_ON_WORDS])})+`);
export const KIND_OF_ITEMS = new RegExp(`^(?:${alternation([KIND_OF_ITEMS_WORDS])})`);
export const NEW_HEAD = new RegExp(`^(?:${alternation(NEW_HEAD_WORDS)})`);
export const CEILINGS = new RegExp(alternation(CEILING_WORDS));
export const TOWN_OR_COUNTRY = new RegExp(`^(?:${alternation([TOWN_AND_COUNTRY])})`);
// '要分别', '将分别', '分别', or a modal alone, at the end of a name.
export const NAME_CLOSER = new RegExp(`(?:(?:${alternation([MODALS])})?(?:${alternation(RESPECTIVELY)})|${alternation([MODALS])})$`);
export const ACHIEVE_OPENING = new RegExp(`^(?:${alternation([ACHIEVE])})`);
export const WITHIN = new RegExp(`(?:${alternation([WITHIN_YEARS])})$`);
// '…、…、…等工作成效明显': two 、 at least, then 等 and the close, not a post ('等事业单位').
export const ROLL_CALL = new RegExp(`^[^、]*、[^、]*、.*等(?:${alternation([ROLL_CALL_CLOSE])})(?!${alternation([NOT_A_ROLL_CALL])})[\\u4e00-\\u9fff]`);
// 'N级以上' (or 'N级及以上') takes in N and those above it.
// One level or several named together ('省市级美丽乡村', shunping-2022), and whether those above are taken in.
export const LEVEL_NAMED = new RegExp(`((?:${alternation([LEVEL_WORDS])})+)级(及?以上)?`);
export const LEVEL_WORD = new RegExp(alternation([LEVEL_WORDS]), 'g');
