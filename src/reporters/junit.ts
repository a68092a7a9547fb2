// JUnit XML for CI test tabs: a testsuite per submission, a testcase per part (the parts a
// student left out of a problem: one testcase, see parts.ts); a part that
// lost points is a <failure>, an unreadable one an <error>. fast-xml-builder writes the XML and
// escapes it: it builds the text directly from plain objects (xmlbuilder2's document tree took
// 6 s and ~0.9 GB for 10,000 submissions; this takes well under a second).
import { createRequire } from 'node:module';
import type { PartResult, Report, SubmissionResult } from '../grading/types.js';
import { pathStart, showControls } from './escape.js';
import { partEntries } from './parts.js';

interface Case {
  name: string;
  problem: string;
  part: Pick<PartResult, 'status' | 'findings' | 'score' | 'maxScore' | 'override'>;
}

function casesOf(s: SubmissionResult): Case[] {
  if (s.status === 'invalid') return [{ name: 'submission', problem: 'file', part: { status: 'invalid', findings: s.findings, score: 0, maxScore: 0 } }];
  return s.problems.flatMap((p) => partEntries(p).map(({ id, part }) => ({ name: one(`${p.id} ${id}`), problem: one(p.id), part })));
}

/**
 * What XML 1.0 cannot hold at all, even escaped (its Char production, §2.2): control characters
 * other than tab and line breaks, U+FFFE/U+FFFF, unpaired surrogates. Student text can carry
 * them (YAML "\x01"); they become U+FFFD so the report stays well-formed.
 */
const NOT_XML_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAYBE_NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const xmlText = (_name: string, value: unknown) => {
  const s = String(value);
  return MAYBE_NOT_XML.test(s) ? s.replace(NOT_XML_CHAR, '\uFFFD') : s;
};
/** Student text in an attribute or a line of a failure's text: on one line, controls shown. */
const one = showControls;

export function junitReport(r: Report): string {
  let tests = 0, failures = 0, errors = 0;
  const testsuite = r.submissions.map((s) => {
    const who = one(s.student ?? s.file);
    const cases = casesOf(s);
    const sFail = cases.filter((c) => c.part.status !== 'correct' && c.part.status !== 'invalid' && c.part.status !== 'unjudged').length;
    const sErr = cases.filter((c) => c.part.status === 'invalid').length;
    tests += cases.length;
    failures += sFail;
    errors += sErr;
    const testcase = cases.map(({ name, problem, part }) => {
      const tc: Record<string, unknown> = { '@_name': name, '@_classname': `${who}.${problem}`, '@_time': '0' };
      if (part.status === 'unjudged') tc.skipped = { '@_message': one(part.findings[0]?.message ?? 'not judged') };
      else if (part.status !== 'correct') {
        const text = part.findings.map((f) => `${pathStart(f.file ?? '?')}:${f.line}:${f.column} ${f.severity} ${one(f.message)} (${one(f.code)})`).join('\n') || part.status;
        const first = part.findings.find((f) => f.severity === 'error') ?? part.findings[0];
        tc[part.status === 'invalid' ? 'error' : 'failure'] = { '@_message': one(first?.message ?? part.status), '@_type': one(first?.code ?? part.status), '#text': `${part.status}: ${part.score}/${part.maxScore} points\n${text}` };
      }
      // An override is said even on a part that now passes (policy/overrides.ts).
      if ('override' in part && part.override) tc['system-out'] = `override: ${part.override.before} → ${part.override.after} points${part.override.by ? ` by ${one(part.override.by)}` : ''}: ${one(part.override.reason)}`;
      return tc;
    });
    return {
      '@_name': who, '@_tests': cases.length, '@_failures': sFail, '@_errors': sErr, '@_skipped': 0, '@_time': '0', '@_file': one(s.file),
      properties: { property: { '@_name': 'score', '@_value': `${s.score}/${s.maxScore}` } },
      testcase,
    };
  });
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: { '@_name': 'gradecheck', '@_tests': tests, '@_failures': failures, '@_errors': errors, '@_time': '0', testsuite },
  };
  // Loaded for this format only.
  const { default: XMLBuilder } = createRequire(import.meta.url)('fast-xml-builder') as typeof import('fast-xml-builder');
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: true, suppressBooleanAttributes: false, tagValueProcessor: xmlText, attributeValueProcessor: xmlText });
  return `${builder.build(doc) as string}\n`;
}
