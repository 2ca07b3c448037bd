/*
 * Text written to a terminal (the text renderers, and Markdown, which `duizhao check` prints) holds names and
 * report text, which are untrusted: an ESC sequence in a file name could recolour, retitle or rewrite the
 * screen, and a lone carriage return could print one name over another. So control characters are shown, not
 * obeyed: C0 controls and DEL as their Unicode Control Pictures (ESC as ␛, '\x1b[31m' prints '␛[31m'), C1
 * controls, which have no picture, as U+FFFD. Tab, line feed and CR LF keep their meaning. Each takes one
 * column, as displayWidth counted the control, so padded tables stay aligned.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/g;

const picture = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0x1f ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\uFFFD';
};

/** `text` with its control characters made visible and inert (tab, line feed and CR LF kept). */
export function inertControls(text: string): string {
  return text.replace(CONTROL, picture);
}
