// Writes schemas/*.json from the kinds' schemas (run by `npm run build`), so editors can
// autocomplete problem and submission files with `# yaml-language-server: $schema=...`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemSchema, submissionSchema } from '../load/schemas.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
mkdirSync(join(root, 'schemas'), { recursive: true });
writeFileSync(join(root, 'schemas', 'problem.schema.json'), JSON.stringify(problemSchema(), null, 2) + '\n');
writeFileSync(join(root, 'schemas', 'submission.schema.json'), JSON.stringify(submissionSchema(), null, 2) + '\n');
