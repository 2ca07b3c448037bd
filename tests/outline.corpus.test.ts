import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report/index.js';
import { corpusText } from './corpus.js';
import type { GovernmentLevel, MarkerKind, Part, PartRole } from '../src/report/outline/types.js';

/*
 * The outline of every corpus report, as read from the report text by hand (not from the program's
 * output). Each case cites the lines of corpus/<file> where it was checked.
 *
 * A part is [heading start, role, top-level sections]:
 * - heading start: compared with the start of `Part.heading`, both sides without whitespace and
 *   quotation marks; '' is the preamble before the first heading (must be exactly '').
 * - role: one role, or the roles a mixed heading allows ('…发展成就和…主要目标任务' is both a
 *   five-year review and the next five-year plan).
 * - top-level sections: a number pins `part.sections.length` (all at level 1); an object pins only
 *   the number of level-1 sections of each marker kind named (used where the part mixes an
 *   enumerated list with other lead paragraphs whose status is not certain); omitted where the part
 *   has no enumeration and the count is uncertain by design (plain paragraphs, 附件, 名词解释).
 */
type Count = number | Partial<Record<MarkerKind, number>>;
type P = [heading: string, role: PartRole | PartRole[], sections?: Count];
interface Case {
  file: string;
  planYear: number;
  government: string;
  level: GovernmentLevel;
  parts: P[];
}

const PRE: P = ['', 'other'];
// The links a scraped page puts after the report (its furniture): a part of its own, with no heading.
const LINKS: P = ['', 'other'];
const MIXED: PartRole[] = ['review', 'plan'];

const CASES: Case[] = [
  // beiguan-2019.txt l.5 '——2019年6月14日在安阳市北关区第十届人民代表大会…'; l.13 '## 一、2018年以来工作回顾',
  // （一）…（四） l.17–49 (each with ——**…** leads inside); l.71 '## 二、2019 年工作安排', **（一）…（七）**
  // l.83–151; l.163 '### 三、全面加强政府建设', five **…。** leads l.169, 171, 173, 179, 181.
  { file: 'beiguan-2019.txt', planYear: 2019, government: '安阳市北关区', level: 'district', parts: [
    PRE, ['一、2018年以来工作回顾', 'review', 4], ['二、2019年工作安排', 'plan', 7], ['三、全面加强政府建设', 'government', 5],
  ] },
  // beijing-2025.txt l.3 '…在北京市第十六届…'; l.9 '一、2024年工作回顾': four ——我们… paragraphs l.15–21 (no short
  // lead, not pinned), then 一是…七是 l.25–37; l.47 '二、2025年工作总体要求和重点任务', （一）…（十一） l.57–157.
  { file: 'beijing-2025.txt', planYear: 2025, government: '北京市', level: 'provincial', parts: [
    PRE, ['一、2024年工作回顾', 'review', { ordinal: 7 }], ['二、2025年工作总体要求和重点任务', 'plan', 11],
  ] },
  // beijing-2026.txt l.5 '北京市市长 殷勇'; l.11 '一、2025年工作回顾', 一是…六是 l.19–29; l.39 '二、“十四五”时期发展成就和
  // “十五五”时期主要目标任务' (review l.41–51, plan l.53–65, plain paragraphs); l.67 '三、2026年重点工作', （一）…（十） l.75–171.
  { file: 'beijing-2026.txt', planYear: 2026, government: '北京市', level: 'provincial', parts: [
    PRE, ['一、2025年工作回顾', 'review', 6], ['二、“十四五”时期发展成就和“十五五”时期主要目标任务', MIXED],
    ['三、2026年重点工作', 'plan', 10],
  ] },
  // guangdong-2025.txt l.5 '广东省省长 王伟中'; l.11 '一、2024年工作回顾': four ——面对… paragraphs l.15–21 (not pinned),
  // 一是…九是 l.25–41; l.51 '二、2025年工作安排', （一）…（十二） l.61–179 (（十二）全面加强政府自身建设 is a section);
  // l.193 '附件1' (2025年省十件民生实事; its 一、…十、 at l.197–215 are list items, not parts); l.217 '附件2 名词解释'.
  { file: 'guangdong-2025.txt', planYear: 2025, government: '广东省', level: 'provincial', parts: [
    PRE, ['一、2024年工作回顾', 'review', { ordinal: 9 }], ['二、2025年工作安排', 'plan', 12], ['附件1', 'other'],
    ['附件2', 'other'],
  ] },
  // guangdong-2026.txt l.1 '政府工作报告' (no year, no place), l.3–5 '——2026年1月26日在广东省第十四届' / '人民代表大会…',
  // l.7 '广东省省长 孟凡利'; l.13 '一、2025年和“十四五”时期工作回顾': 一是…六是 l.17–37, then seven '这是…的五年。'
  // lines l.43–67 (not pinned); l.77 '二、“十五五”时期的主要目标和重点任务', 一是…五是 l.89–105; l.111 '三、2026年工作安排',
  // （一）…（十四） l.115–283; l.299 '附件1' (its 一、…十、 l.305–341 are list items); l.345 '附件2', l.347 '名词解释'.
  { file: 'guangdong-2026.txt', planYear: 2026, government: '广东省', level: 'provincial', parts: [
    PRE, ['一、2025年和“十四五”时期工作回顾', 'review', { ordinal: 6 }], ['二、“十五五”时期的主要目标和重点任务', 'plan', 5],
    ['三、2026年工作安排', 'plan', 14], ['附件1', 'other'], ['附件2', 'other'],
  ] },
  // henan-2025.txt l.3 '…在河南省第十四届…'; l.9 '一、2024 年工作回顾', （一）…（八） l.13–27; l.35 '二、2025年工作总体要求和
  // 主要目标' (plain paragraphs l.37–43); l.45 '三、2025年重点工作', （一）…（十） l.49–127.
  { file: 'henan-2025.txt', planYear: 2025, government: '河南省', level: 'provincial', parts: [
    PRE, ['一、2024年工作回顾', 'review', 8], ['二、2025年工作总体要求和主要目标', 'plan'], ['三、2025年重点工作', 'plan', 10],
  ] },
  // henan-2026.txt l.5 '河南省人民政府省长 王凯'; l.11 '一、“十四五”时期和2025年工作回顾': six lead paragraphs l.15–25
  // (not pinned), （一）…（五） l.29–37; l.45 '二、“十五五”时期主要目标任务', eight ——坚持… l.49–63; l.67 '三、2026年重点
  // 工作安排', （一）…（十） l.75–153.
  { file: 'henan-2026.txt', planYear: 2026, government: '河南省', level: 'provincial', parts: [
    PRE, ['一、“十四五”时期和2025年工作回顾', 'review', { 'paren-numeral': 5 }], ['二、“十五五”时期主要目标任务', 'plan', 8],
    ['三、2026年重点工作安排', 'plan', 10],
  ] },
  // hubei-2025.txt l.3 '…在湖北省第十四届…'; l.9 '一、2024年工作回顾': five ——… leads l.13–21 (not pinned), （一）…（八）
  // l.25–39; l.45 '二、2025年工作思路和重点任务', （一）…（八） l.55–71; l.75 '三、全面加强政府自身建设', 一是…五是 l.79–87.
  { file: 'hubei-2025.txt', planYear: 2025, government: '湖北省', level: 'provincial', parts: [
    PRE, ['一、2024年工作回顾', 'review', { 'paren-numeral': 8 }], ['二、2025年工作思路和重点任务', 'plan', 8],
    ['三、全面加强政府自身建设', 'government', 5],
  ] },
  // hubei-2026.txt l.5 '湖北省人民政府省长 李殿勋'; l.11 '一、“十四五”时期和2025年工作回顾': ——… l.15–27 (seven, five
  // years) and l.33, 43, 51 (three, 2025, each over lead paragraphs); l.63 '二、“十五五”时期工作的主要考虑', 一是…六是
  // l.79–89; l.91 '三、2026年的重点工作', （一）…（九） l.101–205; l.221 '四、努力建设让人民满意的法治型服务型政府',
  // （一）…（五） l.225–233.
  { file: 'hubei-2026.txt', planYear: 2026, government: '湖北省', level: 'provincial', parts: [
    PRE, ['一、“十四五”时期和2025年工作回顾', 'review', 10], ['二、“十五五”时期工作的主要考虑', 'plan', 6],
    ['三、2026年的重点工作', 'plan', 9], ['四、努力建设让人民满意的法治型服务型政府', 'government', 5],
  ] },
  // jiangsu-2025.txt l.3 '…在江苏省第十四届…'; l.9 '一、2024年工作回顾', （一）…（六） l.13–33; l.45 '二、2025年工作总体要求
  // 和目标任务' (plain paragraphs l.47–57); l.59 '三、2025年重点工作', （一）…（十） l.63–143.
  { file: 'jiangsu-2025.txt', planYear: 2025, government: '江苏省', level: 'provincial', parts: [
    PRE, ['一、2024年工作回顾', 'review', 6], ['二、2025年工作总体要求和目标任务', 'plan'], ['三、2025年重点工作', 'plan', 10],
  ] },
  // jiangsu-2026.txt l.3 '——2026年2月3日在江苏省第十四届…', l.5 '省长 刘小涛'; l.11 '一、“十四五”时期和2025年工作回顾',
  // （一）…（六） l.15–29, then two ——… leads for 2025 l.37–39 (not pinned); l.45 '二、“十五五”时期工作总体要求和目标任务',
  // （一）…（五） l.55–63; l.65 '三、2026年重点工作', （一）…（十） l.69–87.
  { file: 'jiangsu-2026.txt', planYear: 2026, government: '江苏省', level: 'provincial', parts: [
    PRE, ['一、“十四五”时期和2025年工作回顾', 'review', { 'paren-numeral': 6 }],
    ['二、“十五五”时期工作总体要求和目标任务', 'plan', 5], ['三、2026年重点工作', 'plan', 10],
  ] },
  // national-2014.txt l.1–3 '各位代表：' / '现在，我代表国务院…' (no title); l.9 '一、2013年工作回顾', ——… leads l.14–20,
  // 一是…五是 l.26–60; l.80 '二、2014年工作总体部署', 第一，…第三， l.95–101 (the run-in leads '关于经济增长。' l.89 and
  // '关于价格水平。' l.91 may be sections too: only the ordinals are pinned); l.105 '三、2014年重点工作', （一）…（九）
  // l.112–230 (government's own work l.247–253 has no heading).
  { file: 'national-2014.txt', planYear: 2014, government: '国务院', level: 'national', parts: [
    PRE, ['一、2013年工作回顾', 'review', { dash: 4, ordinal: 5 }], ['二、2014年工作总体部署', 'plan', { ordinal: 3 }],
    ['三、2014年重点工作', 'plan', 9],
  ] },
  // national-2015.txt l.3 '现在，我代表国务院…'; l.9 '一、2014年工作回顾', 一是…五是 l.18–50; l.70 '二、2015年工作总体部署',
  // 第一，…第三， l.87–97; l.103 '三、把改革开放扎实推向纵深', l.140 '四、协调推动经济稳定增长和结构优化', l.181 '五、持续推进
  // 民生改善和社会建设' (lead-sentence paragraphs, count not pinned); l.206 '六、切实加强政府自身建设' (坚持… l.211–217).
  { file: 'national-2015.txt', planYear: 2015, government: '国务院', level: 'national', parts: [
    PRE, ['一、2014年工作回顾', 'review', 5], ['二、2015年工作总体部署', 'plan', 3], ['三、把改革开放扎实推向纵深', 'plan'],
    ['四、协调推动经济稳定增长和结构优化', 'plan'], ['五、持续推进民生改善和社会建设', 'plan'], ['六、切实加强政府自身建设', 'government'],
  ] },
  // national-2016.txt l.3 '现在，我代表国务院…'; l.9 '一、2015年工作回顾', ——经济运行保持在合理区间。… l.14–20, 一是…六是
  // l.28–42; l.64 '二、“十三五”时期主要目标任务和重大举措', ——… l.71–81; l.91 '三、2016年重点工作', （一）…（八） l.106–223.
  { file: 'national-2016.txt', planYear: 2016, government: '国务院', level: 'national', parts: [
    PRE, ['一、2015年工作回顾', 'review', { dash: 4, ordinal: 6 }], ['二、“十三五”时期主要目标任务和重大举措', 'plan', 6],
    ['三、2016年重点工作', 'plan', 8],
  ] },
  // national-2017.txt l.4–5 '政府工作报' / '告', l.8 '——2017年3月5日在第十二届全国人民代表大会…', l.12 '国务院总理';
  // l.25 '一、2016年工作回顾', ——… l.36, 40, 42 (bare '——' then '改革开放' l.43), 48, 50, 52, 64, 一是…八是 l.72–107;
  // l.135 '二、2017年工作总体部署' (plain paragraphs); l.170 '三、2017年重点工作任务', （一）…（九） l.175–313.
  { file: 'national-2017.txt', planYear: 2017, government: '国务院', level: 'national', parts: [
    PRE, ['一、2016年工作回顾', 'review', { dash: 7, ordinal: 8 }], ['二、2017年工作总体部署', 'plan'],
    ['三、2017年重点工作任务', 'plan', 9],
  ] },
  // national-2021.txt l.18 '国务院总理'; l.30 '一、2020年工作回顾', 一是…七是 l.41–61; l.80 '二、“十三五”时期发展成就和
  // “十四五”时期主要目标任务' (review l.83, plan l.85–113), ——… l.91–111 (nine); l.117 '三、2021年重点工作', （一）…（八）
  // l.132–205.
  { file: 'national-2021.txt', planYear: 2021, government: '国务院', level: 'national', parts: [
    PRE, ['一、2020年工作回顾', 'review', 7], ['二、“十三五”时期发展成就和“十四五”时期主要目标任务', MIXED, 9],
    ['三、2021年重点工作', 'plan', 8],
  ] },
  // national-2022.txt l.13 '国务院总理'; l.23 '一、2021年工作回顾', ——… l.28–42 (seven), 一是…八是 l.46–67; l.82 '二、2022年
  // 经济社会发展总体要求和政策取向' (plain paragraphs); l.103 '三、2022年政府工作任务', （一）…（九） l.108–194.
  { file: 'national-2022.txt', planYear: 2022, government: '国务院', level: 'national', parts: [
    PRE, ['一、2021年工作回顾', 'review', { dash: 7, ordinal: 8 }], ['二、2022年经济社会发展总体要求和政策取向', 'plan'],
    ['三、2022年政府工作任务', 'plan', 9],
  ] },
  // shanghai-2025.txt l.3 '----2025年1月15日龚正市长在上海市第十六届…'; l.9 '一、2024年工作回顾', （一）…（六） l.17–67;
  // l.83 '二、2025年主要任务', （一）…（九） l.93–165; l.183 '三、全面提升政府治理现代化水平', （一）…（四） l.187–193.
  { file: 'shanghai-2025.txt', planYear: 2025, government: '上海市', level: 'provincial', parts: [
    PRE, ['一、2024年工作回顾', 'review', 6], ['二、2025年主要任务', 'plan', 9], ['三、全面提升政府治理现代化水平', 'government', 4],
  ] },
  // shanghai-2026.txt l.5 '上海市市长 龚 正'; l.11 '一、2025年工作回顾', （一）…（五） l.19–63; l.77 '二、关于《上海市国民经济
  // 和社会发展第十五个五年规划纲要（草案）》的说明', （一）…（四） l.87–93; l.97 '三、2026年主要任务', （一）…（十） l.105–197;
  // l.209 '四、深入推进政府治理创新', （一）…（四） l.213–219.
  { file: 'shanghai-2026.txt', planYear: 2026, government: '上海市', level: 'provincial', parts: [
    PRE, ['一、2025年工作回顾', 'review', 5], ['二、关于《上海市国民经济和社会发展第十五个五年规划纲要', 'plan', 4],
    ['三、2026年主要任务', 'plan', 10], ['四、深入推进政府治理创新', 'government', 4],
  ] },
  // sichuan-2025.txt l.5 '四川省人民政府省长 施小琳'; unnumbered part headings: l.11 '2024年工作回顾' (——… l.15–23 not
  // pinned, （一）…（六） l.27–45); l.59 '2025年工作安排建议', （一）…（九） l.71–143; l.155 '加强政府自身建设', （一）…（四）
  // l.159–165; l.169 '名词解释' (1.–50.).
  { file: 'sichuan-2025.txt', planYear: 2025, government: '四川省', level: 'provincial', parts: [
    PRE, ['2024年工作回顾', 'review', { 'paren-numeral': 6 }], ['2025年工作安排建议', 'plan', 9],
    ['加强政府自身建设', 'government', 4], ['名词解释', 'other'],
  ] },
  // sichuan-2026.txt l.1 '2026年四川省人民政府工作报告'; l.11 '一、2025年工作回顾和“十四五”发展主要成绩', 一是…六是 l.17–27
  // (五年来… paragraphs l.37–45 not pinned); l.53 '二、“十五五”发展的主要考虑', 一是…四是 l.61–67; l.69 '三、2026年工作安排',
  // （一）…（十） l.77–173; l.183 '名词解释' (1.–20.).
  { file: 'sichuan-2026.txt', planYear: 2026, government: '四川省', level: 'provincial', parts: [
    PRE, ['一、2025年工作回顾和“十四五”发展主要成绩', 'review', { ordinal: 6 }], ['二、“十五五”发展的主要考虑', 'plan', 4],
    ['三、2026年工作安排', 'plan', 10], ['名词解释', 'other'],
  ] },
  // zhejiang-2025.txt l.3 '…在浙江省第十四届…浙江省代省长刘捷…'; l.9 '一、2024年工作回顾', （一）…（十一） l.13–33; l.43 '二、
  // 2025年目标任务和重点工作', （一）…（十一） l.51–141 (民生实事 1.–10. l.155–173 come after).
  { file: 'zhejiang-2025.txt', planYear: 2025, government: '浙江省', level: 'provincial', parts: [
    PRE, ['一、2024年工作回顾', 'review', 11], ['二、2025年目标任务和重点工作', 'plan', 11],
  ] },
  // zhejiang-2026.txt l.5 '浙江省省长 刘捷'; l.11 '一、2025年主要工作和“十四五”发展成就', （一）…（十） l.15–33, ——… l.43–51
  // (not pinned); l.57 '二、“十五五”时期的主要目标任务', ——… l.67–75 (not pinned), （一）…（六） l.79–89; l.91 '三、2026年重点
  // 工作', （一）…（十） l.97–199 (（十）着力加强政府自身建设 is a section; 1.–10. l.179–197 between （九） and （十）).
  { file: 'zhejiang-2026.txt', planYear: 2026, government: '浙江省', level: 'provincial', parts: [
    PRE, ['一、2025年主要工作和“十四五”发展成就', 'review', { 'paren-numeral': 10 }],
    ['二、“十五五”时期的主要目标任务', 'plan', { 'paren-numeral': 6 }], ['三、2026年重点工作', 'plan', 10],
  ] },
  // The 海拉尔区 reports are GB18030 with CRLF (read through corpusText). Each opens with the spaced title
  // '政 府 工 作 报 告' (hailar-2017 has none), the meeting line '…在海拉尔区第十N届人民代表大会第M次会议上' and
  // '海拉尔区人民政府区长 …'; then '一、…工作回顾' and '二、YYYY年工作安排' (grep of the part headings:
  // hailar-2012 l.17 '一、过去一年工作回顾', l.41 '二、2012年政府工作总体要求和目标任务'; hailar-2016 l.11
  // '一、“十二五”时期和2015年工作回顾', l.63 '二、“十三五”经济社会发展的主要目标和任务', l.69 '三、2016年工作安排';
  // hailar-2019 l.74 '三、加强政府自身建设', and its meeting line names 呼伦贝尔市海拉尔区).
  ...[2012, 2013].map((y): Case => ({ file: `hailar-${y}.txt`, planYear: y, government: '海拉尔区', level: 'district', parts: [
    PRE, ['一、过去一年工作回顾', 'review'], [`二、${y}年`, 'plan'],
  ] })),
  ...[2014, 2015, 2017, 2018].map((y): Case => ({ file: `hailar-${y}.txt`, planYear: y, government: '海拉尔区', level: 'district', parts: [
    PRE, [`一、${y - 1}年工作回顾`, 'review'], [`二、${y}年工作安排`, 'plan'],
  ] })),
  { file: 'hailar-2016.txt', planYear: 2016, government: '海拉尔区', level: 'district', parts: [
    PRE, ['一、“十二五”时期和2015年工作回顾', 'review'], ['二、“十三五”经济社会发展的主要目标和任务', 'plan'], ['三、2016年工作安排', 'plan'],
  ] },
  { file: 'hailar-2019.txt', planYear: 2019, government: '呼伦贝尔市海拉尔区', level: 'district', parts: [
    PRE, ['一、2018年工作回顾', 'review'], ['二、2019年工作安排', 'plan'], ['三、加强政府自身建设', 'government'],
  ] },
  // Scraped from 中国县域 (PROVENANCE.md): a page header runs into the title ('工作报告⏎2021年涞源县政府工作报告⏎
  // 时间：…'), the meeting line leaves out 第 and the place ('在县十六届人民代表大会第五次会议上'); the speaker's
  // office names the county ('涞源县人民政府县长'). laiyuan-2021 l.13–14, 33–34: part headings set over two lines,
  // no role words; l.45 '三、接续奋斗2021年，…'. laiyuan-2022 l.14, 26, 41. qingyuan-2022…2024 l.13/25/60,
  // l.14/26/62, l.14/26/60: '一、YYYY年（政府）工作回顾', '二、YYYY年（政府）工作目标和主要任务', '三、全面加强政府自身建设'.
  // After the report each page has its links ('上一篇：', '相关文章', '阅读排行'): a last part, read as nothing.
  { file: 'laiyuan-2021.txt', planYear: 2021, government: '涞源县', level: 'county', parts: [
    PRE, ['一、回顾“十三五”，我们以脱贫攻坚为统揽，坚定前行、砥砺奋进，全面建成小康社会取得决定性成就', 'review'],
    ['二、展望“十四五”，我们站在新的历史起点，意气风发、豪情满怀，全面开启社会主义现代化建设新征程', 'plan'], ['三、接续奋斗2021年', 'plan'], LINKS,
  ] },
  { file: 'laiyuan-2022.txt', planYear: 2022, government: '涞源县', level: 'county', parts: [
    PRE, ['一、2021年工作回顾', 'review'], ['二、2022年工作总体要求和主要目标', 'plan'], ['三、全面加强政府自身建设', 'government'], LINKS,
  ] },
  // Scraped from the same site (PROVENANCE.md), read against each file's heading lines. fuping-2020 and 2022 number
  // no part ('2019年工作回顾', l.13); fuping-2020 has two glossaries (l.76, l.97), laishui-2021 one between marks
  // ('※名词解释※'); laishui-2022 has no part on the government's own work; shunping-2021 was delivered in July
  // ('三、2021年下半年重点工作'); shunping-2023/2024 and xushui-* are one line with written-out breaks and no
  // page links after the report; xushui-2012's fourth part is a slogan ('四、全力营造风清气正的工作氛围和政治环境').
  { file: 'fuping-2020.txt', planYear: 2020, government: '阜平县', level: 'county', parts: [
    PRE, ['2019年工作回顾', 'review'], ['2020年工作目标和主要任务', 'plan'], ['全面加强政府自身建设', 'government'], ['名词解释', 'other'], ['名词解释', 'other'], LINKS,
  ] },
  { file: 'fuping-2021.txt', planYear: 2021, government: '阜平县', level: 'county', parts: [
    PRE, ['一、“十三五”时期和2020年主要工作回顾', 'review'], ['二、“十四五”时期主要目标任务', 'plan'], ['三、2021年重点工作', 'plan'], ['四、全面加强政府自身建设', 'government'], ['名词解释', 'other'], LINKS,
  ] },
  { file: 'fuping-2022.txt', planYear: 2022, government: '阜平县', level: 'county', parts: [
    PRE, ['2021年主要工作回顾', 'review'], ['2022年工作目标和主要任务', 'plan'], ['名词解释', 'other'], LINKS,
  ] },
  { file: 'laishui-2020.txt', planYear: 2020, government: '涞水县', level: 'county', parts: [
    PRE, ['一、2019年工作回顾', 'review'], ['二、2020年政府工作总体思路和目标任务', 'plan'], ['三、全面提升政府治理能力和水平', 'government'], LINKS,
  ] },
  { file: 'laishui-2021.txt', planYear: 2021, government: '涞水县', level: 'county', parts: [
    PRE, ['一、“十三五”时期经济社会发展回顾', 'review'], ['二、“十四五”时期的主要目标任务', 'plan'], ['三、2021年主要工作', 'plan'], ['四、加强政府自身建设', 'government'], ['※名词解释※', 'other'], LINKS,
  ] },
  { file: 'laishui-2022.txt', planYear: 2022, government: '涞水县', level: 'county', parts: [
    PRE, ['一、2021年工作回顾', 'review'], ['二、2022年政府工作总体思路和目标任务', 'plan'], LINKS,
  ] },
  ...(['2020', '2022', '2023'] as const).map((y): Case => ({ file: `mancheng-${y}.txt`, planYear: Number(y), government: '保定市满城区', level: 'district', parts: [
    PRE, [`一、${Number(y) - 1}年工作回顾`, 'review'], [`二、${y}年`, 'plan'], ['三、全面加强政府自身建设', 'government'], ...(y === '2023' ? [] : [['名词解释', 'other'] as P]), LINKS,
  ] })),
  { file: 'shunping-2020.txt', planYear: 2020, government: '顺平县', level: 'county', parts: [
    PRE, ['一、2019年工作回顾', 'review'], ['二、2020年总体思路', 'plan'], ['三、2020年目标任务', 'plan'], LINKS,
  ] },
  { file: 'shunping-2021.txt', planYear: 2021, government: '顺平县', level: 'county', parts: [
    PRE, ['一、过去五年工作回顾', 'review'], ['二、今后五年任务目标', 'plan'], ['三、2021年下半年重点工作', 'plan'], ['四、全面加强政府自身建设', 'government'], ['名词解释', 'other'], LINKS,
  ] },
  { file: 'shunping-2022.txt', planYear: 2022, government: '顺平县', level: 'county', parts: [
    PRE, ['一、2021年工作回顾', 'review'], ['二、2022年工作安排', 'plan'], ['三、全面加强政府自身建设', 'government'], ['名词解释', 'other'], LINKS,
  ] },
  ...[2023, 2024].map((y): Case => ({ file: `shunping-${y}.txt`, planYear: y, government: '顺平县', level: 'county', parts: [
    PRE, [`一、${y - 1}年工作回顾`, 'review'], [`二、${y}年工作安排`, 'plan'], ['三、全面加强政府自身建设', 'government'],
  ] })),
  { file: 'xushui-2010.txt', planYear: 2010, government: '徐水县', level: 'county', parts: [
    PRE, ['一、2009年工作回顾', 'review'], ['二、2010年发展目标和工作重点', 'plan'], ['三、加强政府自身建设', 'government'],
  ] },
  { file: 'xushui-2011.txt', planYear: 2011, government: '徐水县', level: 'county', parts: [
    PRE, ['一、“十一五”期间经济社会发展取得重大成就', 'review'], ['二、“十二五”时期经济社会发展的战略任务', 'plan'], ['三、2011年经济社会发展的重点工作', 'plan'],
  ] },
  { file: 'xushui-2012.txt', planYear: 2012, government: '徐水县', level: 'county', parts: [
    PRE, ['一、过去五年工作回顾', 'review'], ['二、今后五年经济社会发展的战略任务', 'plan'], ['三、2012年经济社会发展任务目标和重点工作', 'plan'], ['四、全力营造风清气正的工作氛围和政治环境', 'government'],
  ] },
  { file: 'xushui-2013.txt', planYear: 2013, government: '徐水县', level: 'county', parts: [
    PRE, ['一、关于2012年政府工作', 'review'], ['二、2013年经济社会发展任务目标和重点工作', 'plan'],
  ] },
  ...[2022, 2023, 2024].map((y): Case => ({ file: `qingyuan-${y}.txt`, planYear: y, government: '保定市清苑区', level: 'district', parts: [
    PRE, [`一、${y - 1}年`, 'review'], [`二、${y}年`, 'plan'], ['三、全面加强政府自身建设', 'government'], LINKS,
  ] })),
];

const bare = (s: string) => s.replace(/[\s“”"‘’'「」]/g, '');

/** The part as the program outlined it, in the shape of the expectation it is compared with. */
function observed(p: Part, want: P | undefined): P {
  const heading = bare(p.heading);
  const h = want && want[0] !== '' && heading.startsWith(bare(want[0])) ? want[0] : p.heading;
  const role = want && Array.isArray(want[1]) && want[1].includes(p.role) ? want[1] : p.role;
  if (!want || want[2] === undefined) return [h, role];
  const top = p.sections.filter((s) => s.level === 1);
  if (typeof want[2] === 'number') return [h, role, top.length === p.sections.length ? top.length : -1];
  const counts: Partial<Record<MarkerKind, number>> = {};
  for (const kind of Object.keys(want[2]) as MarkerKind[]) counts[kind] = top.filter((s) => s.marker === kind).length;
  return [h, role, counts];
}

describe('outline of the corpus reports', () => {
  for (const c of CASES) {
    it(c.file, () => {
      const report = parseReport(corpusText(c.file));
      const { planYear, government, level } = report.meta;
      expect.soft({ planYear, government, level }, 'meta').toEqual({
        planYear: c.planYear,
        government: c.government,
        level: c.level,
      });
      expect.soft(report.parts.map((p, i) => observed(p, c.parts[i])), 'parts').toEqual(c.parts);
    });
  }
});
