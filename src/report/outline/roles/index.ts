export { decideRole, headingEvidence, namesPart, paragraphRole, tenseCounts, tenseEvidence, type PartView, type RoleDecision } from './decide.js';
export { GOVERNMENT_WORDS, HEADING_TIME, HEADING_WORDS, HEADING_YEAR, TENSE, type Cue } from './cues.js';
export { periodsNamed, withoutYears, yearsNamed } from './years.js';
