// importeerVerzuimbestand: a school system's absence export, read with an import profile, then
// stored exactly as importeerVerzuim stores records (same roles, ownership, limits, one
// transaction, idempotent). Every line is checked first; a line on a day without lessons is kept
// out and reported; the idempotency hash is over the file's bytes and the profile, so the same key
// with another file is refused even when both would give the same records.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { waaromGeenSchooldag } from '../../facts/schooldag';
import type { Situatie } from '../../facts/situatie';
import { genegeerdTekst } from '../../engine/aannames-teksten';
import { decodeer, ImportFout, isVerzuim, leesBestand, type Verzuimregel } from '../../import/lezen';
import { importprofielen, type GeladenProfiel } from '../../import/profielen';
import { importeerVerzuim, SleutelHergebruikt, type ImportRecord } from '../../store/verzuimimport';
import { zichtbareLeerlingenMetIds } from '../../store/zichtbaarheid';
import { parseDatum } from '../../time/dag';
import { schoolkalender, type Vakantieregio } from '../../time/kalender';
import { brinHoortBij } from '../../toegang/eigenaarschap';
import { BRIN, type Toegang } from '../../toegang/toegang';
import type { ApiContext } from '../context';
import { invoerFout } from '../fouten';
import { controleerTegenOpslag, MAX_IMPORT } from './import.resolver';
import type { VerzuimImportRecord } from './invoer';
import { opslag, ververs } from './opslag';
import { OPSLAG_ROLLEN } from './rechten';
import { Bestandscodering, Bestandsinhoud, ImportWaarschuwingCode, Importprofiel, VerzuimbestandUitvoer, type ImportWaarschuwing } from './bestand-typen';
import { Verdwenen } from './verdwenen';

/** No leerling has this id: a leerlingnummer nobody has goes the same way as one this key may not see. */
const NIEMAND = '00000000-0000-0000-0000-000000000000';
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/** A problem in the file: BAD_USER_INPUT (FORBIDDEN for a leerling out of reach) naming the line and column. */
function bestandFout(e: ImportFout, code = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(`bestand: ${e.message}`, { extensions: { code, veld: 'bestand', plek: e.plek, kolom: e.kolom } });
}

function profielVan(naam: string): GeladenProfiel {
  const alle = importprofielen();
  const g = alle.get(naam);
  if (!g) throw invoerFout('profiel', `unknown profile "${naam.slice(0, 64)}" (known: ${[...alle.keys()].sort().join(', ')})`);
  return g;
}

/** The BRIN whose leerlingnummers a line uses: its own column, else the argument, else the SCHOOL key's. */
function brinVoor(t: Toegang, argument: string | null | undefined, profielHeeftBrin: boolean): string | null {
  if (argument != null) {
    if (!BRIN.test(argument)) throw invoerFout('brin', `${argument.slice(0, 20)} is not a BRIN (two digits and two capitals, e.g. "12AB", optionally a two-digit vestiging, e.g. "12AB01")`);
    if (t.rol === 'SCHOOL' && !brinHoortBij(t.brin, argument)) throw invoerFout('brin', `BRIN ${argument} is not covered by this key (BRIN ${t.brin})`);
    return argument;
  }
  if (t.rol === 'SCHOOL') return t.brin!;
  if (!profielHeeftBrin) throw invoerFout('brin', 'required for a LEERPLICHTAMBTENAAR key (the BRIN whose leerlingnummers the file uses), unless the profile has a brin column');
  return null;
}

interface Opgelost { regel: Verzuimregel; brin: string; leerlingId: string }

/** leerlingnummer at BRIN → leerling id, one query for the whole file (visibility is checked afterwards, for all alike). */
async function losOp(em: EntityManager, regels: readonly (Verzuimregel & { brinVast: string })[]): Promise<Map<string, string>> {
  const paren = [...new Set(regels.map((r) => `${r.brinVast}|${r.leerlingnummer}`))];
  const uit = new Map<string, string>();
  if (paren.length === 0) return uit;
  // BRINs and leerlingnummers were checked ([0-9A-Z] and [A-Za-z0-9-]): safe in a text[] literal
  const brins = `{${paren.map((p) => p.split('|')[0]).join(',')}}`;
  const nummers = `{${paren.map((p) => p.split('|')[1]).join(',')}}`;
  for (const r of await em.getConnection().execute<{ brin: string; nummer: string; leerling_id: string }[]>(
    'select ln.brin, ln.nummer, ln.leerling_id from leerlingnummer ln join unnest(?::text[], ?::text[]) as p(brin, nummer) on p.brin = ln.brin and p.nummer = ln.nummer', [brins, nummers])) {
    uit.set(`${r.brin}|${r.nummer}`, r.leerling_id);
  }
  return uit;
}

const WAARSCHUWING: Record<string, ImportWaarschuwingCode> = { WEEKEND: ImportWaarschuwingCode.WEEKEND, FEESTDAG: ImportWaarschuwingCode.FEESTDAG, SCHOOLVAKANTIE: ImportWaarschuwingCode.SCHOOLVAKANTIE, VRIJE_DAG: ImportWaarschuwingCode.VRIJE_DAG };

@Resolver()
@UseMiddleware(Verdwenen)
export class VerzuimbestandResolver {
  @Query(() => [Importprofiel], { description: 'De importprofielen die importeerVerzuimbestand en POST /import/verzuim kennen: die van het project (rules/importprofielen) en die van deze installatie (LEERPLICHT_IMPORTPROFIELEN_DIR). — The import profiles this server knows.' })
  importprofielen(): Importprofiel[] {
    return [...importprofielen().values()].map(({ profiel: p, bron, hash }) => ({
      naam: p.naam, omschrijving: p.omschrijving, voorbeeld: p.voorbeeld ?? null, formaat: p.formaat, bron, hash,
      codes: Object.entries(p.codes).map(([code, w]) => (typeof w === 'string' ? { code, reden: w, minuten: null } : { code, reden: w.reden, minuten: w.minuten ?? null })),
      definitie: p as unknown as Record<string, unknown>,
    }));
  }

  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => VerzuimbestandUitvoer, { description: `Importeert de verzuimexport van een schoolsysteem (CSV of JSON) met een importprofiel, hoogstens ${MAX_IMPORT} regels. Elke regel wordt eerst gecontroleerd: een onbekende code of een onleesbare regel weigert het hele bestand met regelnummer en kolom; een regel op een dag zonder les (weekend, feestdag, schoolvakantie van de vakantieregio van de leerling, vrije dag) wordt niet opgeslagen en staat in waarschuwingen. Alles of niets, in één transactie; dezelfde idempotentieSleutel met hetzelfde bestand geeft het eerste antwoord en schrijft niets, met een ander bestand is het BAD_USER_INPUT. Een SCHOOL importeert alleen voor haar eigen leerlingen (leerlingnummers bij haar BRIN). — Imports a school system's absence export with an import profile: all or nothing, idempotent.` })
  async importeerVerzuimbestand(
    @Arg('profiel', { description: 'Naam van het importprofiel (zie importprofielen), bijv. "vo-lesuren-voorbeeld". — The profile name.' }) profielNaam: string,
    @Arg('bestand', () => Bestandsinhoud, { description: 'De inhoud van het bestand. — The file\'s contents.' }) bestand: string,
    @Arg('idempotentieSleutel', { description: 'Gekozen door de aanroeper (bijv. een uuid per bestand), 1–200 tekens; uniek per API-sleutel. — Chosen by the caller; unique per API key.' }) sleutel: string,
    @Ctx() ctx: ApiContext,
    @Arg('codering', () => Bestandscodering, { defaultValue: Bestandscodering.TEKST, description: 'TEKST (standaard) of BASE64. — TEXT (default) or BASE64.' }) codering: Bestandscodering,
    @Arg('brin', () => String, { nullable: true, description: 'Het BRIN (of de vestiging) waarvan het bestand de leerlingnummers gebruikt. Standaard voor een SCHOOL: het eigen BRIN; een LEERPLICHTAMBTENAAR geeft het op (of het profiel heeft een kolom brin). — The BRIN whose leerlingnummers the file uses.' }) brinArg?: string | null,
  ): Promise<VerzuimbestandUitvoer> {
    const { orm, toegang } = opslag(ctx);
    if (sleutel.trim() === '' || sleutel.length > 200) throw invoerFout('idempotentieSleutel', 'must be 1–200 characters');
    const g = profielVan(profielNaam);
    const p = g.profiel;
    let tekst: string;
    let bytesHash: string;
    try {
      if (codering === Bestandscodering.BASE64) {
        if (!BASE64.test(bestand)) throw invoerFout('bestand', 'not base64 (codering BASE64)');
        const bytes = Buffer.from(bestand, 'base64');
        bytesHash = createHash('sha256').update(bytes).digest('hex');
        tekst = decodeer(bytes, p.tekenset);
      } else {
        tekst = bestand;
        bytesHash = createHash('sha256').update(bestand, 'utf8').digest('hex');
      }
    } catch (e) {
      if (e instanceof ImportFout) throw bestandFout(e);
      throw e;
    }
    let regels: Verzuimregel[];
    try {
      regels = leesBestand(tekst, p, MAX_IMPORT).regels;
    } catch (e) {
      if (e instanceof ImportFout) throw bestandFout(e);
      throw e;
    }
    const standaardBrin = brinVoor(toegang, brinArg, p.kolommen.brin !== undefined);
    const kolomNaam = (k: string | number | undefined) => (k === undefined ? null : String(k));
    const metBrin = regels.map((r) => {
      const brinVast = r.brin ?? standaardBrin!;
      if (toegang.rol === 'SCHOOL' && !brinHoortBij(toegang.brin, brinVast)) {
        throw bestandFout(new ImportFout(`regel ${r.regel}`, kolomNaam(p.kolommen.brin), `BRIN ${brinVast} is not covered by this key (BRIN ${toegang.brin})`));
      }
      return { ...r, brinVast };
    });
    const em = orm.em.fork();
    const ids = await losOp(em, metBrin);
    const opgelost: Opgelost[] = metBrin.map((r) => ({ regel: r, brin: r.brinVast, leerlingId: ids.get(`${r.brinVast}|${r.leerlingnummer}`) ?? NIEMAND }));
    // the calendar of each visible leerling (its vakantieregio and the school's vrije dagen); one query
    const zichtbaar = new Map((await zichtbareLeerlingenMetIds(em, toegang, [...new Set(opgelost.map((o) => o.leerlingId))])).map((l) => [l.id, l]));
    const waarschuwingen: ImportWaarschuwing[] = [];
    const bewaard: Opgelost[] = [];
    let geenVerzuim = 0;
    for (const o of opgelost) {
      if (!isVerzuim(o.regel)) { geenVerzuim++; continue; }
      const l = zichtbaar.get(o.leerlingId);
      if (l) {
        const d = parseDatum(o.regel.datum)!;
        const vrij = (l.vrijeDagen ?? []).map((x) => parseDatum(x)!).filter((x) => x !== null);
        const regio = (l.vakantieregio ?? undefined) as Vakantieregio | undefined;
        // null: the holidays of that day are not known; controleerVerzuimdatum refuses it below
        if (schoolkalender(regio, vrij).isSchooldagOfNull(d) === false) {
          const s = { vakantieregio: regio ?? null, vrijeDagen: vrij } as unknown as Situatie;
          const waarom = waaromGeenSchooldag(s, d);
          waarschuwingen.push({ regel: o.regel.regel, leerlingnummer: o.regel.leerlingnummer, datum: o.regel.datum, code: WAARSCHUWING[waarom.reden], tekst: genegeerdTekst('NL', d, waarom).replace(/: geen schooldag, dus geen verzuim; het telt niet mee\.$/, ': geen schooldag; deze regel is niet opgeslagen.') });
          continue;
        }
        if (o.regel.geenLestijd) {
          waarschuwingen.push({ regel: o.regel.regel, leerlingnummer: o.regel.leerlingnummer, datum: o.regel.datum, code: ImportWaarschuwingCode.GEEN_LESTIJD, tekst: `Volgens het lesrooster van profiel ${p.naam} is er op ${o.regel.datum} in dat dagdeel geen les; deze regel is niet opgeslagen.` });
          continue;
        }
      }
      bewaard.push(o);
    }
    // one record per leerling, day and reason (the lines of one day's lesuren summed), remembering its first line
    const perDag = new Map<string, { record: ImportRecord; regel: Opgelost }>();
    for (const o of bewaard) {
      const k = `${o.leerlingId}|${o.regel.datum}|${o.regel.reden}|${o.leerlingId === NIEMAND ? `${o.brin}|${o.regel.leerlingnummer}` : ''}`;
      const x = perDag.get(k);
      if (x) x.record.uren = Math.round((x.record.uren + o.regel.uren) * 1e9) / 1e9;
      else perDag.set(k, { record: { leerlingId: o.leerlingId, datum: o.regel.datum, uren: Math.round(o.regel.uren * 1e9) / 1e9, reden: o.regel.reden }, regel: o });
    }
    const lijst = [...perDag.values()];
    const records = lijst.map((x) => x.record);
    const hash = createHash('sha256').update(`importeerVerzuimbestand\n${p.naam}\n${g.hash}\n${standaardBrin ?? ''}\n${bytesHash}\n`).digest('hex');
    // the store's checks (visibility, geboortedatum, calendar, own inschrijving, 24 hours a day) name a record: named here by its line
    const controle = async (tx: EntityManager) => {
      try {
        await controleerTegenOpslag(tx, toegang, records as VerzuimImportRecord[]);
      } catch (e) {
        if (!(e instanceof GraphQLError)) throw e;
        const m = /^records\[(\d+)\]\.(\w+): (.*)$/s.exec(e.message);
        if (!m) throw e;
        const { regel: o } = lijst[Number(m[1])];
        const kolom = m[2] === 'leerlingId' ? p.kolommen.leerlingnummer : m[2] === 'datum' ? p.kolommen.datum : (p.kolommen.duur ?? p.kolommen.dagdeel ?? p.kolommen.code);
        const plek = `${p.formaat === 'json' ? 'record' : 'regel'} ${o.regel.regel}`;
        if (m[2] === 'leerlingId') {
          throw bestandFout(new ImportFout(plek, String(kolom), `leerlingnummer ${o.regel.leerlingnummer} at BRIN ${o.brin} does not exist or is not accessible with this key`), String(e.extensions.code));
        }
        throw bestandFout(new ImportFout(plek, String(kolom), m[3]), String(e.extensions.code));
      }
    };
    try {
      const { rij, nieuw } = await importeerVerzuim(orm, toegang, sleutel, records, controle, hash, 'importeerVerzuimbestand');
      if (nieuw) ververs(ctx);
      return {
        id: rij.id, idempotentieSleutel: rij.sleutel, profiel: p.naam, regels: regels.length, aantal: rij.aantal,
        uren: Math.round(records.reduce((s, r) => s + r.uren, 0) * 1e6) / 1e6, geenVerzuim,
        overgeslagen: waarschuwingen.length, waarschuwingen, aangemaaktOp: rij.aangemaaktOp.toISOString(), nieuw,
      };
    } catch (e) {
      if (e instanceof SleutelHergebruikt) throw invoerFout('idempotentieSleutel', e.message);
      throw e;
    }
  }
}
