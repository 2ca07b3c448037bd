import { jiebaTokenizer, isContentWord } from '../src/index.js';
const tk = jiebaTokenizer();
for (const s of process.argv.slice(2)) console.log(tk.tokenize(s).map(t => t.text).filter(isContentWord).join('|'));
