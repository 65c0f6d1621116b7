// CSV as school systems write it: any one-character delimiter and quote, quoted cells that hold
// the delimiter, doubled quotes or a line break, CRLF or LF. Each record carries the line it
// starts on (counted from 1 in the file), so an error can name it. The whole text is bounded by the
// request body limit before it gets here; parsing is one pass without backtracking.

export interface CsvRecord { regel: number; cellen: string[] }

export class CsvFout extends Error {
  constructor(readonly regel: number, probleem: string) { super(probleem); }
}

export function* csvRecords(tekst: string, scheidingsteken = ',', aanhalingsteken = '"'): Generator<CsvRecord> {
  const sep = scheidingsteken.charCodeAt(0);
  const q = aanhalingsteken.charCodeAt(0);
  let i = tekst.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is no part of the first cell
  let regel = 1;
  const n = tekst.length;
  while (i < n) {
    const begin = regel;
    const cellen: string[] = [];
    for (;;) {
      let cel = '';
      if (tekst.charCodeAt(i) === q) {
        const open = regel;
        i++;
        for (;;) {
          const j = tekst.indexOf(aanhalingsteken, i);
          if (j < 0) throw new CsvFout(open, `a quoted cell opened on this line is never closed (${aanhalingsteken})`);
          const stuk = tekst.slice(i, j);
          for (let k = stuk.indexOf('\n'); k >= 0; k = stuk.indexOf('\n', k + 1)) regel++;
          cel += stuk;
          if (tekst.charCodeAt(j + 1) === q) { cel += aanhalingsteken; i = j + 2; continue; }
          i = j + 1;
          break;
        }
        const c = tekst.charCodeAt(i);
        if (i < n && c !== sep && c !== 10 && c !== 13) throw new CsvFout(regel, `text after a closing quote (${aanhalingsteken}) in a cell`);
      } else {
        let j = i;
        while (j < n) { const c = tekst.charCodeAt(j); if (c === sep || c === 10 || c === 13) break; j++; }
        cel = tekst.slice(i, j);
        i = j;
      }
      cellen.push(cel);
      if (i < n && tekst.charCodeAt(i) === sep) { i++; continue; }
      break;
    }
    if (tekst.charCodeAt(i) === 13) i++;
    if (tekst.charCodeAt(i) === 10) i++;
    // an empty line (also the one after the last line break) is no record
    if (!(cellen.length === 1 && cellen[0].trim() === '')) yield { regel: begin, cellen };
    regel++;
  }
}
