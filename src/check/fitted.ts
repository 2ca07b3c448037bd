/**
 * The linking model fitted on the gold pairs by `npm run fit` (scripts/fit.ts): do not edit by hand.
 * Weights are log2(m / u) for each level of each comparison; thresholds are match weights.
 */
import type { Model } from './model.js';

export const FITTED: Model = {
  "prior": -14.843,
  "weights": {
    "name": {
      "exact": 2.172,
      "contained": 0.653,
      "close": 0.653,
      "near": 0.064,
      "far": 0.064,
      "none": 0
    },
    "rare": {
      "all": 0.553,
      "most": 0.553,
      "some": 0,
      "few": 0
    },
    "head": {
      "named": 0.109,
      "not-named": 0
    },
    "modifiers": {
      "kept": 0.266,
      "missing": 0
    },
    "differs": {
      "no": 1.214,
      "modifier": -0.926,
      "another-thing": -0.329
    },
    "generic": {
      "no": 2.499,
      "only-generic": 1.103,
      "target-names-nothing": 0
    },
    "unit": {
      "same": 1.379,
      "convertible": 0.532,
      "other": 0.532,
      "other-for-short-name": 0
    },
    "magnitude": {
      "within-10x": 0.754,
      "beyond-10x": -1.106,
      "opposite-sign": 0,
      "incomparable": 0.312
    },
    "period": {
      "year": 1.625,
      "end-of-period": -0.436,
      "multi-year": -1.403,
      "cumulative": 0.174
    },
    "flow": {
      "same": 0.764,
      "stock-for-flow": -0.127,
      "level-for-flow": -1.667,
      "flow-for-stock": 0.991
    },
    "passage": {
      "aligned": 0,
      "elsewhere": 0
    },
    "stage": {
      "same": 0.538,
      "other": 0
    },
    "breadth": {
      "same": 0.971,
      "broader": 0
    },
    "noun": {
      "not-a-verb": 0.552,
      "shared": -0.583,
      "not-shared": -0.011
    },
    "specific": {
      "yes": 0.977,
      "short": 0
    },
    "rank": {
      "best": 2.331,
      "near-best": 0,
      "other": 0
    },
    "mutual": {
      "best": 2.151,
      "other": 0
    }
  },
  "vetoes": [
    "modifiers=missing",
    "differs=another-thing",
    "unit=other-for-short-name",
    "flow=level-for-flow",
    "generic=target-names-nothing",
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
