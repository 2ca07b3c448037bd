import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets, extract, chooseTokenizer, parseReport, type Frame, type Verdict } from '../src/index.js';

/*
 * Spec cases as data (tests/specs/*.json), in the shape of Recognizers-Text's specs: an input, what it
 * must give (`Results`), a comment naming the report or the rule it comes from, and `NotSupported` for a
 * case known not to work yet (run, and expected to fail: when one starts passing, drop the field).
 */
interface Spec<I, R> {
  Input: I;
  Comment: string;
  Results: R[];
  NotSupported?: string;
}
type FrameSpec = Spec<string, { Text: string; Frame: Partial<Omit<Frame, 'subject'>> & { subject?: Partial<Frame['subject']> } }> & { Role: 'plan' | 'review' };
type LinkSpec = Spec<{ Task: string; Account: string }, { Verdict: Verdict }>;

const specs = <T>(name: string): T[] => JSON.parse(readFileSync(join(import.meta.dirname, 'specs', `${name}.json`), 'utf8')) as T[];
const tokenizer = chooseTokenizer();

/** A small report of one district for 2025: its review's words of 2024 and its plan's task for 2025. */
const report2025 = (review: string, plan: string) =>
  `2025年某区政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n${review}。\n\n二、2025年工作安排\n\n今年要${plan}。`;
/** Its 2026 report, whose review gives the account of 2025. */
const report2026 = (account: string) =>
  `2026年某区政府工作报告\n\n各位代表：\n\n一、2025年工作回顾\n\n过去一年，${account}。\n\n二、2026年工作安排\n\n今年要推动地区生产总值增长5%左右。`;

/** `it`, or for a case known not to work yet `it.fails`, with the case's comment in its name. */
const test = (spec: Spec<unknown, unknown>) => (spec.NotSupported ? it.fails : it);

describe('frames (tests/specs/frames.json): a figure is read as a frame once, in extract', () => {
  for (const spec of specs<FrameSpec>('frames')) {
    for (const result of spec.Results) {
      test(spec)(`${spec.Input} → ${result.Text} ${JSON.stringify(result.Frame)} (${spec.NotSupported ?? spec.Comment})`, () => {
        const review = spec.Role === 'review' ? spec.Input : '全区地区生产总值增长5%';
        const plan = spec.Role === 'plan' ? spec.Input : '推动地区生产总值增长5%左右';
        const text = report2025(`过去一年，${review}`, plan);
        const { targets, outcomes } = extract(parseReport(text));
        const found = (spec.Role === 'plan' ? targets : outcomes).find((f) => f.clean.figure === result.Text);
        expect(found, `no figure ${result.Text}`).toBeDefined();
        const { subject, ...rest } = result.Frame;
        expect(found!.frame).toMatchObject(rest);
        if (subject) expect(found!.frame.subject).toMatchObject(subject);
      });
    }
  }
});

describe('links (tests/specs/links.json): a task and a review\'s words, and the verdict the pair must give', () => {
  for (const spec of specs<LinkSpec>('links')) {
    test(spec)(`${spec.Comment} (${spec.Input.Task} / ${spec.Input.Account})`, () => {
      const plan = parseReport(report2025('去年全区地区生产总值增长5%', spec.Input.Task));
      const row = checkTargets(plan, parseReport(report2026(spec.Input.Account)), { tokenizer }).rows[0]!;
      expect(row.verdict).toBe(spec.Results[0]!.Verdict);
      // Unreported means the review has no figure and no words for it.
      if (row.verdict === 'unreported') expect(row.mention).toBeNull();
    });
  }
});
