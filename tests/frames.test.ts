import { describe, expect, it } from 'vitest';
import { extract, parseReport, type Frame } from '../src/index.js';
import { corpusText } from './corpus.js';

/*
 * Spec cases as data: a sentence and the frame its figure must be read as. Each sentence is either
 * quoted from a corpus report (named) or written in the pattern of one.
 */

/** The frame of the figure written `figure` in a plan (or, with review, a review) sentence of a small report. */
function frameOf(sentence: string, figure: string, role: 'plan' | 'review' = 'plan'): Frame {
  const review = role === 'review' ? sentence : '全区地区生产总值增长5%';
  const plan = role === 'plan' ? sentence : '推动地区生产总值增长5%左右';
  const text = `2025年某区政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n过去一年，${review}。\n\n二、2025年工作安排\n\n今年要${plan}。`;
  const { targets, outcomes } = extract(parseReport(text));
  const found = (role === 'plan' ? targets : outcomes).find((f) => f.clean.figure === figure);
  if (!found) throw new Error(`no figure ${figure} in ${sentence}`);
  return found.frame;
}

const cases: Array<{ sentence: string; figure: string; role?: 'plan' | 'review'; frame: Partial<Omit<Frame, 'subject'>> & { subject?: Partial<Frame['subject']> } }> = [
  // zhejiang-2025: a modifier that makes another indicator.
  { sentence: '海洋生产总值增长6%以上', figure: '6%以上', frame: { measure: 'growth', subject: { modifiers: ['海洋'] } } },
  // national-2016: 中央 makes another deficit.
  { sentence: '中央财政赤字1.4万亿元', figure: '1.4万亿元', frame: { measure: 'amount', subject: { modifiers: ['中央'] } } },
  // hubei-2025 / hubei-2026: a year's flow against the stock at its end.
  { sentence: '新建5G基站2.3万个以上', figure: '2.3万个以上', frame: { flow: true, measure: 'count' } },
  { sentence: '5G基站增至18.8万个', figure: '18.8万个', role: 'review', frame: { flow: false, measure: 'count' } },
  // national-2015, national-2016: problems solved are a flow, named after the figure when the words before are only a verb.
  { sentence: '今年再解决6000万农村人口饮水安全问题', figure: '6000万', frame: { flow: true, subject: { name: '再解决农村人口饮水安全问题' } } },
  { sentence: '6600多万农村人口饮水安全问题得到解决', figure: '6600多万', role: 'review', frame: { flow: true } },
  // hailar-2019: the verb of a flow after the figure.
  { sentence: '26座水冲式公共厕所投入使用', figure: '26座', role: 'review', frame: { flow: true } },
  // national-2017: a bare magnitude after people is a count of persons.
  { sentence: '易地扶贫搬迁人口超过240万', figure: '超过240万', role: 'review', frame: { unit: '万人', measure: 'count' } },
  // qingyuan-2023: the measure word of a rate is not its subject; synonyms fold (市场主体 is 经营主体).
  { sentence: '新增市场主体增长率保持在18%以上', figure: '18%以上', frame: { measure: 'growth', subject: { name: '经营主体' } } },
  // henan-2026: a share at a level, not a rise.
  { sentence: '常住人口城镇化率提高到60%', figure: '60%', frame: { measure: 'share' } },
  // henan-2025, sichuan-2026: runs and visits are counted (班次, 人次), not a level.
  { sentence: '开行班列4000班次', figure: '4000班次', frame: { measure: 'count', unit: '班次' } },
  { sentence: '各类健身活动吸引4000余万人次参与', figure: '4000余万人次', role: 'review', frame: { measure: 'count' } },
  // jiangsu-2025: a duration in Chinese numerals.
  { sentence: '第二轮土地承包到期后再延长三十年', figure: '三十年', frame: { measure: 'duration' } },
  // shanghai-2025, zhejiang-2025: a name that is only a verb takes the noun after its figure, whatever the unit.
  { sentence: '打造5个“五好两宜”和美乡村片区', figure: '5个', frame: { subject: { name: '打造五好两宜美乡村片区', head: '片区' } } },
  { sentence: '保持2300万省外劳动力', figure: '2300万', frame: { unit: '万人', subject: { name: '保持省外劳动力' } } },
  // The head noun, acts and measures after it taken off (beijing-2025, henan-2025, sichuan-2025).
  { sentence: '建设高标准农田15万亩', figure: '15万亩', frame: { subject: { head: '农田' } } },
  { sentence: '实现7000处信号灯联网', figure: '7000处', frame: { subject: { head: '号灯' } } },
  { sentence: '社会融资规模增量1万亿元', figure: '1万亿元', frame: { subject: { head: '规模' } } },
  // shanghai-2025: money alone borrows the subject of the clause before.
  { sentence: '推进重大工程建设，全年完成投资2400亿元', figure: '2400亿元', frame: { subject: { name: '重大工程投资', borrowed: true } } },
  // C2: a later list item's own words decide its direction (beijing-2026, guangdong-2025).
  { sentence: '新建5个以上紧密型城市医疗集团、区级覆盖率达80%以上', figure: '80%以上', frame: { measure: 'share' } },
  { sentence: '工业机器人产量增长31.2%、占全国44%', figure: '44%', role: 'review', frame: { measure: 'share' } },
  { sentence: '工业机器人产量增长31.2%、占全国44%', figure: '31.2%', role: 'review', frame: { measure: 'growth' } },
  // …and an item without words of its own keeps the list's verb.
  { sentence: '新增规上企业50家、高新技术企业3%', figure: '3%', frame: { measure: 'growth' } },
  // Periods: the plan year, a running total, a multi-year average.
  { sentence: '完成固定资产投资2400亿元', figure: '2400亿元', frame: { period: 'year', measure: 'amount' } },
  { sentence: '累计新增城镇就业60万人', figure: '60万人', role: 'review', frame: { period: 'cumulative' } },
  { sentence: '地区生产总值年均增长6.1%', figure: '6.1%', role: 'review', frame: { period: 'multi-year', measure: 'growth' } },
  // guangdong-2026: 累计 opening a clause sums every item of its 、-list; shanghai-2025: 累计分别达到 is where totals stand.
  { sentence: '累计完成林分优化1105万亩、森林抚育1111万亩', figure: '1111万亩', role: 'review', frame: { period: 'cumulative' } },
  { sentence: '专精特新中小企业和小巨人企业累计分别达到1522家、103家', figure: '103家', role: 'review', frame: { period: 'year' } },
  { sentence: '新增城镇就业1.2万人、累计转移农村劳动力3.5万人、城镇调查失业率5.2%', figure: '5.2%', role: 'review', frame: { period: 'year' } },
  // shanghai-2026: 累计达到 is where the total stands, a level of the year.
  { sentence: '保障性租赁住房累计达到61万套', figure: '61万套', role: 'review', frame: { period: 'year' } },
];

describe('a figure is read as a frame once, in extract', () => {
  for (const c of cases) {
    it(`${c.sentence} → ${JSON.stringify(c.frame)}`, () => {
      const { subject, ...rest } = c.frame;
      const frame = frameOf(c.sentence, c.figure, c.role);
      expect(frame).toMatchObject(rest);
      if (subject) expect(frame.subject).toMatchObject(subject);
    });
  }

  it('a figure of a five-year passage is the period\'s sum when it is a flow, the level at its end otherwise (guangdong-2026)', () => {
    const { outcomes } = extract(parseReport(corpusText('guangdong-2026.txt')));
    const periods = new Set(outcomes.filter((o) => o.horizon === 'multi-year').map((o) => o.frame.period));
    expect(periods).toContain('multi-year');
    expect(periods).toContain('end-of-period');
  });

  it.each([
    ['hubei-2026.txt', '粮食总产量稳定在550亿斤左右', '550亿斤'],
    ['sichuan-2026.txt', '粮食年产量稳定在700亿斤以上', '700亿斤'],
    ['hubei-2026.txt', '民生财政支出占比保持在75%以上', '75%'],
  ])('%s: a level held through a five-year passage (%s) covers every year of it, not its end', (file, sentence, figure) => {
    const { outcomes } = extract(parseReport(corpusText(file)));
    const found = outcomes.find((o) => o.clean.sentence.includes(sentence) && o.clean.figure.startsWith(figure));
    expect(found).toMatchObject({ horizon: 'multi-year', frame: { period: 'multi-year' } });
  });
});
