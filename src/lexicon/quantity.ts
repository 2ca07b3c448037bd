import type { Guarded, Words } from './entry.js';

/**
 * The words around a figure, as data: the words that bound it, move it, promise it, mark it as an
 * estimate or as no quantity at all, and the units and magnitudes it is counted in. Each entry has the
 * sentence and report it was seen in ('written' for a sentence made to pin a rule). `src/quantity`
 * builds its regular expressions and tables from these lists, in the order listed: where one word
 * starts another, the longer comes first.
 */

/** A word with what it says: a bound, a value, a factor. */
export type Reading<T> = Words & T;

/** How a word before or after a figure bounds it (the quantity room's Comparator, minus range and exact). */
export interface BoundReading {
  comparator: 'at_least' | 'at_most' | 'about';
  inclusive: boolean;
}


// ── Bounds: the words right before or after a number ────────────────────────────────────────────────

/** Words right before a number ('超过1.4万家', '控制在5.5%以内', '近2万亿元'). Longest first. */
export const PREFIX_BOUNDS: ReadonlyArray<Reading<{ bound: BoundReading }>> = [
  { words: ['不低于'], bound: { comparator: 'at_least', inclusive: true }, example: '面向民间资本推介重大项目总投资不低于2000亿元', source: 'beijing-2025.txt' },
  { words: ['不少于'], bound: { comparator: 'at_least', inclusive: true }, example: '创新型产业集群示范区承接三大科学城成果不少于300项', source: 'beijing-2025.txt' },
  { words: ['不超过'], bound: { comparator: 'at_most', inclusive: true }, example: '累计提高总额不超过所在统筹地区大病保险原封顶线的20%', source: 'guangdong-2025.txt' },
  { words: ['不高于'], bound: { comparator: 'at_most', inclusive: true }, example: '确保降尘量不高于9吨/月·平方公里', source: 'mancheng-2020.txt' },
  { words: ['控制在'], bound: { comparator: 'at_most', inclusive: true }, example: '城镇调查失业率控制在 4%以内', source: 'beiguan-2019.txt' },
  // 超过 and 不到 exclude their bound (Civil Code art. 1259).
  { words: ['超过'], bound: { comparator: 'at_least', inclusive: false }, example: '旅游总收入超过40亿元', source: 'fuping-2021.txt' },
  { words: ['突破'], bound: { comparator: 'at_least', inclusive: true }, example: '一般公共预算收入突破8亿元大关', source: 'beiguan-2019.txt' },
  { words: ['至少'], bound: { comparator: 'at_least', inclusive: true }, example: '支持每个乡镇至少办好1所优质初中', source: 'hubei-2025.txt' },
  { words: ['不到'], bound: { comparator: 'at_most', inclusive: false }, example: '国内生产总值从不到70万亿元增加到超过100万亿元', source: 'national-2021.txt' },
  { words: ['低于'], bound: { comparator: 'at_most', inclusive: false }, example: '增长11.3%，低于13%左右的预期目标', source: 'national-2017.txt' },
  { words: ['接近', '大约'], bound: { comparator: 'about', inclusive: true }, example: '粮食产量接近1.3万亿斤，大约3亿人受益', source: 'written' },
  { words: ['约', '近'], bound: { comparator: 'about', inclusive: true }, example: '在京生产新能源汽车约30万辆、增长近3倍', source: 'beijing-2025.txt' },
  { words: ['超'], bound: { comparator: 'at_least', inclusive: false }, example: '减税降费及退税超1500亿元', source: 'beijing-2025.txt' },
];

/** Words right after a figure ('6.5%左右', '1100万人以上', '4.5%以内'). 以上/以下/以内 include the bound. */
export const SUFFIX_BOUNDS: ReadonlyArray<Reading<{ bound: BoundReading }>> = [
  { words: ['及以上'], bound: { comparator: 'at_least', inclusive: true }, example: '培育国家级专精特新企业20家及以上', source: 'written' },
  { words: ['以上'], bound: { comparator: 'at_least', inclusive: true }, example: '力争70%以上村庄达到区级以上文明村标准', source: 'beiguan-2019.txt' },
  { words: ['以内'], bound: { comparator: 'at_most', inclusive: true }, example: '城镇调查失业率控制在 4%以内', source: 'beiguan-2019.txt' },
  { words: ['以下'], bound: { comparator: 'at_most', inclusive: true }, example: '加快推进空置率30%以下“空心村”治理', source: 'fuping-2021.txt' },
  { words: ['左右'], bound: { comparator: 'about', inclusive: true }, example: '预计全市地区生产总值增长5.2%左右', source: 'beijing-2025.txt' },
  { words: ['上下'], bound: { comparator: 'about', inclusive: true }, example: '居民消费价格涨幅3%上下', source: 'written' },
  // '50米内': within, a bound that includes its value.
  { words: ['内'], bound: { comparator: 'at_most', inclusive: true }, example: '公交与轨道50米内换乘比例达到88%', source: 'beijing-2025.txt' },
];

/** '20余亿元', '8000多亿元', '40多个': more than the number, read as about it. */
export const APPROXIMATE_INFIX: readonly Words[] = [
  { words: ['余', '多'], example: '代工40多个世界知名品牌、年生产能力1000余万件', source: 'beiguan-2019.txt' },
];

/** What stands between the two ends of a range: '6%-6.5%', '6%－6.5%', '6.5%—7%', '3-5家', '4.5%至5%', '4.8%到5.1%'. */
export const RANGE_SEPARATORS: readonly Words[] = [
  { words: ['-'], example: '国内知名无人机企业3-5家', source: 'beiguan-2019.txt' },
  { words: ['－', '——', '—', '–', '~', '～'], example: '力争打造3—5个千万级销售单品', source: 'fuping-2022.txt' },
  { words: ['至', '到'], example: '居民消费价格涨幅4.5%至5%，城镇新增就业4.8%到5.1%', source: 'written' },
];

// ── Word forms: figures said without a leading number ───────────────────────────────────────────────

/** '一半' and '减半' (½), '翻一番' and '翻番' (×2), '翻两番' (×4). */
export const WORD_FORMS: ReadonlyArray<Reading<{ value: number; unit: 'fraction' | '倍' }>> = [
  { words: ['一半'], value: 0.5, unit: 'fraction', example: '新增两院院士占全国近一半', source: 'beijing-2026.txt' },
  { words: ['减半'], value: 0.5, unit: 'fraction', example: '扩大小微企业享受减半征收所得税优惠的范围', source: 'national-2017.txt' },
  { words: ['翻一番'], value: 2, unit: '倍', example: '实现两个翻一番目标', source: 'fuping-2021.txt' },
  { words: ['翻番'], value: 2, unit: '倍', example: '完工量均实现翻番', source: 'beijing-2025.txt' },
  { words: ['翻两番'], value: 4, unit: '倍', example: '地方生产总值和全部财政收入确保比2010年翻两番', source: 'xushui-2011.txt' },
];

/** A run of rises said as one unit: '养老金实现十四连增', '粮食产量“十一连增”'. */
export const RUN_WORDS: readonly Words[] = [
  { words: ['连增', '连丰', '连涨'], example: '养老金实现十四连增', source: 'beiguan-2019.txt' },
];

/**
 * A scale with no digit after a verb of reaching is a floor of one such amount: '支柱产业突破万亿级规模'
 * (hubei-2025), '旅游综合收入突破万亿元' (hubei-2026), '保持千亿级投资强度' (beijing-2025). Without the
 * verb, '万亿级' is a size class ('培育万亿级文旅支柱产业', hubei-2025).
 */
export const SCALE_WORDS: ReadonlyArray<Reading<{ value: number; unit: string }>> = [
  { words: ['万亿'], value: 1, unit: '万亿元', example: '医药健康产业规模首次突破万亿元', source: 'beijing-2025.txt' },
  { words: ['千亿'], value: 1000, unit: '亿元', example: '继续保持千亿级投资强度', source: 'beijing-2025.txt' },
  { words: ['百亿'], value: 100, unit: '亿元', example: '居民储蓄存款余额突破百亿元', source: 'fuping-2020.txt' },
];

/** What follows a scale word: a currency or a class ('突破万亿元', '迈入万亿级规模'). */
export const SCALE_MARKS: readonly Words[] = [
  { words: ['元', '级'], example: '大健康3大产业迈入万亿级规模', source: 'hubei-2025.txt' },
];

/** Verbs of reaching right before a scale word. */
export const REACHING_VERBS: readonly Words[] = [
  { words: ['突破'], example: '经济总量突破百亿元大关', source: 'fuping-2021.txt' },
  { words: ['迈入', '迈上', '跨越', '站上'], example: '农产品加工5大支柱产业迈入万亿级规模', source: 'hubei-2026.txt' },
  { words: ['保持'], example: '保持千亿级投资规模', source: 'beijing-2026.txt' },
  { words: ['达到'], example: '一般公共预算收入再次达到万亿级规模', source: 'jiangsu-2025.txt' },
  { words: ['超过', '超'], example: '8支市级高精尖产业基金带动社会投资超千亿元', source: 'beijing-2026.txt' },
];

/** What a scale may measure when a word follows it: '迈入万亿级规模', '保持千亿级投资强度'. */
export const SCALE_NOUNS: readonly Words[] = [
  { words: ['规模', '台阶', '大关', '行列', '水平', '投资'], example: '继续保持千亿级投资强度', source: 'beijing-2025.txt' },
];

// ── Durations in Chinese numerals ───────────────────────────────────────────────────────────────────

/** Units a duration is counted in when written in Chinese numerals: '提前两周', '压缩至三天'. */
export const WORDED_DURATION_UNITS: readonly Words[] = [
  { words: ['周', '天', '个月', '小时', '分钟'], example: '三级公立医院提前两周向基层投放50%以上号源', source: 'beijing-2026.txt' },
];

/** Words of time span before years in Chinese numerals: '再延长三十年', '用三年时间', '过渡期五年'. */
export const DURATION_BEFORE: readonly Words[] = [
  { words: ['延长'], example: '稳步推进第二轮土地承包到期后再延长三十年整县试点', source: 'hubei-2025.txt' },
  { words: ['用'], example: '力争利用三年时间完成百家规模以上工业企业转型升级', source: 'mancheng-2020.txt' },
  { words: ['过渡期'], example: '脱贫攻坚目标任务完成后设立过渡期五年', source: 'written' },
];

/** Words of time span after years in Chinese numerals: '两年内', '三年时间', '五年过渡期'. */
export const DURATION_AFTER: readonly Words[] = [
  { words: ['内'], example: '力争两年内让全区所有村庄实现户户通硬化路', source: 'beiguan-2019.txt' },
  { words: ['时间'], example: '通过2018至2020年三年时间', source: 'fuping-2020.txt' },
  { words: ['过渡期'], example: '贫困县自脱贫之日起设立5年过渡期', source: 'fuping-2021.txt' },
  { words: ['以内'], example: '三年以内全部完成改造', source: 'written' },
];

// ── Direction, level, modality, estimates ───────────────────────────────────────────────────────────

/**
 * Verbs and nouns of a rise. '增加值' (value added) and '增长极', '增长点' (growth poles) are names, not
 * movements: '规模以上工业增加值增长 8%' (beiguan-2019), '打造广东高质量发展新增长极' (guangdong-2025).
 */
export const INCREASE: readonly Guarded[] = [
  { words: ['增长'], unless: ['极', '点'], example: '同比增长6.7%', source: 'beiguan-2019.txt' },
  { words: ['增加'], unless: ['值'], example: '增加19天', source: 'beijing-2025.txt' },
  { words: ['新增'], example: '新增集中供热面积 32 万平方米', source: 'beiguan-2019.txt' },
  { words: ['提高', '提升'], example: '粮食单产提高14.5%', source: 'beijing-2025.txt' },
  { words: ['上涨', '涨幅'], example: '居民消费价格上涨2%', source: 'national-2015.txt' },
  { words: ['增幅'], example: '县级基本财力保障机制奖补资金等增幅均超过10%', source: 'national-2021.txt' },
  { words: ['增速'], example: '地区生产总值年均增速4.5%-5%', source: 'beijing-2026.txt' },
  { words: ['扩大'], example: '推动县中托管帮扶从15个县（市）扩大到57个县（市）', source: 'guangdong-2026.txt' },
  { words: ['新建', '新开工'], example: '新建便民农贸市场 13 个、公厕 7 个、垃圾中转站 2 座', source: 'beiguan-2019.txt' },
  { words: ['多增'], example: '城镇新增就业比上年多增100万人', source: 'written' },
  { words: ['增至'], example: '民航国际及地区通航点增至159个', source: 'guangdong-2026.txt' },
  { words: ['增'], unless: ['长', '加', '值'], example: '完成建筑企业资质升级增项 50 项', source: 'beiguan-2019.txt' },
];

/** Verbs and nouns of a fall. */
export const DECREASE: readonly Words[] = [
  { words: ['下降', '降低'], example: '终端用户电费成本降低10%', source: 'guangdong-2025.txt' },
  { words: ['压减'], example: '审批时限压减69%', source: 'fuping-2022.txt' },
  { words: ['减少'], example: '“三公”经费减少4%', source: 'beijing-2025.txt' },
  { words: ['下调'], example: '下调用电价格等举措', source: 'national-2017.txt' },
  { words: ['缩减'], example: '大幅缩减核准范围', source: 'national-2015.txt' },
  { words: ['降幅'], example: '为近10年来最大降幅', source: 'guangdong-2025.txt' },
  { words: ['压降'], example: '高风险机构数量大幅压降', source: 'henan-2026.txt' },
  { words: ['减半'], example: '扩大小微企业享受减半征收所得税优惠的范围', source: 'national-2017.txt' },
  { words: ['降', '减'], example: '城乡建设用地再减量6.6平方公里', source: 'beijing-2025.txt' },
];

/** Words of a level in a list item: '区级覆盖率达80%以上', '占全国44%'. */
export const LEVEL: readonly Words[] = [
  { words: ['达到', '达'], example: '高被引科学家达431人次、居全球城市首位', source: 'beijing-2025.txt' },
  { words: ['占'], example: '占全国28.7%', source: 'beijing-2025.txt' },
  { words: ['为'], example: '城镇调查失业率平均为5%', source: 'guangdong-2025.txt' },
];

/** 力争/争取: a target striven for. */
export const STRIVE: readonly Words[] = [
  { words: ['力争'], example: '力争引进亿元以上项目 36 家', source: 'beiguan-2019.txt' },
  { words: ['争取'], example: '争取各类帮扶资金1.2亿元', source: 'fuping-2020.txt' },
];

/** 确保: a target ensured. */
export const ENSURE: readonly Words[] = [
  { words: ['确保'], example: '确保粮食播种面积稳定在100万亩以上', source: 'beijing-2026.txt' },
];

/** Estimates that may be revised: '预计增长6%左右', '据初步核算'. */
export const PRELIMINARY: readonly Words[] = [
  { words: ['预计'], example: '预计全市地区生产总值增长5.2%左右', source: 'beijing-2025.txt' },
  { words: ['初步核算', '初步测算', '初步统计'], example: '据初步核算，全年地区生产总值增长5%', source: 'written' },
];

/** What joins a figure to the one before so that it shares its words: '分别达96.7%和97%', '分别增长26.8%、12%'. */
export const LIST_JOINERS: readonly Words[] = [
  { words: ['、'], example: '分别提高到56.7%、31.6%', source: 'guangdong-2025.txt' },
  { words: ['和'], example: '满意率分别达96.7%和97%', source: 'beijing-2025.txt' },
  { words: ['及', '与'], example: '研发投入分别增长8%及10%', source: 'written' },
];

// ── Figures that are not quantities ─────────────────────────────────────────────────────────────────

/** What is founded before a year of an anniversary: '建军一百年奋斗目标', '新中国成立七十年'. */
export const FOUNDING: readonly Words[] = [
  { words: ['建党', '建军', '建国'], example: '助力打好实现建军一百年奋斗目标攻坚战', source: 'jiangsu-2025.txt' },
  { words: ['成立'], example: '隆重庆祝中国共产党成立一百周年', source: 'national-2022.txt' },
];

/** A mark before a number that makes it an ordinal: '第三期', '第十四届'. */
export const ORDINAL_MARKS: readonly Words[] = [
  { words: ['第'], example: '在安阳市北关区第十届人民代表大会第四次会议上', source: 'beiguan-2019.txt' },
];

/** Words after a number of years that make it an anniversary: '新中国成立70周年'. */
export const ANNIVERSARY_WORDS: readonly Words[] = [
  { words: ['周年'], example: '今年是新中国成立 70 周年', source: 'beiguan-2019.txt' },
];

/** How a unit of voltage ends: a voltage class names a project ('1000千伏特高压交流工程'), it measures nothing. */
export const VOLTAGE_UNITS: readonly Words[] = [
  { words: ['伏'], example: '实施阜东110千伏电站建设', source: 'fuping-2020.txt' },
];

/** Words after a count that make it the speech counting its own parts: '重点做好9个方面工作'. */
export const SPEECH_PARTS: readonly Words[] = [
  { words: ['方面'], example: '我们要重点把握好5个方面', source: 'guangdong-2026.txt' },
];

/** Units of age: an age before a noun is a bracket naming a group ('六十岁以上老人'). */
export const AGE_UNITS: readonly Words[] = [
  { words: ['岁'], example: '对六十岁以上老人，与其子女签订了孝善', source: 'beiguan-2019.txt' },
];

/** Words of a grade or class after a number ('5A级', '三级公立医院', '二级以上医疗机构'): not an amount. */
export const GRADE_WORDS: readonly Words[] = [
  { words: ['级'], example: '大运河文化旅游景区获评国家5A级景区', source: 'beijing-2025.txt' },
];

// ── Units ───────────────────────────────────────────────────────────────────────────────────────────

/** Magnitudes with their factors. '兆' is how Hong Kong and Taiwan copies write 万亿 ('兆瓦' stays a unit: the longer match wins). */
export const MAGNITUDES: ReadonlyArray<Reading<{ factor: number }>> = [
  { words: ['万亿'], factor: 1e12, example: '旅游总收入突破万亿元', source: 'guangdong-2025.txt' },
  { words: ['兆'], factor: 1e12, example: '政府债务余额5兆元', source: 'written' },
  { words: ['千亿'], factor: 1e11, example: '培育千亿级产业集群', source: 'written' },
  { words: ['百亿'], factor: 1e10, example: '居民储蓄存款余额突破百亿元', source: 'fuping-2020.txt' },
  { words: ['千万'], factor: 1e7, example: '打造3千万级销售单品', source: 'written' },
  { words: ['百万'], factor: 1e6, example: '新增就业2百万人', source: 'written' },
  { words: ['十万'], factor: 1e5, example: '新增就业5十万人', source: 'written' },
  { words: ['万'], factor: 1e4, example: '建成高标准农田13.5万亩', source: 'beijing-2025.txt' },
  { words: ['亿'], factor: 1e8, example: '2018年地区生产总值完成166.4亿元', source: 'beiguan-2019.txt' },
  { words: ['千'], factor: 1e3, example: '新增住房3千套', source: 'written' },
  { words: ['百'], factor: 1e2, example: '培育企业3百家', source: 'written' },
];

/** Magnitudes that are a unit alone, before a noun: '5575万农村贫困人口', '用户3.4亿' ('1000千伏' is not '1000千'). */
export const MAGNITUDES_ALONE: readonly Words[] = [
  { words: ['万', '亿', '万亿'], example: '5575万农村贫困人口实现脱贫', source: 'national-2021.txt' },
];

/** Magnitudes that 余/多 may follow before the counting word ('5万余个', '1万余户'); a unit after 余/多 never starts with one. */
export const MAGNITUDES_BEFORE_INFIX: readonly Words[] = [
  { words: ['万', '亿'], example: '中心城区新增机动车停车位5万余个', source: 'beijing-2026.txt' },
];

/** Counts of events: '开行班列4000班次' (henan-2025), '接待游客3000万人次', '举办赛事50场次'. */
export const EVENT_COUNTS: readonly Words[] = [
  { words: ['人次', '场次', '班次', '户次', '架次'], example: '年内培训2630人次以上', source: 'beiguan-2019.txt' },
];

/** Counting words and measures after a number, in the order they are tried (a longer unit wins over a shorter one it starts). */
export const BASE_UNITS: readonly Words[] = [
  { words: ['个百分点', '百分点'], example: '增速比城镇居民高2.4个百分点', source: 'beijing-2025.txt' },
  { words: ['微克/立方米'], example: '细颗粒物年均浓度30.5微克/立方米、下降6.2%', source: 'beijing-2025.txt' },
  { words: ['平方公里', '平方米', '立方米'], example: '新增集中供热面积 32 万平方米', source: 'beiguan-2019.txt' },
  { words: ['千瓦时', '千瓦', '兆瓦', '千伏'], example: '外调绿电规模力争达到400亿千瓦时', source: 'beijing-2025.txt' },
  { words: ['公里', '千米', '平米', '公顷'], example: '城乡建设用地再减量6.6平方公里', source: 'beijing-2025.txt' },
  { words: ['公斤', '千克'], example: '化肥施用量每亩减少2公斤', source: 'written' },
  { words: ['美元', '人民币', '元'], example: '2018年地区生产总值完成166.4亿元', source: 'beiguan-2019.txt' },
  ...EVENT_COUNTS,
  { words: ['标箱'], example: '南沙港集装箱吞吐量突破2000万标箱', source: 'guangdong-2025.txt' },
  { words: ['个月', '小时', '分钟'], example: '郑州航空口岸240小时过境免签政策落地实施', source: 'henan-2025.txt' },
  { words: ['个', '人', '户', '家', '座', '所', '条'], example: '新增国家科技型中小企业14家、国家高新技术企业2家', source: 'beiguan-2019.txt' },
  { words: ['亩', '斤', '吨'], example: '建成高标准农田13.5万亩', source: 'beijing-2025.txt' },
  { words: ['天', '年', '次'], example: '实现企业开办手续4天办完', source: 'beiguan-2019.txt' },
  {
    words: ['项', '套', '台', '辆', '部', '张', '件', '处', '栋', '场', '期', '名', '位', '支', '批', '列'],
    example: '开行中欧班列2286列、增长7.7%',
    source: 'jiangsu-2025.txt',
  },
  { words: ['岁', '倍', '周'], example: '人均预期寿命从2020年的82.4岁提升至83.9岁', source: 'beijing-2026.txt' },
  {
    words: ['间', '块', '株', '棵', '头', '只', '宗', '起', '例', '篇', '门', '艘', '架', '枚', '种', '片', '根', '箱', '笔', '份', '册'],
    example: '破获各类刑事案件324起',
    source: 'fuping-2022.txt',
  },
  { words: ['米', '度', '轮', '趟', '单'], example: '可再生能源发电量超1000亿度', source: 'henan-2025.txt' },
];

/** A rate's denominator after '/': '280元/月', '30万元/人'. */
export const PER_UNITS: readonly Words[] = [
  { words: ['平方米', '立方米', '千瓦时', '小时', '月', '年', '天', '日', '人', '户', '吨', '亩', '公里', '次'], example: '全员劳动生产率达58万元/人左右', source: 'beijing-2026.txt' },
];

/** Counting words: a figure in them counts things ('20个', '3万套'), and names what it counts after it. */
export const COUNTING_WORDS: readonly Words[] = [
  {
    words: ['个', '家', '项', '座', '所', '条', '处', '套', '台', '辆', '部', '张', '件', '名', '位', '支', '批', '列', '栋', '间', '块', '株', '棵', '头', '只', '宗', '起', '例', '篇', '门', '艘', '架', '枚', '种', '片', '根', '箱', '笔', '份', '册', '场', '期', '户', '人', '次'],
    example: '帮助全区123名有劳动能力的贫困人口入企务工',
    source: 'beiguan-2019.txt',
  },
];

/** Counting words that count one kind of thing under different names ('老楼加装电梯600部' and '869台'). */
export const INTERCHANGEABLE_COUNTS: readonly Words[] = [
  { words: ['个', '处', '项', '家', '所', '座', '部', '台', '张', '条', '套', '间', '宗', '支', '名', '位', '件'], example: '老楼加装电梯876部', source: 'beijing-2025.txt' },
];

/** Units of time a duration is counted in ('再延长30年', '过境免签240小时', '两年内'). */
export const DURATION_UNITS: readonly Words[] = [
  { words: ['年', '个月', '月', '周', '天', '日', '小时', '分钟'], example: '持续开展第二轮土地承包到期后再延长30年试点', source: 'beijing-2025.txt' },
];

/** Every word of the entries, in the order listed. */
export function wordsOf(entries: readonly Words[]): string[] {
  return [...new Set(entries.flatMap((e) => e.words))];
}
