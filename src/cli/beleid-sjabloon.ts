// The files `npm run rules:new -- --beleid <pack> --naam <name>` writes: a pakket.json (when the
// pack has none), a rule file with one policy rule emitting a signaal, and a case file. They are a
// working example — "12 uur ongeoorloofd verzuim in 4 lesweken" — that passes rules:validate and
// rules:test as written, for the author to change into their own protocol step.
import fs from 'node:fs';
import path from 'node:path';
import { dag, formatDatum, maandag, vandaag, type Dag } from '../time/dag';
import { gedekteSchooljaren } from '../time/kalender';
import { schooljaarVan } from '../time/schooljaar';

export const PAKKETNAAM = /^([0-9]{4}|[a-z][a-z0-9]*(-[a-z0-9]+)*)$/;
export const REGELNAAM = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const GEMEENTECODE = /^[0-9]{4}$/;

export interface NieuwBeleid {
  /** the folder holding packs: rules/beleid, or a LEERPLICHT_BELEID_DIR */
  map: string;
  /** the pack: a CBS gemeentecode (0363) or a regio name (ijssel-vecht) */
  beleid: string;
  /** the rule's name, e.g. signaal-12-uur: file name, rule id and signaal code */
  naam: string;
  /** a regio pack's gemeenten (only when its pakket.json is new) */
  gemeenten?: string[];
  /** the folder of rules.schema.json, for the files' $schema */
  schemaMap: string;
  /** today (tests); default the day in Europe/Amsterdam */
  vandaag?: Dag;
}

export class SjabloonFout extends Error {}

const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;

/** The schooljaar the example is set in: the current one, or the last the school calendar covers. */
function voorbeeldSchooljaar(d: Dag): number {
  const { van, tot } = gedekteSchooljaren();
  return Math.min(Math.max(schooljaarVan(d), van), tot);
}

/** Writes the files; returns their paths. Refuses to overwrite a rule or case file. */
export function schrijfNieuwBeleid(o: NieuwBeleid): string[] {
  if (!PAKKETNAAM.test(o.beleid)) throw new SjabloonFout(`--beleid: "${o.beleid}" is no 4-digit CBS gemeentecode (e.g. 0363) nor a regio name in lower case with - (e.g. ijssel-vecht)`);
  if (!REGELNAAM.test(o.naam)) throw new SjabloonFout(`--naam: "${o.naam}" must be lower case letters and digits joined by - (e.g. signaal-12-uur)`);
  const regio = !GEMEENTECODE.test(o.beleid);
  const pakketMap = path.join(o.map, o.beleid);
  const pakketPad = path.join(pakketMap, 'pakket.json');
  const regelPad = path.join(pakketMap, `${o.naam}.json`);
  const casePad = path.join(pakketMap, 'cases', `${o.naam}.json`);
  for (const p of [regelPad, casePad]) if (fs.existsSync(p)) throw new SjabloonFout(`${p} already exists: not overwritten (choose another --naam)`);

  let gemeenten: string[];
  const nieuwPakket = !fs.existsSync(pakketPad);
  if (nieuwPakket) {
    if (regio && (o.gemeenten === undefined || o.gemeenten.length === 0)) throw new SjabloonFout(`--gemeenten: a regio pack (${o.beleid}) names its gemeenten, e.g. --gemeenten 0193,0166`);
    if (!regio && o.gemeenten !== undefined) throw new SjabloonFout(`--gemeenten: the pack ${o.beleid} is a gemeentecode and applies to that gemeente only`);
    for (const g of o.gemeenten ?? []) if (!GEMEENTECODE.test(g)) throw new SjabloonFout(`--gemeenten: "${g}" is not a 4-digit CBS gemeentecode`);
    gemeenten = regio ? o.gemeenten! : [o.beleid];
  } else {
    const bestaand = JSON.parse(fs.readFileSync(pakketPad, 'utf8')) as { gemeenten?: string[] };
    gemeenten = regio ? bestaand.gemeenten ?? [] : [o.beleid];
  }

  const jaar = voorbeeldSchooljaar(o.vandaag ?? vandaag());
  const vanaf = formatDatum(dag(jaar, 8, 1));
  // four lesweken from the second week of September: after every region's zomervakantie, before any herfstvakantie
  const week1 = maandag(dag(jaar, 9, 8)) + (maandag(dag(jaar, 9, 8)) < dag(jaar, 9, 8) ? 7 : 0);
  const maandagen = [0, 1, 2, 3].map((i) => formatDatum(week1 + 7 * i));
  const peildatum = formatDatum(week1 + 21 + 4);
  const code = o.naam.toUpperCase().replace(/-/g, '_');
  const signaalCode = /^[A-Z]/.test(code) ? code : `SIGNAAL_${code}`;
  const id = `beleid.${o.beleid}.${o.naam}`;
  const schema = (bestand: string, van: string) => path.relative(van, path.join(o.schemaMap, bestand)).split(path.sep).join('/');
  const ander = gemeenten.includes('0344') ? '0363' : '0344';

  const pakket = {
    $schema: schema('pakket.schema.json', pakketMap),
    naam: `Verzuimbeleid ${o.beleid}`,
    versie: '0.1.0',
    omschrijving: `Lokaal verzuimprotocol (${o.beleid}): signalen die de school of de leerplichtambtenaar vragen om actie voordat de wettelijke meldplicht geldt.`,
    eigenaar: `Leerplicht ${o.beleid}`,
    document: { titel: 'Verzuimprotocol', referentie: `verzuimprotocol ${o.beleid} ${jaar}-${jaar + 1}` },
    geldig: { vanaf },
    ...(regio ? { gemeenten } : {}),
  };
  const regels = {
    $schema: schema('rules.schema.json', pakketMap),
    wet: 'beleid',
    omschrijving: `${o.naam}: een signaal van het verzuimprotocol.`,
    regels: [{
      id,
      beleid: true,
      bron: { onderdeel: '§ 1' },
      geldig: { vanaf },
      uitleg: {
        nl: 'In 4 opeenvolgende lesweken is 12 uur of meer ongeoorloofd verzuimd: het verzuimprotocol vraagt de school om een gesprek met de leerling en de ouders.',
        en: 'At least 12 hours of unexcused absence in 4 consecutive school weeks: the absence protocol asks the school to talk with the pupil and the parents.',
      },
      conditions: { all: [{ fact: 'ongeoorloofdeUrenInLesweken', params: { lesweken: 4 }, operator: 'greaterThanInclusive', value: 12 }] },
      event: {
        type: 'signaal',
        params: {
          code: signaalCode,
          ernst: 'AANDACHT',
          omschrijving: { nl: '12 uur ongeoorloofd verzuim in 4 lesweken', en: '12 hours of unexcused absence in 4 school weeks' },
        },
      },
    }],
  };
  const situatie = (gemeente: string, uren: number[]) => ({
    geboortedatum: `${jaar - 12}-03-15`,
    vakantieregio: 'MIDDEN',
    gemeente,
    inschrijvingen: [{ onderwijs: 'VMBO', vanaf }],
    verzuim: maandagen.map((datum, i) => ({ datum, uren: uren[i], reden: 'ONGEOORLOOFD' })),
  });
  const week = `the Mondays ${maandagen.join(', ')}: four consecutive lesweken in September and October ${jaar} in every region (after the zomervakantie, before the herfstvakantie)`;
  const caseId = (n: number) => `EIGEN-${signaalCode.replace(/_/g, '-')}-${n}`;
  const cases = {
    $schema: schema('cases.schema.json', path.dirname(casePad)),
    omschrijving: `${o.naam}: the signaal at 12 hours, not below it, and only in the pack's gemeenten.`,
    cases: [
      {
        id: caseId(1), bron: `${pakket.document.titel} § 1`,
        waarom: `3 hours of unexcused absence on each of ${week}: 12 hours in 4 lesweken, so the signaal (and no statutory melding: that needs 16).`,
        variabelen: { situatie: situatie(gemeenten[0], [3, 3, 3, 3]), peildatum },
        verwacht: { signalen: [signaalCode], verzuim: { meldplicht: false } },
      },
      {
        id: caseId(2), bron: `${pakket.document.titel} § 1`,
        waarom: `3, 3, 3 and 2.5 hours on ${week}: 11.5 hours, below the 12 of the protocol: no signaal.`,
        variabelen: { situatie: situatie(gemeenten[0], [3, 3, 3, 2.5]), peildatum },
        verwacht: { signalen: [] },
      },
      {
        id: caseId(3), bron: `${pakket.document.titel} § 1`,
        waarom: `The 12 hours of the first case, for a jongere of gemeente ${ander}: the pack applies only to ${gemeenten.join(', ')}, so no signaal.`,
        variabelen: { situatie: situatie(ander, [3, 3, 3, 3]), peildatum },
        verwacht: { signalen: [] },
      },
    ],
  };

  fs.mkdirSync(path.dirname(casePad), { recursive: true });
  const geschreven: string[] = [];
  if (nieuwPakket) { fs.writeFileSync(pakketPad, json(pakket), { flag: 'wx' }); geschreven.push(pakketPad); }
  fs.writeFileSync(regelPad, json(regels), { flag: 'wx' });
  fs.writeFileSync(casePad, json(cases), { flag: 'wx' });
  return [...geschreven, regelPad, casePad];
}
