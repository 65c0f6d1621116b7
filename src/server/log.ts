// Internal errors are logged, but never a BSN: database errors quote the failing SQL with its
// values (and "Failing row contains (…)"), so every run of 9 digits is masked before printing.
const NEGEN_CIJFERS = /(?<![0-9])[0-9]{9}(?![0-9])/g;

export function zonderBsn(tekst: string): string {
  return tekst.replace(NEGEN_CIJFERS, '•••••••••');
}

export function logFout(e: unknown): void {
  const tekst = e instanceof Error ? `${e.stack ?? `${e.name}: ${e.message}`}${'detail' in e && e.detail ? `\n${String(e.detail)}` : ''}` : String(e);
  console.error(zonderBsn(tekst));
}
