/**
 * duizhao (对照): compare Chinese government work reports year over year.
 * Every node the pipeline returns carries `span: [start, end)` into the input text.
 */
export * from './report/index.js';
export * from './segment/index.js';
export * from './quantity/index.js';
export * from './extract/index.js';
export * from './render/index.js';
export * from './align/index.js';
export * from './diff/index.js';
export * from './check/index.js';
export * from './compare.js';
export * from './corpus.js';
export * from './batch/index.js';
export * from './track/index.js';
