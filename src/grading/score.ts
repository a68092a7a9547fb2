// One score everywhere. A score is rounded once, where it is made (a part's from its exact share
// of the points, a problem's from the exact shares of its parts, a submission's from its
// problems'), to SCORE_DECIMALS; every report prints that number as it is, and every percentage
// (printed, `--fail-under`, `stats` bins) is percentOf of it. So a student shown 90/100 is at 90
// in the JSON, passes `--fail-under 90` and is in the 90–100 bin.

/** Decimals of every score (parts, problems, submissions), in every format. */
export const SCORE_DECIMALS = 4;
/** Decimals of every percentage: the one printed is the one compared. */
export const PERCENT_DECIMALS = 1;

/** x rounded half up to `d` decimals (a tiny nudge: 16.665 is 16.664999… in binary). */
function roundTo(x: number, d: number): number {
  const k = 10 ** d;
  return Math.round(x * k + (x >= 0 ? 1e-7 : -1e-7)) / k;
}

export function roundScore(x: number): number {
  return roundTo(x, SCORE_DECIMALS);
}

/** The percentage of record of a score: what text, CSV and Markdown print, what `--fail-under` and `stats` compare. */
export function percentOf(score: number, max: number): number {
  return max > 0 ? roundTo((100 * score) / max, PERCENT_DECIMALS) : 0;
}

/** A score as every format prints it: the number of record, no more and no fewer decimals. */
export function scoreText(x: number): string {
  return String(roundScore(x));
}
