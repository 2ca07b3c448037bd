/**
 * The page's own script (plain browser JavaScript, run after the bundle that defines `duizhao`): two
 * reports in (a dropped or chosen file, or pasted text), the scorecard and the diff out.
 */
export const UI_SCRIPT = String.raw`
(() => {
  const $ = (id) => document.getElementById(id);
  const bytes = Uint8Array.from(atob($('wasm').textContent.trim()), (c) => c.charCodeAt(0));
  let tokenizer = null;
  const files = { plan: null, review: null };

  for (const side of ['plan', 'review']) {
    const box = $(side + '-box');
    const input = $(side + '-file');
    const chosen = (file) => {
      files[side] = file;
      $(side + '-name').textContent = file ? file.name : '';
    };
    input.addEventListener('change', () => chosen(input.files[0] || null));
    // Text typed or pasted replaces a file chosen before.
    $(side + '-text').addEventListener('input', () => {
      input.value = '';
      chosen(null);
    });
    box.addEventListener('dragover', (e) => { e.preventDefault(); box.classList.add('over'); });
    box.addEventListener('dragleave', () => box.classList.remove('over'));
    box.addEventListener('drop', (e) => {
      e.preventDefault();
      box.classList.remove('over');
      if (e.dataTransfer.files[0]) chosen(e.dataTransfer.files[0]);
    });
  }

  const status = (text, error) => {
    $('status').textContent = text;
    $('status').className = error ? 'error' : '';
  };
  const download = (id, text, type) => {
    const link = $(id);
    if (link.href) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([text], { type }));
  };

  $('run').addEventListener('click', async () => {
    const plan = files.plan || $('plan-text').value;
    const review = files.review || $('review-text').value;
    if (!plan || !review) return status('请提供两份报告 · give both reports (a file or pasted text)', true);
    $('run').disabled = true;
    document.body.dataset.state = 'running';
    try {
      status(tokenizer ? '对照中 · comparing…' : '加载分词 · loading the word segmenter…');
      tokenizer = tokenizer || (await duizhao.loadTokenizer(bytes));
      status('对照中 · comparing…');
      // Let the status show before the comparison holds the page.
      await new Promise((next) => setTimeout(next, 0));
      const started = performance.now();
      const { card, diff } = await duizhao.compareInBrowser(plan, review, { tokenizer, force: $('force').checked });
      for (const v of ['met', 'missed', 'unclear', 'unreported']) $('count-' + v).textContent = String(card.summary[v]);
      $('results').hidden = false;
      // A link inside a frame (#plan-T1) jumps within it, not to the page's own address.
      const framed = (html) => html.replace('<head>', '<head><base href="about:srcdoc">');
      $('card').srcdoc = framed(card.toHTML());
      $('diff').srcdoc = framed(duizhao.diffHtml(diff, card.planReport, card.reviewReport, card.plan.file, card.review.file));
      download('csv', card.toCSV(), 'text/csv;charset=utf-8');
      download('md', card.toMarkdown(), 'text/markdown;charset=utf-8');
      const warn = [card.warning, ...card.assumptions].filter(Boolean).join('; ');
      status(card.rows.length + ' 项目标 targets · ' + Math.round(performance.now() - started) + ' ms' + (warn ? ' · ' + warn : ''));
      document.body.dataset.state = 'done';
    } catch (error) {
      // No result of an earlier pair stays on show beside the error.
      $('results').hidden = true;
      for (const id of ['csv', 'md']) {
        if ($(id).href) URL.revokeObjectURL($(id).href);
        $(id).removeAttribute('href');
      }
      status(error.message, true);
      document.body.dataset.state = 'error';
    } finally {
      $('run').disabled = false;
    }
  });
  document.body.dataset.state = 'ready';
})();
`;
