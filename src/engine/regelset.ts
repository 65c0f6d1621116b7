// A loaded rule set: parameters, typed fact catalogues, compiled rules, and which of them are
// in force on a given wetsdatum. Load = read → validate (ajv) → type-check → compile.
import path from 'node:path';
import { maakCatalogus, type BeslisRegel, type Catalogus, type Feiten, type RegelsInWerking } from '../facts/feiten';
import { BASIS_FEITEN } from '../facts/catalogus';
import type { FeitDefinitie, Onderwerp } from '../facts/typen';
import { parseDatum, type Dag } from '../time/dag';
import { bestandenUitTekst, leesRegelmap, type Bestanden } from './bestanden';
import { compileerRegel } from './compileer';
import { RegelFout, type Vondst } from './fouten';
import type { Bron, BronJson, ParameterbestandJson, ParameterJson, RegelbestandJson, RegelJson, Tekst, Wet } from './regel';
import { controleerRegel, zoeker } from './typecontrole';
import { UITKOMSTEN } from './uitkomsten';
import { bouwPakketten, type Beleidspakket } from './beleid/pakket';
import { registreerPakketten } from './beleid/toepassing';
import { artikelgeldigheidVondsten } from './artikelgeldigheid';

export const ENGINE_VERSIE = '0.1.0';
export const REGELMAP = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []), 'rules');

export interface GeladenRegel extends BeslisRegel {
  json: RegelJson;
  bestand: string;
  onderwerp: Onderwerp;
  type: string;
  bron: Bron;
  uitleg: Tekst;
  vanaf: Dag;
  tot: Dag | null;
}

/** perDatum[i].bron: the article of that value when it is not the parameter's own (see parameterBronOp) */
export interface Parameter extends ParameterJson { naam: string; bronWet: Wet; perDatum: { vanaf: Dag; waarde: unknown; bron?: Bron }[] }

/** The article a parameter's value rests on on `wetsdatum`: that value's own bron, else the parameter's. */
export function parameterBronOp(p: Parameter, wetsdatum: Dag): Bron {
  const geldig = p.perDatum.filter((x) => x.vanaf <= wetsdatum);
  return geldig[geldig.length - 1]?.bron ?? { wet: p.bronWet, artikel: p.bron.artikel, lid: p.bron.lid, onderdeel: p.bron.onderdeel };
}

export interface Regelset {
  hash: string;
  bestanden: { pad: string; hash: string }[];
  /** every file's text in load order: kept in the database by hash, so this set can be rebuilt (bouwRegelsetUitTekst) */
  inhoud: { pad: string; tekst: string }[];
  regels: GeladenRegel[];
  parameters: Map<string, Parameter>;
  catalogi: Record<Onderwerp, Catalogus>;
  /** earliest wetsdatum the rules cover */
  dekkingVanaf: Dag;
  inWerking(wetsdatum: Dag): RegelsInWerking & { regels: GeladenRegel[]; parameters: ReadonlyMap<string, unknown> };
  /** the policy packs (rules/beleid and the extra folders), apart from the statutory rules: they only add signalen */
  pakketten: readonly Beleidspakket[];
}

function bron(b: BronJson, bestandWet: string, wetten: Record<string, Wet>): Bron | string {
  // a paragraph of a policy document ({ onderdeel } only) is no source of law
  if (!b.artikel) return 'a statutory rule or parameter rests on an artikel of a law ("bron": { "artikel": … }); { "onderdeel" } alone is for rules/beleid';
  const wet = wetten[b.wet ?? bestandWet];
  if (wet === undefined) return `unknown wet "${b.wet ?? bestandWet}" (see rules/wetten.json)`;
  // wetten.json also holds the articles (artikelgeldigheid.ts); a Bron carries only the name and where to find the text
  return { wet: { naam: wet.naam, bwbId: wet.bwbId ?? '', ...(wet.vindplaats ? { vindplaats: wet.vindplaats } : {}) }, artikel: b.artikel, lid: b.lid, onderdeel: b.onderdeel };
}

function parameterFeit(p: Parameter): FeitDefinitie {
  const type = p.type === 'getal' || p.type === 'tekst' || p.type === 'boolean' || p.type === 'lijst' || p.type === 'datum' ? p.type : 'tekst';
  return { naam: p.naam, type, nullable: true, enum: p.enum, omschrijving: p.omschrijving, bereken: (f: Feiten) => f.ctx.parameters.get(p.naam) ?? null };
}

/** The decision types taken per record of an onderwerp, in a fixed order: a type's slot in its catalogue. */
export function beslisTypen(onderwerp: Onderwerp): string[] {
  return Object.entries(UITKOMSTEN).filter(([, u]) => u.onderwerpen.includes(onderwerp) && !u.alle).map(([type]) => type);
}

function uitkomstFeiten(onderwerp: Onderwerp): FeitDefinitie[] {
  return beslisTypen(onderwerp).flatMap((type, slot) => Object.entries(UITKOMSTEN[type].params).map(([naam, def]) => ({
    naam, type: def.type, enum: def.enum, nullable: true, omschrijving: def.omschrijving,
    // by slot when the catalogue was made with beslisTypen (laadRegelset), else by type
    bereken: (f: Feiten) => (f.catalogus.typen[slot] === type ? f.beslisSlot(slot) : f.beslis(type)).params[naam] ?? null,
  })));
}

/** The rules of `map` with its policy packs (<map>/beleid) and those of `extraBeleidMappen` (LEERPLICHT_BELEID_DIR). */
export function laadRegelset(map = REGELMAP, extraBeleidMappen: readonly string[] = []): Regelset {
  return bouwRegelset(leesRegelmap(map, path.join(map, 'schema'), extraBeleidMappen));
}

/** A rule set from stored file texts (Regelset.inhoud), e.g. an older one kept in the database: built and checked as at load. */
export function bouwRegelsetUitTekst(inhoud: readonly { pad: string; tekst: string }[]): Regelset {
  return bouwRegelset(bestandenUitTekst(inhoud));
}

export function bouwRegelset(b: Bestanden): Regelset {
  const vondsten: Vondst[] = [];
  const wetten = (b.wetten.inhoud as { wetten: Record<string, Wet> }).wetten;

  const parameters = new Map<string, Parameter>();
  const parameterBestand = new Map<string, string>();
  for (const bestand of b.parameters) {
    const inhoud = bestand.inhoud as ParameterbestandJson;
    for (const [naam, p] of Object.entries(inhoud.parameters)) {
      parameterBestand.set(naam, bestand.relatief);
      if (parameters.has(naam)) vondsten.push({ bestand: bestand.relatief, pad: `parameters.${naam}`, bericht: 'parameter declared twice' });
      const br = bron(p.bron, inhoud.wet, wetten);
      if (typeof br === 'string') vondsten.push({ bestand: bestand.relatief, pad: `parameters.${naam}.bron`, bericht: br });
      const perDatum = p.waarden.map((w) => {
        const eigen = w.bron ? bron(w.bron, inhoud.wet, wetten) : undefined;
        if (typeof eigen === 'string') vondsten.push({ bestand: bestand.relatief, pad: `parameters.${naam}.waarden`, bericht: eigen });
        return { vanaf: parseDatum(w.vanaf) ?? NaN, waarde: w.waarde, ...(eigen && typeof eigen !== 'string' ? { bron: eigen } : {}) };
      }).sort((x, y) => x.vanaf - y.vanaf);
      parameters.set(naam, { ...p, naam, bronWet: typeof br === 'string' ? { naam: '?', bwbId: '?' } : br.wet, perDatum });
    }
  }

  const paramFeiten = [...parameters.values()].map(parameterFeit);
  const catalogi = Object.fromEntries((Object.keys(BASIS_FEITEN) as Onderwerp[]).map((o) => [
    o, maakCatalogus(o, [...BASIS_FEITEN[o], ...(o === 'situatie' ? paramFeiten : []), ...uitkomstFeiten(o)], beslisTypen(o)),
  ])) as Record<Onderwerp, Catalogus>;

  const regels: GeladenRegel[] = [];
  const ids = new Map<string, string>();
  for (const bestand of b.regels) {
    const inhoud = bestand.inhoud as RegelbestandJson;
    inhoud.regels.forEach((r, i) => {
      const pad = `regels[${i}]`;
      if (ids.has(r.id)) { vondsten.push({ bestand: bestand.relatief, regel: r.id, pad, bericht: `rule id already used in ${ids.get(r.id)}` }); return; }
      ids.set(r.id, bestand.relatief);
      const onderwerp = r.onderwerp ?? 'situatie';
      const fouten = controleerRegel(r, zoeker(catalogi[onderwerp], catalogi.situatie), bestand.relatief);
      if (r.beleid) fouten.push({ bestand: bestand.relatief, regel: r.id, pad: 'beleid', bericht: `a policy rule belongs in a pack, rules/beleid/<gemeentecode or regio>/, not in ${bestand.relatief.split(/[\\/]/)[0]}/ with the law` });
      const br = bron(r.bron, inhoud.wet, wetten);
      if (typeof br === 'string') fouten.push({ bestand: bestand.relatief, regel: r.id, pad: 'bron', bericht: br });
      vondsten.push(...fouten.map((v) => ({ ...v, pad: `${pad}.${v.pad}` })));
      if (fouten.length > 0 || typeof br === 'string') return;
      regels.push({
        ...compileerRegel(r, catalogi[onderwerp]),
        id: r.id, priority: r.priority ?? 1, json: r, bestand: bestand.relatief, onderwerp, type: r.event.type,
        bron: br, uitleg: r.uitleg, vanaf: parseDatum(r.geldig.vanaf)!, tot: r.geldig.tot ? parseDatum(r.geldig.tot)! : null,
      });
    });
  }
  vondsten.push(...botsendePrioriteiten(regels));
  // no rule or parameter value may outlive (or precede) an article it cites (rules/wetten.json)
  vondsten.push(...artikelgeldigheidVondsten(b));
  const pakketten = bouwPakketten(b.beleid, { parameters, parameterBestand, situatie: catalogi.situatie, ids }, vondsten);
  if (vondsten.length > 0) throw new RegelFout(vondsten);
  registreerPakketten(catalogi, pakketten);

  const alle = [b.wetten, ...b.parameters, ...b.regels, ...b.kalender, ...b.beleid];
  const bestanden = alle.map((x) => ({ pad: x.relatief, hash: x.hash }));
  return {
    hash: b.hash, bestanden, inhoud: alle.map((x) => ({ pad: x.relatief, tekst: x.tekst })), regels, parameters, catalogi,
    dekkingVanaf: Math.min(...regels.map((r) => r.vanaf)),
    inWerking: maakInWerking(regels, parameters, catalogi),
    pakketten,
  };
}

const overlapt = (a: GeladenRegel, b: GeladenRegel) => a.vanaf <= (b.tot ?? Infinity) && b.vanaf <= (a.tot ?? Infinity);

/** Two rules that decide the same outcome at the same time must not tie: the first match decides. */
function botsendePrioriteiten(regels: GeladenRegel[]): Vondst[] {
  const uit: Vondst[] = [];
  for (let i = 0; i < regels.length; i++) {
    for (let j = i + 1; j < regels.length; j++) {
      const a = regels[i];
      const c = regels[j];
      // for outcomes that collect every matching rule (alle) the order does not decide anything
      if (a.type === c.type && a.onderwerp === c.onderwerp && a.priority === c.priority && !UITKOMSTEN[a.type]?.alle && overlapt(a, c)) {
        uit.push({ bestand: c.bestand, regel: c.id, pad: 'priority', bericht: `same priority ${c.priority} as ${a.id} (${a.bestand}) for ${c.type} while both are in force` });
      }
    }
  }
  return uit;
}

/** The rule set changes only on the dates rules and parameters start or stop: cache per interval. */
function maakInWerking(regels: GeladenRegel[], parameters: Map<string, Parameter>, catalogi: Record<Onderwerp, Catalogus>): Regelset['inWerking'] {
  const grenzen = [...new Set([
    ...regels.flatMap((r) => (r.tot === null ? [r.vanaf] : [r.vanaf, r.tot + 1])),
    ...[...parameters.values()].flatMap((p) => p.perDatum.map((w) => w.vanaf)),
  ])].sort((a, b) => a - b);
  // interval k: [grenzen[k-1], grenzen[k]) — the same rules and parameter values throughout
  const cache: (ReturnType<Regelset['inWerking']> | undefined)[] = new Array(grenzen.length + 1);
  const onderwerpen = Object.keys(catalogi) as Onderwerp[];
  const leeg: GeladenRegel[] = [];
  const bouw = (wetsdatum: Dag): ReturnType<Regelset['inWerking']> => {
    const geldend = regels.filter((r) => r.vanaf <= wetsdatum && (r.tot === null || wetsdatum <= r.tot));
    const perOnderwerp = {} as Record<Onderwerp, Map<string, GeladenRegel[]>>;
    for (const o of onderwerpen) perOnderwerp[o] = new Map();
    for (const r of geldend) {
      const m = (perOnderwerp[r.onderwerp] ??= new Map());
      m.set(r.type, [...(m.get(r.type) ?? []), r]);
    }
    for (const m of Object.values(perOnderwerp)) for (const l of m.values()) l.sort((a, b) => b.priority - a.priority);
    const perSlot: Partial<Record<Onderwerp, GeladenRegel[][]>> = {};
    for (const o of onderwerpen) perSlot[o] = catalogi[o].typen.map((t) => perOnderwerp[o].get(t) ?? leeg);
    const waarden = new Map<string, unknown>();
    for (const p of parameters.values()) {
      const geldig = p.perDatum.filter((x) => x.vanaf <= wetsdatum);
      waarden.set(p.naam, geldig.length > 0 ? geldig[geldig.length - 1].waarde : null);
    }
    return { regels: geldend, parameters: waarden, perSlot, voor: (onderwerp, type) => perOnderwerp[onderwerp]?.get(type) ?? leeg };
  };
  return (wetsdatum) => {
    let lo = 0;
    let hi = grenzen.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (grenzen[m] <= wetsdatum) lo = m + 1; else hi = m; }
    return cache[lo] ??= bouw(wetsdatum);
  };
}
