import { alternation, type Words } from './entry.js';

/**
 * The words the report room reads a work report's frame by: the salutation and opening of the speech,
 * the meeting and speaker lines of its front matter, the level of the government, a saved page's
 * furniture, and the words of a line that open a part or run on from the line before. Each with the line
 * of a report it was seen in; `src/report` builds its regular expressions from them.
 */

// ── The speech and its front matter ─────────────────────────────────────────────────────────────────

/** The salutation that opens the speech: whatever stands before it is front matter. */
export const SALUTATION: Words = { words: ['各位代表'], example: '各位代表、同志们：', source: 'qingyuan-2022.txt' };

/** Words of the opening sentence after the salutation. */
export const OPENING_WORDS: Words = {
  words: ['我代表', '报告工作', '作工作报告', '请予审议', '提出意见'],
  example: '现在，我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人士提出意见',
  source: 'beiguan-2019.txt',
};

/** What the meeting line names the sitting a report is delivered at. */
export const MEETING_WORDS: Words = { words: ['会议', '大会'], example: '在安阳市北关区第十届人民代表大会第四次会议上', source: 'beiguan-2019.txt' };

/** Words around the speaker's name on the speaker line, not part of it. */
export const SPEAKER_LINE_WORDS: Words = { words: ['同志', '作政府工作报告', '政府工作报告'], example: '北京市市长 殷勇同志作政府工作报告。', source: 'beijing-2025.txt' };

/** What a portal adds after a title in brackets: the whole text or a digest. */
export const TITLE_SUFFIXES: Words = { words: ['全文', '摘要', '摘登'], example: '政府工作报告（全文）', source: 'written' };

/** Acting in an office: '代区长 路录平', '代理县长'. */
export const ACTING: Words = { words: ['代理', '代'], example: '代区长 路录平', source: 'beiguan-2019.txt' };

/** The level of a government a report's speaker heads, named by the office. */
export type Level = 'national' | 'provincial' | 'city' | 'district' | 'county';

/** Heads of a government by its level, in the order a level is read from an office. */
export const OFFICES: ReadonlyArray<Words & { level: Level }> = [
  { level: 'national', words: ['总理'], example: '国务院总理', source: 'national-2017.txt' },
  { level: 'provincial', words: ['省长', '主席'], example: '广东省省长 王伟中', source: 'guangdong-2025.txt' },
  { level: 'district', words: ['区长'], example: '代区长 路录平', source: 'beiguan-2019.txt' },
  { level: 'county', words: ['县长'], example: '涞水县人民政府县长朱明新', source: 'laishui-2020.txt' },
  { level: 'city', words: ['市长'], example: '北京市市长 殷勇', source: 'beijing-2025.txt' },
];
/** Heads whose office the level is not read from: a prefecture's, a banner's. */
export const OTHER_OFFICES: Words = { words: ['州长', '旗长'], example: '额济纳旗人民政府旗长', source: 'written' };

/** The municipalities, provinces in rank, though their names end as a city's. */
export const MUNICIPALITIES: Words = { words: ['北京市', '天津市', '上海市', '重庆市'], example: '北京市市长 殷勇', source: 'beijing-2025.txt' };

/** How a government's name ends, by its level, in the order they are tried (自治区 before 区). */
export const LEVEL_ENDINGS: ReadonlyArray<Words & { level: Level }> = [
  { level: 'provincial', words: ['省', '自治区'], example: '组织好西藏自治区成立50周年', source: 'national-2015.txt' },
  { level: 'district', words: ['区'], example: '保定市清苑区人民政府区长 李英英', source: 'qingyuan-2023.txt' },
  { level: 'county', words: ['县', '旗'], example: '涞水县人民政府县长朱明新', source: 'laishui-2020.txt' },
  { level: 'city', words: ['市', '州', '盟'], example: '在安阳市北关区第十届人民代表大会第四次会议上', source: 'beiguan-2019.txt' },
];

/** How a place's name ends: '顺平县', '北京市' ('县' alone names nothing). */
export const PLACE_ENDINGS: Words = { words: ['省', '市', '区', '县', '旗', '州', '盟'], example: '我代表顺平县人民政府，向大会作报告，请予审议', source: 'shunping-2021.txt' };
/** The State Council and the republic, which head a national report's title ('2014年中华人民共和国国务院政府工作报告'). */
export const STATE: Words = { words: ['国务院', '中华人民共和国'], example: '2014年中华人民共和国国务院政府工作报告', source: 'written' };
/** Whether a name ends as a place's does. */
export const PLACE_END = new RegExp(`(?:${alternation([PLACE_ENDINGS])})$`);

/** How the government named before an office ends, where a person's name does not: '北京市市长', '…人民政府县长'. */
export const GOVERNMENT_ENDINGS: Words = { words: ['省', '市', '区', '县', '府', '院', '州'], example: '涞水县人民政府县长朱明新', source: 'laishui-2020.txt' };

// ── Parts and their horizon ─────────────────────────────────────────────────────────────────────────

/** What a numbered division is called when it is not '一、' ('第一部分'). */
export const DIVISION_WORDS: Words = { words: ['部分', '章'], example: '第一部分 2024年工作回顾', source: 'written' };

/** Words of a heading or a lead that turn to five years ('“十四五”时期' is a pattern, FIVE_YEAR_PLAN). */
export const FIVE_YEAR_WORDS: Words = {
  words: ['五年规划', '规划纲要', '五年来', '过去五年', '今后五年', '未来五年'],
  example: '《纲要草案》明确了今后五年的发展目标',
  source: 'beijing-2026.txt',
};

/** After a year, words that make a five-year heading one year's work ('2026年重点工作'). */
export const YEAR_WORK_WORDS: Words = { words: ['工作', '重点', '主要', '的重点'], example: '三、2026年重点工作', source: 'beijing-2026.txt' };

// ── Lines: where a break was written, where a lead sentence is not one ──────────────────────────────

/** Counting words and measures that follow a number: a line opening with one runs on from a figure. */
export const UNIT_STARTS: Words = {
  words: ['个', '家', '人', '户', '元', '亩', '吨', '万', '亿', '千', '百', '块', '座', '所', '条', '项', '套', '台', '辆', '部', '张', '件', '处', '栋', '场', '期', '名', '位', '支', '批', '列', '岁', '倍', '天', '年', '次', '%', '‰', '公里', '平方', '立方', '千瓦'],
  example: '建成高标准农田13.5万亩',
  source: 'beijing-2025.txt',
};

/** Time and discourse words that open ordinary short sentences, not lead sentences. */
export const NOT_A_LEAD: Words = {
  words: ['今年', '去年', '过去', '一年来', '同时', '我们', '这些', '当前', '目前', '总之', '此外'],
  example: '今年是“十五五”开局之年。',
  source: 'jiangsu-2026.txt',
};

// ── A saved web page's furniture ────────────────────────────────────────────────────────────────────

/** Labels of a page before the report: when it was posted, who wrote it, how often it was read. */
export const PAGE_LABELS: Words = {
  words: ['时间', '发布时间', '发布日期', '日期', '作者', '来源', '信息来源', '阅读', '阅读次数', '浏览', '浏览次数', '点击', '点击数', '评论', '字号', '责任编辑', '编辑'],
  example: '作者：中国县域',
  source: 'fuping-2020.txt',
};

/** The label of a page's summary of the report. */
export const SUMMARY_LABELS: Words = { words: ['内容摘要', '内容提要', '摘要'], example: '内容摘要：', source: 'fuping-2020.txt' };

/** What a page puts after the report: sharing, the neighbouring pages, related and recommended pages. */
export const TRAILERS: Words = {
  words: ['分享到', '上一篇', '下一篇', '相关文章', '相关阅读', '本栏推荐', '阅读排行', '标签云', '打印本页', '关闭窗口'],
  example: '分享到：',
  source: 'fuping-2020.txt',
};
