/** A mistake in how gradecheck was called or where it was asked to write: one line on stderr, exit 2. */
export class UsageError extends Error {}
