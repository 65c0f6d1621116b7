// The articles an uitleg text cites besides its bron: "(WEB 8.1.8a, WRO art 12 lid 3)", "art 5, 5a
// of 15", "art 2 lid 2, art 4a lid 3". A bare "art" cites the rule's own wet; an abbreviation from
// rules/wetten.json (afkorting) before the number or before "art" cites that wet. Used by the loader
// (artikelgeldigheid.ts) and by the tests that walk every answer's citations. An abbreviation right after
// a bare list ("art 77h lid 1 b WvSr") cites that wet too.

export interface Citaat { wet: string; artikel: string }

const NUMMER = /^\d+(?:\.\d+)*[a-z]?\d*/;
// what may follow an article number: lid, onder, a lone letter ("art 11 f"), "(1)(b)"
const AANHANGSEL = /^(?:\s*\([0-9a-z°]+\)|\s+lid\s+\d+[a-z]?|\s+onder\s+[a-z0-9°]+(?:\s*-\s*[a-z])?|\s+[a-z](?![\p{L}\d]))/u;
const SCHEIDING = /^(?:\s*,\s*|\s+(?:of|en|and|or)\s+)/;
// a following number is only an article when nothing but a boundary follows it ("art 14 lid 3, 10 dagen" is no article 10)
const GRENS = /^(?:$|[),;.]|\s+(?:lid|onder|of|en|and|or)\b|\s*\(|\s+[a-z](?![\p{L}\d]))/u;

function escape(s: string): string { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

/**
 * Every article cited in `tekst`. `afkortingen`: abbreviation → wet key (rules/wetten.json);
 * `eigenWet`: the wet a bare "art N" cites.
 */
export function citatenIn(tekst: string, eigenWet: string, afkortingen: ReadonlyMap<string, string>): Citaat[] {
  const namen = [...afkortingen.keys()].sort((a, b) => b.length - a.length).map(escape);
  const begin = new RegExp(`(?:\\b(${namen.join('|')})\\s+(?:art(?:ikel(?:en)?|\\.)?\\s+)?|\\bart(?:ikel(?:en)?|\\.)?\\s+)(?=\\d)`, 'g');
  const achteraf = new RegExp(`^\\s+(${namen.join('|')})\\b`);
  const uit: Citaat[] = [];
  for (const m of tekst.matchAll(begin)) {
    let wet = m[1] ? afkortingen.get(m[1])! : eigenWet;
    let rest = tekst.slice(m.index! + m[0].length);
    let eerste = true;
    const vanaf = uit.length;
    for (;;) {
      const n = NUMMER.exec(rest);
      if (!n) break;
      const na = rest.slice(n[0].length);
      if (!eerste && !GRENS.test(na)) break;
      uit.push({ wet, artikel: n[0] });
      eerste = false;
      rest = na;
      for (let a = AANHANGSEL.exec(rest); a; a = AANHANGSEL.exec(rest)) rest = rest.slice(a[0].length);
      const s = SCHEIDING.exec(rest);
      if (!s || !/^\d/.test(rest.slice(s[0].length))) break;
      rest = rest.slice(s[0].length);
    }
    // "art 77h lid 1 b WvSr": a bare "art" list followed by an abbreviation cites that wet
    const achter = m[1] ? null : achteraf.exec(rest);
    if (achter) { wet = afkortingen.get(achter[1])!; for (let i = vanaf; i < uit.length; i++) uit[i] = { wet, artikel: uit[i].artikel }; }
  }
  return uit;
}
