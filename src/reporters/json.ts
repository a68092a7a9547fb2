import type { Report } from '../grading/types.js';
import { publicReport } from './shape.js';

export function jsonReport(r: Report): string {
  return JSON.stringify(publicReport(r), null, 2) + '\n';
}
