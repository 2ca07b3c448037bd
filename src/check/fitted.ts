/**
 * The linking model fitted on the gold pairs by `npm run fit` (scripts/fit.ts): do not edit by hand.
 * Weights are log2(m / u) for each level of each comparison; thresholds are match weights.
 */
import type { Model } from './model.js';

export const FITTED: Model = {
  "prior": -13.705,
  "weights": {
    "name": {
      "exact": 2.182,
      "contained": 0.633,
      "close": 0.633,
      "near": 0.049,
      "far": 0.049,
      "none": 0
    },
    "rare": {
      "all": 0.488,
      "most": 0.488,
      "some": 0,
      "few": 0
    },
    "head": {
      "named": 0.134,
      "not-named": 0
    },
    "modifiers": {
      "kept": 0.281,
      "missing": 0
    },
    "differs": {
      "no": 1.214,
      "modifier": -0.925,
      "another-thing": -0.319
    },
    "generic": {
      "no": 1.583,
      "only-generic": 0
    },
    "unit": {
      "same": 1.36,
      "convertible": 0.526,
      "other": 0.526,
      "other-for-short-name": 0
    },
    "magnitude": {
      "within-10x": 0.749,
      "beyond-10x": -1.111,
      "opposite-sign": 0,
      "incomparable": 0.334
    },
    "period": {
      "year": 1.618,
      "end-of-period": -0.422,
      "multi-year": -1.403,
      "cumulative": 0.178
    },
    "flow": {
      "same": 0.776,
      "stock-for-flow": -0.157,
      "level-for-flow": -1.659,
      "flow-for-stock": 1.011
    },
    "passage": {
      "aligned": 0,
      "elsewhere": 0
    },
    "stage": {
      "same": 0.638,
      "other": 0
    },
    "breadth": {
      "same": 0.57,
      "broader": 0
    },
    "noun": {
      "not-a-verb": 0.518,
      "shared": -0.537,
      "not-shared": -0.011
    },
    "specific": {
      "yes": 1.133,
      "short": 0
    },
    "rank": {
      "best": 2.319,
      "near-best": 0,
      "other": 0
    },
    "mutual": {
      "best": 2.147,
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
  "verdict": 1,
  "link": -1.5,
  "tolerance": 0.03
};
