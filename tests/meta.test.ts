import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

const meta = (front: string) => parseReport(`${front}\n\n各位代表：\n\n现在，我代表省人民政府，向大会报告工作。`).meta;

describe('metadata from the front matter (each line copied from the report named)', () => {
  it('a district report: meeting line, then office and name (beiguan-2019.txt lines 3–7)', () => {
    expect(meta('# 政府工作报告\n\n——2019年6月14日在安阳市北关区第十届人民代表大会第四次会议上\n\n代区长 路录平')).toMatchObject({
      title: '政府工作报告',
      date: '2019-06-14',
      meeting: '安阳市北关区第十届人民代表大会第四次会议',
      office: '代区长',
      speaker: '路录平',
      government: '安阳市北关区',
      level: 'district',
      planYear: 2019,
    });
  });

  it('speaker inside the meeting line, with 同志 (beijing-2025.txt line 3)', () => {
    expect(meta('2025年北京市政府工作报告\n\n2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇同志作政府工作报告。')).toMatchObject({
      office: '北京市市长',
      speaker: '殷勇',
      government: '北京市',
      level: 'provincial',
      date: '2025-01-14',
    });
  });

  it('name before office, meeting ending in 的 (shanghai-2025.txt line 3)', () => {
    expect(meta('2025年上海市政府工作报告\n\n----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告')).toMatchObject({
      office: '市长',
      speaker: '龚正',
      meeting: '上海市第十六届人民代表大会第三次会议',
      government: '上海市',
    });
  });

  it('a national report with its title broken over two lines (national-2021.txt lines 8–19)', () => {
    expect(meta('政府工作报\n告\n\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n\n国务院总理\n　李克强')).toMatchObject({
      title: '政府工作报告',
      government: '国务院',
      level: 'national',
      office: '国务院总理',
      speaker: '李克强',
      date: '2021-03-05',
    });
  });

  it('no front matter at all: the opening sentence names the State Council (national-2014.txt line 1–3)', () => {
    const m = parseReport('各位代表：\n\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n\n一、2013年工作回顾\n\n过去一年。\n\n二、2014年工作总体部署\n\n今年要做好。').meta;
    expect(m).toMatchObject({ title: null, date: null, government: '国务院', level: 'national', planYear: 2014 });
  });

  it('the plan year comes from the plan part when the report is delivered mid-year or names it', () => {
    const report = parseReport('各位代表：\n\n一、2018年以来工作回顾\n\n过去一年。\n\n二、2019 年工作安排\n\n今年要做好。');
    expect(report.meta.planYear).toBe(2019);
    expect(report.parts.map((p) => p.role)).toEqual(['other', 'review', 'plan']);
  });

  it('without a dated plan part, the plan year is the year after the one the review names', () => {
    expect(parseReport('各位代表：\n\n一、2024年工作回顾\n\n过去一年。\n\n二、今年工作安排\n\n要做好。').meta.planYear).toBe(2025);
  });
});
