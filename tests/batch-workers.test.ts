import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../src/index.js';

const GB = 1024 ** 3;

describe('how many batch workers by default', () => {
  it('leaves a core to the main thread, which reads, pairs and writes', () => {
    expect(defaultJobs(2, 16 * GB)).toBe(1);
    expect(defaultJobs(8, 16 * GB)).toBe(7);
  });
  it('starts no more than free memory holds (half a gigabyte each)', () => {
    expect(defaultJobs(8, 1 * GB)).toBe(2);
    expect(defaultJobs(8, 1.4 * GB)).toBe(2);
  });
  it('always starts one', () => {
    expect(defaultJobs(1, 16 * GB)).toBe(1);
    expect(defaultJobs(4, 0.1 * GB)).toBe(1);
  });
});
