// A submission cut into its blocks of text: each top-level key with its lines, and each
// problem under `answers:` with its lines. Grading reads a problem's block on its own and
// remembers the result by the block's text, so a block written exactly as one already graded
// (hundreds of students give the same answer) is neither parsed nor graded again: reading
// YAML is most of the cost of grading a batch.
//
// This is not a YAML parser: it only finds where blocks start, and only in the plainest layout
// (block style; plain keys at column 0 and at one indentation under `answers:`). Anything
// else — a tab, a CR, a document marker, a key it cannot read, a line between the two
// indentations, a duplicate — returns null, and the file is read whole as before. Each block
// is then parsed by the YAML reader; why that gives the tree of the whole file:
//  - a line less indented than a block's key cannot continue that block's values (plain and
//    block scalars end there), so a block that parses alone ends where the file says it does;
//  - a block that is still open at its end (an unclosed quote or bracket) fails alone, and
//    then the whole file is read as before; so do aliases to anchors in other blocks.
// A test compares the results of both ways on every bundled file and many rewritten ones.

export interface Block {
  key: string;
  /** 1-based line of the key. */
  line: number;
  /** 1-based column of the key (its indentation + 1). */
  column: number;
  /** The key's line up to the next key of the same level (comments and blank lines included). */
  text: string;
}

export interface SubmissionBlocks {
  /** Top-level keys other than `answers`, in file order. */
  top: Block[];
  answersLine: number;
  /** The problems under `answers:`, in file order (at least one). */
  problems: Block[];
}

const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: |$)/;
const PROBLEM_KEY = /^ +([A-Za-z0-9][A-Za-z0-9_.-]*):(?: |$)/;
const NOTHING_AFTER_KEY = /^ *(?:#.*)?$/;

export function splitBlocks(text: string): SubmissionBlocks | null {
  if (/[\t\r\uFEFF]/.test(text)) return null;
  const top: Block[] = [];
  const problems: Block[] = [];
  const keys = new Set<string>();
  const ids = new Set<string>();
  let answersLine = 0;
  let inAnswers = false;
  let indent = 0; // of the problem keys, set by the first
  let open: { block: Block; from: number; into: Block[] } | null = null; // the block being read
  const close = (to: number) => {
    if (open) (open.block.text = text.slice(open.from, to)), open.into.push(open.block);
    open = null;
  };
  let line = 0;
  for (let start = 0; start < text.length; ) {
    line++;
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    if (i === end || text.charCodeAt(i) === 35 /* # */) {
      start = next; // blank or comment: stays in the block it is in
      continue;
    }
    const lead = i - start;
    if (lead === 0) {
      const content = text.slice(start, end);
      const m = TOP_KEY.exec(content);
      if (!m || keys.has(m[1])) return null;
      keys.add(m[1]);
      close(start);
      inAnswers = m[1] === 'answers';
      if (inAnswers) {
        if (!NOTHING_AFTER_KEY.test(content.slice(m[0].length))) return null; // a value on its line: not this layout
        answersLine = line;
      } else open = { block: { key: m[1], line, column: 1, text: '' }, from: start, into: top };
    } else if (inAnswers) {
      if (indent === 0) indent = lead;
      if (lead < indent) return null;
      if (lead === indent) {
        const m = PROBLEM_KEY.exec(text.slice(start, end));
        if (!m || ids.has(m[1])) return null;
        ids.add(m[1]);
        close(start);
        open = { block: { key: m[1], line, column: lead + 1, text: '' }, from: start, into: problems };
      }
    } else if (open === null) return null; // indented text before any key
    start = next;
  }
  close(text.length);
  return answersLine > 0 && problems.length > 0 ? { top, answersLine, problems } : null;
}
