export { cueCounts, decideRole, headingEvidence, stanceOf, tenseCounts, type PartView, type RoleDecision } from './decide.js';
export { GOVERNMENT_WORDS, HEADING_TIME, HEADING_WORDS, HEADING_YEAR, namesPart, TENSE, type Cue } from '../../../lexicon/parts.js';
export { periodsNamed, withoutYears, yearsNamed } from './years.js';
