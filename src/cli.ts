#!/usr/bin/env node
// The gradecheck command line. Argument parsing is commander's; each command lives in
// src/commands/ and returns the exit code of the SPEC (0 done, 1 below --fail-under, 2 usage
// or invalid problem).
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './commands/shared.js';

// Each command is imported when it runs: `grade` must not pay for `solve`'s YAML writer.
const gradeCommand = async (...a: Parameters<typeof import('./commands/grade.js').gradeCommand>) => (await import('./commands/grade.js')).gradeCommand(...a);
const solveCommand = async (...a: Parameters<typeof import('./commands/solve.js').solveCommand>) => (await import('./commands/solve.js')).solveCommand(...a);
const validateCommand = async (...a: Parameters<typeof import('./commands/validate.js').validateCommand>) => (await import('./commands/validate.js')).validateCommand(...a);
const statsCommand = async (...a: Parameters<typeof import('./commands/stats.js').statsCommand>) => (await import('./commands/stats.js')).statsCommand(...a);
const gradescopePackageCommand = async (...a: Parameters<typeof import('./commands/gradescope-package.js').gradescopePackageCommand>) => (await import('./commands/gradescope-package.js')).gradescopePackageCommand(...a);
const releaseCommand = async (...a: Parameters<typeof import('./commands/release.js').releaseCommand>) => (await import('./commands/release.js')).releaseCommand(...a);
const templateCommand = async (...a: Parameters<typeof import('./commands/release.js').templateCommand>) => (await import('./commands/release.js')).templateCommand(...a);
const collectCommand = async (...a: Parameters<typeof import('./commands/collect.js').collectCommand>) => (await import('./commands/collect.js')).collectCommand(...a);
const checkCommand = async (...a: Parameters<typeof import('./commands/check.js').checkCommand>) => (await import('./commands/check.js')).checkCommand(...a);
const mergeCommand = async (...a: Parameters<typeof import('./commands/merge.js').mergeCommand>) => (await import('./commands/merge.js')).mergeCommand(...a);

const program = new Command();
program.name('gradecheck').description('Grade and verify neural-network coursework: exact references, tfjs cross-checks, line-precise feedback.').version('0.1.0');
program.exitOverride();

/**
 * Anything unexpected is a bug or the machine's (out of memory, a disk error): one line and exit
 * 2, never exit 1, which means "below --fail-under". The stack only under GRADECHECK_DEBUG=1.
 */
function internalError(e: unknown): never {
  const err = e instanceof Error ? e : new Error(String(e));
  const debug = process.env.GRADECHECK_DEBUG === '1';
  process.stderr.write(`gradecheck: internal error: ${err.message.split('\n')[0]}${debug ? '' : ' (GRADECHECK_DEBUG=1 shows where)'}\n`);
  if (debug) process.stderr.write(`${err.stack ?? ''}\n`);
  process.exit(2);
}
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

// `gradecheck grade … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  internalError(e);
});

let exitCode = 0;
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
const run = async (p: Promise<number>): Promise<void> => {
  exitCode = await p;
};

program
  .command('validate')
  .description('check problem and submission files')
  .argument('<paths...>', 'files or directories')
  .option('--problems <path>', 'also check submissions against these problems (repeatable)', collect)
  .option('--roster <csv>', 'overrides.yaml: refuse an override naming a student not in this roster')
  .action((paths: string[], o) => run(validateCommand(paths, o)));

program
  .command('solve')
  .description('reference answers and worked solutions')
  .argument('<paths...>', 'problem files or directories')
  .addOption(new Option('--format <format>', 'output format').choices(['yaml', 'markdown', 'json']).default('yaml'))
  .option('--output <file>', 'write to a file instead of stdout')
  .option('--student <id>', 'student id of the generated answer key', 'answer-key')
  .option('--assignment <id>', 'only this assignment\'s problems (an answer key names it; needed when the problems form several)')
  .option('--secret-file <file>', 'the course secret: templated problems are solved for --student\'s variant (else $GRADECHECK_SECRET)')
  .option('--no-cache', 'do not read or write the reference cache')
  .option('--seeds <k>', 'training-claims: train each model k times (mean ± spread)')
  .option('--max-train <n>', 'training-claims: use the first n training images (a quick check)')
  .option('--epochs <n>', 'training-claims: train n epochs instead of the problem\'s')
  .option('--engine <name>', 'training-claims: auto (PyTorch when installed, else tfjs; default, or $GRADECHECK_ENGINE), tfjs or torch')
  .option('--jobs <n>', 'training-claims: training threads (default: one per core, at most 2: a batch is cut in 2 shards)')
  .action((paths: string[], o) => run(solveCommand(paths, o)));

program
  .command('grade')
  .description('grade submissions against problems')
  .option('--problems <path>', 'a problem file or directory (repeatable; required)', collect)
  .argument('<submissions...>', 'submission files or directories')
  .option('--format <format>', 'text, json, markdown, junit, gradescope, csv, canvas, moodle or github', 'text')
  .option('--roster <csv>', 'the class (a CSV with a student column): canvas, moodle rows for every student, with their LMS ids; and the platform ids (github, email, sid, repo) the options below match')
  .option('--feedback <level>', 'full (default), hints (the mistake and why, no expected value) or score (scores and statuses only)')
  .option('--visibility <when>', 'gradescope: visible (default), after_due_date, after_published or hidden')
  .option('--assignment <id>', 'the assignment of submissions that name none')
  .option('--manifest <file>', 'collect\'s gradecheck-collect.json: each folder\'s files are its student\'s (whatever they say), with their commit\'s time for the late policy')
  .option('--gradescope-metadata <file>', 'Gradescope\'s submission_metadata.json: the files are its submitter\'s (whatever they say)')
  .option('--github-repository <owner/name>', 'the files are this repository\'s student (its roster repo, or the github login that owns or ends it)')
  .option('--github-actor <login>', 'with --github-repository: who pushed (the student when the roster knows no repository)')
  .addOption(new Option('--missing <blank|zero>', 'canvas, moodle: a roster student with no submission gets an empty cell or 0 (listed on stderr either way)').choices(['blank', 'zero']))
  .option('--secret-file <file>', 'the course secret that draws each student\'s variant (else $GRADECHECK_SECRET)')
  .option('--output <file>', 'write the report to a file instead of stdout')
  .option('--fail-under <percent>', 'exit 1 when a submission scores below this percentage')
  .option('--no-cache', 'do not read or write the reference cache')
  .option('--shard <K/N>', 'grade only the K-th of N slices of the submissions (CI matrix jobs)')
  .option('--jobs <n>', 'threads grading, and training threads (default: one per core; for grading, workers join only a long batch)')
  .option('--seeds <k>', 'training-claims: train each model k times (mean ± spread)')
  .option('--max-train <n>', 'training-claims: use the first n training images (a quick check)')
  .option('--epochs <n>', 'training-claims: train n epochs instead of the problem\'s')
  .option('--engine <name>', 'training-claims: auto (PyTorch when installed, else tfjs; default, or $GRADECHECK_ENGINE), tfjs or torch')
  .option('--no-train', 'training-claims: retrain nothing; check only what the claims themselves say (a final figure against its curve, comparisons against the claimed figures) and exact parameter counts, in milliseconds, without the data')
  .action((paths: string[], o) => run(gradeCommand(paths, o)));

program
  .command('stats')
  .description('class statistics: scores, parts, and the misconceptions the findings show')
  .argument('<reports...>', 'JSON reports of grade or merge')
  .addOption(new Option('--format <format>', 'output format').choices(['html', 'markdown', 'json']).default('html'))
  .option('--output <file>', 'write to a file instead of stdout')
  .option('--title <text>', 'the page title', 'gradecheck class statistics')
  .action((files: string[], o) => run(statsCommand(files, o)));

program
  .command('gradescope-package')
  .description('a Gradescope autograder zip for one assignment: setup.sh, run_autograder, the problems and the bundled grader')
  .argument('<assignment>', 'the folder of the assignment\'s problems (with its assignment.yaml), or its id with --problems')
  .requiredOption('--out <zip>', 'the zip to write')
  .option('--problems <path>', 'where the assignment named by id is (repeatable)', collect)
  .option('--feedback <level>', 'full (default), hints or score')
  .option('--visibility <when>', 'visible (default), after_due_date, after_published or hidden')
  .option('--secret-file <file>', 'the course secret, packed for an assignment with params')
  .option('--roster <csv>', 'the class roster, packed: Gradescope\'s submitter (email or sid column) is matched to its student id')
  .action((assignment: string, o) => run(gradescopePackageCommand(assignment, o)));

program
  .command('release')
  .description('per student: the statement with their numbers and an answers template; for the instructors: each student\'s key and worked solutions')
  .argument('<assignment>', 'the folder of the assignment\'s problems, or its id with --problems')
  .requiredOption('--students <csv>', 'the roster: a CSV with a student column')
  .requiredOption('--out <dir>', 'where to write students/<id>/ and instructors/<id>/')
  .option('--problems <path>', 'where the assignment named by id is (repeatable)', collect)
  .addOption(new Option('--format <format>', 'the answers template as YAML, a Markdown report or a notebook').choices(['yaml', 'md', 'ipynb']).default('yaml'))
  .option('--secret-file <file>', 'the course secret (else $GRADECHECK_SECRET)')
  .action((assignment: string, o) => run(releaseCommand(assignment, o)));

program
  .command('template')
  .description('the answers template of an assignment without params (the same for everyone)')
  .argument('<assignment>', 'the folder of the assignment\'s problems, or its id with --problems')
  .option('--problems <path>', 'where the assignment named by id is (repeatable)', collect)
  .option('--student <id>', 'the student id written in it', 'your-id')
  .addOption(new Option('--format <format>', 'YAML, a Markdown report or a notebook').choices(['yaml', 'md', 'ipynb']).default('yaml'))
  .option('--output <file>', 'write to a file instead of stdout')
  .action((assignment: string, o) => run(templateCommand(assignment, o)));

program
  .command('collect')
  .description('fetch every roster student\'s repository and check out the commit that counts (the last at or before their deadline) into DIR/<student>/, recorded for grade --manifest')
  .requiredOption('--roster <csv>', 'the class: a student column, and repo (owner/name or URL) or the columns --repo-url uses')
  .requiredOption('--out <dir>', 'where each student\'s folder and gradecheck-collect.json go')
  .option('--repo-url <template>', 'each repository\'s URL, e.g. https://github.com/course/hw1-{github}.git ({student}, {github}, {email}, {sid}, {username} from the roster)')
  .option('--deadline <time>', 'ISO 8601 with its offset; none: each repository\'s newest commit')
  .option('--extensions <csv>', 'per-student deadlines: student,deadline (a time) or student,days (added to --deadline)')
  .option('--late-days <n>', 'also take commits up to n days after a student\'s deadline (late: the assignment\'s late policy applies)')
  .option('--path <path>', 'check out only this path of each commit (repeatable; default: every file)', collect)
  .option('--jobs <n>', 'repositories fetched at once (default 4)')
  .action((o) => run(collectCommand(o)));

program
  .command('check')
  .description('what a student\'s own CI runs: are the answers readable and of the right shapes? No secret, no key, no expected value, no score')
  .argument('[answers...]', 'answers files (YAML, or a Markdown report or notebook)')
  .option('--spec <file>', 'the check file of the assignment (made by --write-spec where the problems are)')
  .option('--write-spec <file>', 'instead: write the check file of --problems (each part\'s answer shape; no value, no key, no secret)')
  .option('--problems <path>', 'with --write-spec: the problems (repeatable)', collect)
  .option('--assignment <id>', 'with --write-spec: the assignment, when the problems form several')
  .action((paths: string[], o) => run(checkCommand(paths, o)));

program
  .command('merge')
  .description('combine the JSON reports of shards (grade --shard K/N --format json) into one report')
  .argument('<reports...>', 'JSON report files')
  .option('--format <format>', 'text, json, markdown, junit, gradescope, csv, canvas, moodle or github', 'json')
  .option('--roster <csv>', 'canvas, moodle: the class (a CSV with a student column): a row for every student, with their LMS ids')
  .addOption(new Option('--missing <blank|zero>', 'canvas, moodle: a roster student with no submission gets an empty cell or 0 (listed on stderr either way)').choices(['blank', 'zero']))
  .option('--manifest <file>', 'collect\'s gradecheck-collect.json: why a student has no submission (on stderr)')
  .option('--output <file>', 'write the report to a file instead of stdout')
  .option('--fail-under <percent>', 'exit 1 when a submission scores below this percentage')
  .action((files: string[], o) => run(mergeCommand(files, o)));

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`gradecheck: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    internalError(e);
  }
}
if (process.exitCode === undefined) process.exitCode = exitCode;
