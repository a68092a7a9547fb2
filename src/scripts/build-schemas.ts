// Writes schemas/*.json from the kinds' schemas (run by `npm run build`), so editors can
// autocomplete problem and submission files with `# yaml-language-server: $schema=...`.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignmentSchema, overridesSchema, problemSchema, submissionSchema } from '../load/schemas.js';
import { number } from '../load/schema-parts.js';
import { KINDS } from '../kinds/registry.js';
import { reportSchema } from '../stats/report-schema.js';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS } from '../load/validate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// tsc does not keep the executable bit: `npx gradecheck` needs it on the bin.
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
mkdirSync(join(root, 'schemas'), { recursive: true });
writeFileSync(join(root, 'schemas', 'problem.schema.json'), JSON.stringify(problemSchema(), null, 2) + '\n');
writeFileSync(join(root, 'schemas', 'submission.schema.json'), JSON.stringify(submissionSchema(), null, 2) + '\n');
writeFileSync(join(root, 'schemas', 'assignment.schema.json'), JSON.stringify(assignmentSchema(), null, 2) + '\n');
writeFileSync(join(root, 'schemas', 'overrides.schema.json'), JSON.stringify(overridesSchema(), null, 2) + '\n');
// The JSON report, as `stats` and `merge` check it when they read one back.
writeFileSync(join(root, 'schemas', 'report.schema.json'), JSON.stringify(reportSchema(), null, 2) + '\n');
// One schema per kind (its `given` and `parts`), for reference and for tools that want them apart;
// problem.schema.json holds the same definitions and picks one by `kind`.
mkdirSync(join(root, 'schemas', 'kinds'), { recursive: true });
for (const v of Object.values(KINDS)) {
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', title: `gradecheck ${v.kind}: ${v.summary}`, type: 'object', properties: { given: v.schema.given, parts: v.schema.parts }, definitions: { number } };
  writeFileSync(join(root, 'schemas', 'kinds', `${v.kind}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
}

// Precompiled validators (CommonJS, loaded with createRequire): the CLI then starts without
// loading ajv or compiling schemas (~0.1 s of a one-submission cold start).
const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
ajv.addSchema(problemSchema(), 'problem');
ajv.addSchema(submissionSchema(), 'submission');
ajv.addSchema(assignmentSchema(), 'assignment');
ajv.addSchema(overridesSchema(), 'overrides');
// ajv's CommonJS default export arrives as a namespace under NodeNext.
const mod = standaloneCode as unknown as { default?: unknown };
const code = (mod.default ?? mod) as (a: Ajv, refs: Record<string, string>) => string;
writeFileSync(join(root, 'dist', 'load', 'validators.generated.cjs'), code(ajv, { problem: 'problem', submission: 'submission', assignment: 'assignment', overrides: 'overrides' }));
