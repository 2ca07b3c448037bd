import { describe, expect, it } from 'vitest';
import { cueCounts, stanceOf, tenseCounts } from '../src/report/outline/roles/index.js';
import { corpusText } from './corpus.js';

describe('cueCounts', () => {
  it("of paragraphs joined by '\\n' are the sums of each paragraph's (no cue spans a line break)", () => {
    const paragraphs = corpusText('beijing-2025.txt').split('\n').filter((p) => p.trim() !== '');
    const each = paragraphs.map(cueCounts);
    expect(cueCounts(paragraphs.join('\n'))).toEqual(each[0]!.map((_, i) => each.reduce((n, c) => n + c[i]!, 0)));
  });

  it('weigh as tenseCounts does: a paragraph that reports results is a review', () => {
    const text = '一年来，我们完成了年度目标任务，实现地区生产总值增长5.2%，取得新进展。';
    expect(tenseCounts(text).onlyPast).toBeGreaterThanOrEqual(2);
    expect(stanceOf(cueCounts(text), false).role).toBe('review');
    expect(stanceOf(cueCounts('今年要加快推动重点项目建设，力争完成投资目标。'), false).role).toBe('plan');
  });
});
