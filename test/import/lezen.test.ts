// Import profiles and reading export files with them: the shipped profiles load, each reads its
// realistic fixture, and every kind of bad line refuses the file naming its line and column.
// Expected hours are worked out by hand from the fixtures (minutes / 60; the lesrooster's hours).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeer, ImportFout, leesBestand } from '../../src/import/lezen';
import { importprofielen, laadImportprofielen, profielmappen, PROJECT_PROFIELEN, ProfielFout, type Importprofiel } from '../../src/import/profielen';
import { leesInstellingen } from '../../src/server/instellingen';

const BESTANDEN = path.join(__dirname, 'bestanden');
const profiel = (naam: string): Importprofiel => importprofielen().get(naam)!.profiel;
const lees = (naam: string, tekst: string) => leesBestand(tekst, profiel(naam), 100_000).regels;
const fout = (naam: string, tekst: string): ImportFout => {
  try {
    lees(naam, tekst);
  } catch (e) {
    if (e instanceof ImportFout) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('the shipped profiles', () => {
  it('load and validate: two example layouts (marked as examples) and the generic ones', () => {
    const alle = importprofielen();
    expect([...alle.keys()].sort()).toEqual(['generiek', 'generiek-json', 'po-dagdelen-voorbeeld', 'vo-lesuren-voorbeeld']);
    expect(alle.get('vo-lesuren-voorbeeld')!.profiel.voorbeeld).toMatch(/^VOORBEELD .*geen officieel formaat/);
    expect(alle.get('po-dagdelen-voorbeeld')!.profiel.voorbeeld).toMatch(/^VOORBEELD .*geen officieel formaat/);
    expect(alle.get('generiek')!.bron).toBe('rules/importprofielen/generiek.json');
  });

  it('a broken profile is refused at load, naming the file and the JSON path', () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'profielen-'));
    const goed = JSON.parse(fs.readFileSync(path.join(PROJECT_PROFIELEN, 'generiek.json'), 'utf8'));
    fs.writeFileSync(path.join(map, 'eigen.json'), JSON.stringify({ ...goed, naam: 'eigen', codes: { X: 'ZIEK' } }));
    expect(() => laadImportprofielen([map])).toThrow(new ProfielFout(`${path.join(map, 'eigen.json')}: /codes/X: ZIEK is no Verzuimreden (ONGEOORLOOFD, TE_LAAT, ZIEKTE, SCHORSING, VERLOF, RELIGIEUS, VAKANTIE_ZONDER_VERLOF, VIJFJARIGE_11A, GEEN_VERZUIM)`));
    fs.writeFileSync(path.join(map, 'eigen.json'), JSON.stringify({ ...goed, naam: 'eigen', duur: { eenheid: 'lesuren' } }));
    expect(() => laadImportprofielen([map])).toThrow(/eigen\.json: \/duur: must have required property 'lesuurMinuten'/);
    fs.writeFileSync(path.join(map, 'eigen.json'), JSON.stringify({ ...goed, naam: 'eigen', kolommen: { ...goed.kolommen, duur: undefined } }));
    expect(() => laadImportprofielen([map])).toThrow(/eigen\.json: \/kolommen: eenheid minuten needs kolommen\.duur/);
    // a deployment's profile may not silently replace a shipped one
    fs.writeFileSync(path.join(map, 'generiek.json'), JSON.stringify(goed));
    fs.rmSync(path.join(map, 'eigen.json'));
    expect(() => laadImportprofielen([PROJECT_PROFIELEN, map])).toThrow(/profile "generiek" is also defined in rules\/importprofielen\/generiek\.json/);
    // the deployment folder is LEERPLICHT_IMPORTPROFIELEN_DIR, and it must exist
    expect(profielmappen({ LEERPLICHT_IMPORTPROFIELEN_DIR: map })).toEqual([PROJECT_PROFIELEN, map]);
    expect(leesInstellingen({ LEERPLICHT_IMPORTPROFIELEN_DIR: map }).importprofielenMap).toBe(map);
    expect(() => leesInstellingen({ LEERPLICHT_IMPORTPROFIELEN_DIR: path.join(map, 'weg') })).toThrow(/^LEERPLICHT_IMPORTPROFIELEN_DIR=.*: not a folder/);
  });
});

describe('each profile reads its fixture', () => {
  it('vo-lesuren-voorbeeld: Windows-1252, semicolons, quoted cells, minutes with a decimal comma, codes without case', () => {
    const tekst = decodeer(fs.readFileSync(path.join(BESTANDEN, 'vo-lesuren-voorbeeld.csv')), 'windows-1252');
    const r = lees('vo-lesuren-voorbeeld', tekst);
    expect(r.map((x) => [x.regel, x.leerlingnummer, x.datum, x.reden])).toEqual([
      [2, '10231', '2025-01-13', 'ONGEOORLOOFD'], [3, '10231', '2025-01-13', 'ONGEOORLOOFD'], [4, '10231', '2025-01-14', 'TE_LAAT'],
      [5, '10232', '2025-01-14', 'ZIEKTE'], [6, '10232', '2025-01-14', 'ZIEKTE'], [7, '10232', '2025-01-15', 'ZIEKTE'],
      [8, '10233', '2025-01-16', 'GEEN_VERZUIM'], [9, '10233', '2025-04-21', 'ONGEOORLOOFD'], [10, '10233', '2025-01-17', 'TE_LAAT'],
    ]);
    expect(r[0].uren).toBeCloseTo(50 / 60, 9);
    expect(r[2].uren).toBeCloseTo(10 / 60, 9);
    expect(r[8].uren).toBeCloseTo(7.5 / 60, 9);
  });

  it('po-dagdelen-voorbeeld: one dagdeel per line, hours from the lesrooster, a quoted cell over two lines', () => {
    const r = lees('po-dagdelen-voorbeeld', fs.readFileSync(path.join(BESTANDEN, 'po-dagdelen-voorbeeld.csv'), 'utf8'));
    // the first record spans lines 2 and 3: the next one is on line 4
    expect(r.map((x) => [x.regel, x.leerlingnummer, x.datum, x.reden, x.uren, x.geenLestijd])).toEqual([
      [2, '501', '2025-02-03', 'ZIEKTE', 3.5, false],
      [4, '501', '2025-02-03', 'ZIEKTE', 2, false],
      [5, '502', '2025-02-05', 'ONGEOORLOOFD', 3.75, false],
      [6, '502', '2025-02-05', 'ONGEOORLOOFD', 0, true], // woensdagmiddag: no lessons
      [7, '502', '2025-02-06', 'TE_LAAT', 10 / 60, false], // a fixed 10 minutes, not the dagdeel
      [8, '503', '2025-02-17', 'ZIEKTE', 3.5, false],
      [9, '501', '2025-02-17', 'ZIEKTE', 3.5, false],
      [10, '503', '2025-02-08', 'ONGEOORLOOFD', 0, true], // a Saturday has no lesrooster
      [11, '501', '2025-02-07', 'GEEN_VERZUIM', 2, false],
    ]);
  });

  it('generiek (CSV) and generiek-json', () => {
    expect(lees('generiek', fs.readFileSync(path.join(BESTANDEN, 'generiek.csv'), 'utf8')).map((x) => [x.regel, x.leerlingnummer, x.datum, x.uren, x.reden]))
      .toEqual([[2, '10231', '2025-03-10', 2, 'ONGEOORLOOFD'], [3, '10232', '2025-03-11', 5, 'ZIEKTE'], [4, '10231', '2025-03-12', 0.25, 'TE_LAAT']]);
    expect(lees('generiek-json', fs.readFileSync(path.join(BESTANDEN, 'generiek.json'), 'utf8')).map((x) => [x.regel, x.leerlingnummer, x.uren, x.reden]))
      .toEqual([[1, '10231', 1.5, 'ONGEOORLOOFD'], [2, '10232', 45.5 / 60, 'ZIEKTE'], [3, '10233', 1, 'ONGEOORLOOFD']]);
  });
});

describe('a bad line refuses the file, naming its line and column', () => {
  const vo = (regels: string[]) => ['Stamnummer;Achternaam;Roepnaam;Klas;Datum;Lesuur;Vak;Absentiecode;Omschrijving;Minuten', ...regels].join('\r\n');
  const goed = '10231;de Vries;Sanne;2B;13-01-2025;1;NE;ON;x;50';

  it('an unknown code', () => {
    expect(fout('vo-lesuren-voorbeeld', vo([goed, '10231;de Vries;Sanne;2B;13-01-2025;2;NE;XX;x;50'])).message)
      .toBe('regel 3, kolom Absentiecode: unknown code "XX" (profiel vo-lesuren-voorbeeld knows ON, SP, TL, ZK, ZKN, MED, VER, VV, SCH, REL, EXC, STA)');
  });

  it('a date that does not exist, or in another format', () => {
    expect(fout('vo-lesuren-voorbeeld', vo([goed, goed.replace('13-01-2025;1', '31-02-2025;2')])).message).toBe('regel 3, kolom Datum: "31-02-2025" is not a date in the format dd-MM-yyyy');
    expect(fout('vo-lesuren-voorbeeld', vo([goed.replace('13-01-2025', '2025-01-13')])).message).toBe('regel 2, kolom Datum: "2025-01-13" is not a date in the format dd-MM-yyyy');
  });

  it('a number in the wrong notation, an empty or missing cell, a bad leerlingnummer', () => {
    expect(fout('vo-lesuren-voorbeeld', vo([goed.replace(';50', ';50.5')])).message).toBe('regel 2, kolom Minuten: "50.5" is not a number of minuten (decimal comma: 1,5)');
    expect(fout('vo-lesuren-voorbeeld', vo([goed.replace(';ON;', ';;')])).message).toBe('regel 2, kolom Absentiecode: empty');
    expect(fout('vo-lesuren-voorbeeld', vo(['10231;de Vries;Sanne;2B;13-01-2025;1;NE;ON'])).message).toBe('regel 2, kolom Minuten: missing (the line has fewer cells)');
    expect(fout('vo-lesuren-voorbeeld', vo([goed.replace('10231', '10 231')])).message).toBe('regel 2, kolom Stamnummer: not a leerlingnummer (1–20 letters, digits or hyphens)');
  });

  it('the same lesuur twice, broken quoting, a header without a needed column', () => {
    expect(fout('vo-lesuren-voorbeeld', vo([goed, goed])).message).toBe('regel 3, kolom Lesuur: the same leerling, datum and lesuur as regel 2');
    expect(fout('vo-lesuren-voorbeeld', vo([goed, '10231;"de Vries;Sanne;2B;13-01-2025;2;NE;ON;x;50'])).message).toBe('regel 3: a quoted cell opened on this line is never closed (")');
    expect(fout('vo-lesuren-voorbeeld', 'Stamnummer;Datum;Lesuur;Code;Minuten\r\n1;13-01-2025;1;ON;50').message).toMatch(/^regel 1: the header has no column "Absentiecode" \(kolommen\.code of profiel vo-lesuren-voorbeeld\)/);
  });

  it('a dagdeel the profile does not know; a bad JSON record; bytes that are not UTF-8', () => {
    expect(fout('po-dagdelen-voorbeeld', 'Leerlingnummer,Naam,Groep,Datum,Dagdeel,Absentie,Opmerking\n501,N,5,3-2-2025,A,Ziek,').message)
      .toBe('regel 2, kolom Dagdeel: unknown dagdeel "A" (profiel po-dagdelen-voorbeeld knows O, OCHTEND, M, MIDDAG)');
    expect(fout('generiek-json', '[{"leerlingnummer":"1","datum":"2025-03-17","minuten":90,"code":"ONGEOORLOOFD"},{"leerlingnummer":"1","datum":"2025-03-18","code":"ZIEKTE"}]').message)
      .toBe('record 2, kolom minuten: missing (the line has fewer cells)');
    expect(() => decodeer(Buffer.from('leerlingnummer,datum,minuten,code\n1,2025-03-10,5,ZIEKTE\n2,2025-03-10,5,Z\xe9\n', 'latin1'), 'utf-8')).toThrow(/^regel 3: not valid UTF-8/);
  });
});
