// Schema validation with positions: ajv's instancePath is mapped back to the YAML node.
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { nodeAt, toPlain, type PNode, type Pos } from './pnode.js';
import { assignmentSchema, overridesSchema, problemSchema, submissionSchema } from './schemas.js';

export interface SchemaIssue {
  message: string;
  pos: Pos;
}

export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true, inlineRefs: false } as const;

let compiled: { problem: ValidateFunction; submission: ValidateFunction; assignment: ValidateFunction; overrides: ValidateFunction } | undefined;

/** The validators precompiled by `npm run build`, or (running from source) compiled now. */
function validators() {
  if (!compiled) {
    const require = createRequire(import.meta.url);
    try {
      compiled = require('./validators.generated.cjs') as typeof compiled;
    } catch {
      const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
      const ajv = new Ajv(AJV_OPTIONS);
      compiled = { problem: ajv.compile(problemSchema()), submission: ajv.compile(submissionSchema()), assignment: ajv.compile(assignmentSchema()), overrides: ajv.compile(overridesSchema()) };
    }
  }
  return compiled!;
}

export function validateProblemShape(root: PNode): SchemaIssue[] {
  return check(validators().problem, root);
}

export function validateAssignmentShape(root: PNode): SchemaIssue[] {
  return check(validators().assignment, root);
}

export function validateOverridesShape(root: PNode): SchemaIssue[] {
  return check(validators().overrides, root);
}

export function validateSubmissionShape(root: PNode): SchemaIssue[] {
  return check(validators().submission, root);
}

function check(validate: ValidateFunction, root: PNode): SchemaIssue[] {
  if (validate(toPlain(root))) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if' && !(e.keyword === 'propertyNames' && e.params.propertyName === undefined));
  const seen = new Set<string>();
  const out: SchemaIssue[] = [];
  for (const e of preferSpecific(errors)) {
    const issue = describe(e, root);
    const key = `${issue.pos.line}:${issue.pos.column}:${issue.message}`;
    if (!seen.has(key)) seen.add(key), out.push(issue);
    if (out.length >= 10) break;
  }
  return out.sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
}

/** anyOf/propertyNames produce a summary error beside the specific ones; keep the specific. */
function preferSpecific(errors: ErrorObject[]): ErrorObject[] {
  const paths = new Set(errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'propertyNames').map((e) => e.instancePath));
  return errors.filter((e) => !(e.keyword === 'anyOf' && paths.has(e.instancePath)));
}

function describe(e: ErrorObject, root: PNode): SchemaIssue {
  const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = path.length ? path.join('.') : 'the file';
  const { node, keyPos } = nodeAt(root, path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const entry = node.kind === 'map' ? node.index.get(key) : undefined;
      const known = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
      return { message: `unknown key "${key}" in ${where}${known.length ? ` (allowed: ${known.join(', ')})` : ''}`, pos: entry?.keyPos ?? node.pos };
    }
    case 'propertyNames': {
      const key = String(e.params.propertyName);
      const entry = node.kind === 'map' ? node.index.get(key) : undefined;
      return { message: `"${key}" is not allowed in ${where}`, pos: entry?.keyPos ?? node.pos };
    }
    case 'required':
      return { message: `${where} must have "${e.params.missingProperty}"`, pos: node.pos };
    case 'enum':
      return { message: `${where} must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}`, pos: node.pos };
    case 'anyOf':
      return { message: `${where} has the wrong type`, pos: node.pos };
    default:
      return { message: `${where} ${e.message ?? 'is invalid'}`, pos: node.pos ?? keyPos };
  }
}
