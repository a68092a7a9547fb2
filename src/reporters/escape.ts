// Student text in reports: ids, file names, answers quoted in messages. Reports go to terminals,
// CI logs, spreadsheets and job summaries, where a line break or a control character is an
// instruction: a line that starts with `::error ` or `::add-mask::` is a GitHub workflow command,
// ESC starts a terminal escape, a cell that starts with `=` is a spreadsheet formula. Every
// reporter passes student text through these functions; a test feeds every format hostile text.

/**
 * Characters shown escaped: C0 and C1 controls, DEL, every line break a reader might honour
 * (LF, CR, NEL, U+2028, U+2029) and the bidirectional overrides that reorder what is shown.
 */
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text on one line, every control character and line break shown as an escape (`\x1b`, `\n`). */
export function showControls(s: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(s) ? s.replace(CONTROL, escapeChar) : s;
}

/**
 * Text that begins an output line (a student id): on one line, and quoted unless it starts with
 * a letter or a digit, so no line starts with what a student wrote to be read as a command
 * (`::error ::…` becomes `"::error ::…"`, `=cmd` becomes `"=cmd"`).
 */
export function lineStart(s: string): string {
  const one = showControls(s);
  return /^[\p{L}\p{N}]/u.test(one) ? one : `"${one.replace(/"/g, '\\"')}"`;
}

/**
 * A file path that begins an output line. A path with a directory starts with the instructor's
 * folder; a bare file name is all the student's, so it is written `./name` (`./::error ::x.yaml`
 * is no workflow command). Controls are shown escaped.
 */
export function pathStart(path: string): string {
  const one = showControls(path);
  return path.includes('/') ? one : `./${one}`;
}

/**
 * JSON text with DEL, the C1 controls (NEL, CSI…) and U+2028/U+2029 escaped too: JSON.stringify
 * escapes only C0, and a report printed to a log or a terminal must not carry the others raw.
 */
const JSON_RAW = /[\u007f-\u009f\u2028\u2029]/g;
export function jsonLines(json: string): string {
  JSON_RAW.lastIndex = 0;
  return JSON_RAW.test(json) ? json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
