import type { Paragraph, Part, Report, RoleEvidence, Section, Stance } from '../report/outline/types.js';
import type { Span } from '../report/span.js';
import { inertControls } from './control.js';
import { padEnd, truncate } from './width.js';

export interface OutlineSectionJson {
  heading: string;
  span: Span;
  marker: Section['marker'];
  level: number;
  paragraphs: number;
  sentences: number;
  sections?: OutlineSectionJson[];
}

export interface OutlineJson {
  file: string | null;
  title: string | null;
  planYear: number | null;
  government: string | null;
  level: Report['meta']['level'];
  date: string | null;
  meeting: string | null;
  speaker: string | null;
  office: string | null;
  /** Every place that says what the plan year and the government are. */
  witnesses: Report['meta']['witnesses'];
  /** Where they disagree, and how it was decided. */
  conflicts: string[];
  parts: Array<{
    role: Part['role'];
    confidence: number;
    evidence: Part['evidence'];
    /** For a part that mixes an account and a plan: each of its paragraphs' role. */
    paragraphRoles?: Array<{ span: Span } & Stance>;
    heading: string;
    span: Span;
    paragraphs: number;
    sentences: number;
    sections: OutlineSectionJson[];
  }>;
}

interface Counts {
  paragraphs: number;
  sentences: number;
}

function countsOf(node: { paragraphs: Part['paragraphs']; sections: Section[] }): Counts {
  const own = { paragraphs: node.paragraphs.length, sentences: node.paragraphs.reduce((n, p) => n + p.sentences.length, 0) };
  return node.sections.map(countsOf).reduce((a, b) => ({ paragraphs: a.paragraphs + b.paragraphs, sentences: a.sentences + b.sentences }), own);
}

function sectionJson(section: Section): OutlineSectionJson {
  return {
    heading: section.heading,
    span: section.span,
    marker: section.marker,
    level: section.level,
    ...countsOf(section),
    ...(section.sections.length ? { sections: section.sections.map(sectionJson) } : {}),
  };
}

/** The role of every paragraph of a part, heading and sections included, in order. */
function stancesOf(part: Part): Array<{ span: Span } & Stance> {
  const out: Array<{ span: Span } & Stance> = [];
  const walk = (node: { paragraphs: Paragraph[]; sections: Section[] }) => {
    for (const p of node.paragraphs) if (p.stance) out.push({ span: p.span, ...p.stance });
    node.sections.forEach(walk);
  };
  walk(part);
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** The outline as the JSON of `duizhao outline --json`. */
export function outlineJson(report: Report, file: string | null = null): OutlineJson {
  const { meta } = report;
  return {
    file,
    title: meta.title,
    planYear: meta.planYear,
    government: meta.government,
    level: meta.level,
    date: meta.date,
    meeting: meta.meeting,
    speaker: meta.speaker,
    office: meta.office,
    witnesses: meta.witnesses,
    conflicts: meta.conflicts,
    parts: report.parts.map((part) => ({
      role: part.role,
      confidence: part.confidence,
      evidence: part.evidence,
      ...(part.mixed ? { paragraphRoles: stancesOf(part) } : {}),
      heading: part.heading,
      span: part.span,
      ...countsOf(part),
      sections: part.sections.map(sectionJson),
    })),
  };
}

const HEADING_COLUMNS = 52;

function line(indent: number, role: string, heading: string, span: Span, counts: Counts, sections: number): string {
  const head = padEnd(truncate(heading, HEADING_COLUMNS), HEADING_COLUMNS + 1);
  const where = padEnd(`${span[0]}–${span[1]}`, 14);
  const sectionCount = sections ? `${sections} §  ` : '';
  return `${padEnd(' '.repeat(indent) + role, 12)}${head}${where}${sectionCount}${counts.paragraphs} ¶  ${counts.sentences} sentences`;
}

/** One cue in words: '回顾 (heading) → review +2.5'. */
function evidenceText(e: RoleEvidence): string {
  return `${e.seen} (${e.cue}) → ${e.says} +${e.weight.toFixed(1)}`;
}

/** The outline as a readable tree: role, heading, span and counts of every part and section. */
export function outlineText(report: Report, file: string | null = null, depth = 2): string {
  const { meta } = report;
  const facts = [
    meta.government && meta.level ? `${meta.government} (${meta.level})` : meta.government,
    meta.planYear ? `plans for ${meta.planYear}` : 'plan year unknown',
    meta.date,
    meta.meeting,
    [meta.office, meta.speaker].filter(Boolean).join(' ') || null,
  ].filter(Boolean);
  const out = [`${file ? `${file}: ` : ''}${meta.title ?? '(no title)'}`, `  ${facts.join(' · ')}`, ...meta.conflicts.map((c) => `  read despite a conflict: ${c}`), ''];
  const walk = (sections: Section[], indent: number) => {
    for (const s of sections) {
      if (s.level > depth) continue;
      out.push(line(indent, `§${s.level}`, s.heading, s.span, countsOf(s), s.sections.length));
      walk(s.sections, indent + 2);
    }
  };
  for (const part of report.parts) {
    // A part with no heading and no cues is the front matter, or after the report a web page's links.
    const heading = part.heading || (part.evidence.length ? '(no heading)' : part === report.parts[0] ? '(preamble)' : '(page furniture)');
    out.push(line(0, part.role, heading, part.span, countsOf(part), part.sections.length));
    if (part.evidence.length) out.push(`  ${part.role} ${part.confidence.toFixed(2)}: ${part.evidence.map(evidenceText).join(' · ')}`);
    walk(part.sections, 2);
  }
  return inertControls(out.join('\n'));
}
