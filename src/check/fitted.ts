/**
 * The linking model fitted on the gold pairs by `npm run fit` (scripts/fit.ts): do not edit by hand.
 * Weights are log2(m / u) for each level of each comparison; thresholds are match weights.
 */
import type { Model } from './model.js';

export const FITTED: Model = {
  "prior": -14.118,
  "weights": {
    "name": {
      "exact": 2.161,
      "contained": 0.62,
      "close": 0.62,
      "near": 0.049,
      "far": 0.049,
      "none": 0
    },
    "rare": {
      "all": 0.502,
      "most": 0.502,
      "some": 0,
      "few": 0
    },
    "head": {
      "named": 0.129,
      "not-named": 0
    },
    "modifiers": {
      "kept": 0.279,
      "missing": 0
    },
    "differs": {
      "no": 1.217,
      "modifier": -0.929,
      "another-thing": -0.319
    },
    "generic": {
      "no": 1.587,
      "only-generic": 0
    },
    "unit": {
      "same": 1.366,
      "convertible": 0.525,
      "other": 0.525,
      "other-for-short-name": 0
    },
    "magnitude": {
      "within-10x": 0.746,
      "beyond-10x": -1.109,
      "opposite-sign": 0,
      "incomparable": 0.332
    },
    "period": {
      "year": 1.623,
      "end-of-period": -0.427,
      "multi-year": -1.404,
      "cumulative": 0.177
    },
    "flow": {
      "same": 0.774,
      "stock-for-flow": -0.15,
      "level-for-flow": -1.662,
      "flow-for-stock": 1.008
    },
    "passage": {
      "aligned": 0,
      "elsewhere": 0
    },
    "stage": {
      "same": 0.637,
      "other": 0
    },
    "breadth": {
      "same": 0.972,
      "broader": 0
    },
    "noun": {
      "not-a-verb": 0.517,
      "shared": -0.538,
      "not-shared": -0.011
    },
    "specific": {
      "yes": 1.139,
      "short": 0
    },
    "rank": {
      "best": 2.33,
      "near-best": 0,
      "other": 0
    },
    "mutual": {
      "best": 2.148,
      "other": 0
    }
  },
  "vetoes": [
    "modifiers=missing",
    "differs=another-thing",
    "unit=other-for-short-name",
    "flow=level-for-flow",
    "rank=near-best"
  ],
  "fitted": {
    "governments": [
      "上海市",
      "保定市清苑区",
      "保定市满城区",
      "北京市",
      "四川省",
      "国务院",
      "江苏省",
      "河南省",
      "浙江省",
      "海拉尔区",
      "涞水县",
      "湖北省",
      "顺平县"
    ],
    "links": 209,
    "pairs": 504
  },
  "verdict": -0.5,
  "link": -1.5,
  "tolerance": 0.03
};
