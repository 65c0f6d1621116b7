// "Did you mean": the known name closest to a misspelt one (Levenshtein distance), so a load
// error says `unknown fact "verzuimUrn" (did you mean "verzuimUren"?)` instead of only "unknown".

/** Edit distance (insert, delete, substitute one character); case differences count half. */
export function afstand(a: string, b: string): number {
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const rij = [i];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1];
      const y = b[j - 1];
      const kosten = x === y ? 0 : x.toLowerCase() === y.toLowerCase() ? 0.5 : 1;
      rij[j] = Math.min(vorige[j] + 1, rij[j - 1] + 1, vorige[j - 1] + kosten);
    }
    vorige = rij;
  }
  return vorige[b.length];
}

/** The closest of `namen` to `naam`, if close enough to be a slip (about a third of its letters); ties: the first. */
export function lijktOp(naam: string, namen: Iterable<string>): string | undefined {
  const grens = Math.max(2, Math.floor(naam.length / 3));
  let beste: string | undefined;
  let besteAfstand = Infinity;
  for (const n of namen) {
    const d = afstand(naam, n);
    if (d < besteAfstand) { beste = n; besteAfstand = d; }
  }
  return besteAfstand <= grens && beste !== naam ? beste : undefined;
}

/** ` (did you mean "x"?)`, or '' when nothing is close. */
export function bedoelde(naam: string, namen: Iterable<string>): string {
  const n = lijktOp(naam, namen);
  return n === undefined ? '' : ` (did you mean "${n}"?)`;
}
