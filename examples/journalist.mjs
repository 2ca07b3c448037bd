// A journalist's notebook, to copy and change: score every report in a folder against the next
// year's, keep the targets that were missed, print them as a table, and chart one district's
// growth target against what it reported, year by year.
//
//   node examples/journalist.mjs [FOLDER] [OUT_DIR]
//
// FOLDER defaults to the reports bundled with duizhao; OUT_DIR (default: the current folder) gets
// misses.csv and hailar-gdp.svg. In a notebook, run the lines one cell at a time.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { batchStream, corpusFiles, corpusPath, track, trackSvg } from 'duizhao';

const folder = process.argv[2] ?? dirname(corpusPath('hailar-2012.txt'));
const out = process.argv[3] ?? '.';

// 1. Every consecutive-year pair of one government in the folder, row by row as each pair finishes.
const misses = [];
for await (const event of batchStream([folder])) {
  if (event.type === 'unpaired') {
    console.log(`left out: ${event.unpaired.file} (${event.unpaired.reason})`);
    continue;
  }
  const { government, planYear, summary } = event.pair;
  console.log(`${government} ${planYear}: ${summary.met} met, ${summary.missed} missed, ${summary.unreported} unreported`);
  misses.push(...event.rows.filter((row) => row.verdict === 'missed'));
}

// 2. The misses as a table: what was promised, what was reported, and where to check it.
const table = misses.map((row) => ({
  government: row.government,
  year: row.planYear,
  target: row.target.text,
  outcome: row.outcome?.text ?? '',
  margin: row.margin?.text ?? '',
  source: `${row.where.outcome?.file}:${row.where.outcome?.line}`,
}));
console.table(table.slice(0, 15));
// Quoted cells; a leading ' keeps a spreadsheet from running a cell that starts like a formula.
const field = (v) => `"${String(v).replace(/^[=+\-@]/, "'$&").replace(/"/g, '""')}"`;
const csv = ['government,year,target,outcome,margin,source', ...table.map((r) => Object.values(r).map(field).join(','))];
writeFileSync(join(out, 'misses.csv'), `\uFEFF${csv.join('\r\n')}\r\n`);

// 3. Has 海拉尔区 ever met its growth target? Its reports 2012–2019, the GDP growth series, as a chart.
const hailar = corpusFiles().filter((f) => f.startsWith('hailar-')).map((f) => corpusPath(f));
const record = await track(hailar, { indicator: 'GDP' });
const growth = record.series.find((s) => s.measure === 'growth');
if (!growth) throw new Error('no GDP growth target in these reports');
for (const p of growth.points) console.log(`${p.planYear}: target ${p.target.text} → ${p.outcome?.text ?? '—'} (${p.verdict})`);
writeFileSync(join(out, 'hailar-gdp.svg'), trackSvg(growth));
console.log(`wrote ${join(out, 'misses.csv')} (${table.length} misses) and ${join(out, 'hailar-gdp.svg')}`);
