// Building the policy packs of a rule set: pakket.json, the pack's own parameters and its signaal
// rules, each checked so that a pack can only add signalen and never change the law. Policy rules
// are kept apart from the statutory ones (Regelset.regels): no statutory decision ever sees them.
import { maakCatalogus, type BeslisRegel, type Catalogus, type RegelsInWerking } from '../../facts/feiten';
import type { FeitDefinitie } from '../../facts/typen';
import { SITUATIE_VERZUIM_FEITEN } from '../../facts/catalogus-verzuim';
import { VENSTER_FEITEN } from '../../facts/catalogus-vensters';
import { parseDatum, type Dag } from '../../time/dag';
import { regelsetHash, type Bestand } from '../bestanden';
import { compileerRegel } from '../compileer';
import type { Vondst } from '../fouten';
import type { Conditie, ParameterbestandJson, RegelbestandJson, RegelJson, Tekst } from '../regel';
import type { Parameter } from '../regelset';
import { controleerRegel, zoeker } from '../typecontrole';
import { pakketDeel, soortInPakket } from './bestanden';
import { SIGNAAL, type SignaalParams } from './signaal';

export interface PakketJson {
  naam: string;
  versie: string;
  omschrijving: string;
  eigenaar: string;
  document: { titel: string; url?: string; referentie?: string };
  geldig: { vanaf: string; tot?: string };
  /** a regio pack's gemeenten (CBS codes); a gemeentecode folder implies its own code */
  gemeenten?: string[];
}

export interface Beleidsregel extends BeslisRegel {
  json: RegelJson;
  bestand: string;
  uitleg: Tekst;
  /** the paragraph of the pack's document the rule encodes, e.g. "§ 3.2" */
  onderdeel: string;
  signaal: SignaalParams;
  vanaf: Dag;
  tot: Dag | null;
  /** reads a verzuim fact: its signaal is also one of Beoordeling.verzuim.signalen */
  overVerzuim: boolean;
}

export interface Beleidspakket {
  /** the pack folder name: a gemeentecode (0363) or a regio name */
  map: string;
  naam: string;
  versie: string;
  omschrijving: string;
  eigenaar: string;
  document: { titel: string; url: string | null; referentie: string | null };
  vanaf: Dag;
  tot: Dag | null;
  gemeenten: readonly string[];
  /** sha256 over the pack's files (pakket.json, parameters.json, rule files) */
  hash: string;
  bestanden: readonly string[];
  regels: readonly Beleidsregel[];
  parameters: ReadonlyMap<string, Parameter>;
  /** the pack's parameters as facts; every other fact a rule reads comes from the situatie */
  catalogus: Catalogus;
  /** the pack's rules in force on a wetsdatum (for Feiten.beslisAlle) */
  inWerking(wetsdatum: Dag): RegelsInWerking & { regels: readonly Beleidsregel[] };
}

export const GEMEENTECODE = /^[0-9]{4}$/;
const REGIONAAM = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Facts whose value comes from the verzuim records: a rule reading one is about verzuim. */
const VERZUIMFEITEN = new Set([...SITUATIE_VERZUIM_FEITEN.filter((d) => d.type === 'getal'), ...VENSTER_FEITEN.filter((d) => d.type !== 'intern')].map((d) => d.naam));

function leestVerzuim(c: Conditie): boolean {
  if (c.all) return c.all.some(leestVerzuim);
  if (c.any) return c.any.some(leestVerzuim);
  if (c.not) return leestVerzuim(c.not);
  // a fact with params is a window over the verzuim records (lesweken, te laat in a period)
  const v = c.value as { fact?: unknown } | null;
  return VERZUIMFEITEN.has(c.fact!) || c.params !== undefined || (typeof v?.fact === 'string' && VERZUIMFEITEN.has(v.fact));
}

export function waardeOp(p: Parameter, wetsdatum: Dag): unknown {
  let w: unknown = null;
  for (const x of p.perDatum) if (x.vanaf <= wetsdatum) w = x.waarde;
  return w;
}

function parameterFeit(p: Parameter): FeitDefinitie {
  return { naam: p.naam, type: p.type, nullable: true, enum: p.enum, omschrijving: p.omschrijving, bereken: (f) => waardeOp(p, f.ctx.wetsdatum) };
}

interface Omgeving {
  /** statutory parameters by name, with the file declaring each */
  parameters: ReadonlyMap<string, Parameter>;
  parameterBestand: ReadonlyMap<string, string>;
  situatie: Catalogus;
  /** every rule id already used (statutory rules), with its file */
  ids: Map<string, string>;
}

/** Every pack of the rule set, in folder order; findings name file, rule and JSON path. */
export function bouwPakketten(bestanden: readonly Bestand[], o: Omgeving, vondsten: Vondst[]): Beleidspakket[] {
  const perMap = new Map<string, Bestand[]>();
  for (const b of bestanden) {
    const { pakket } = pakketDeel(b.relatief);
    perMap.set(pakket, [...(perMap.get(pakket) ?? []), b]);
  }
  const uit: Beleidspakket[] = [];
  for (const [map, lijst] of [...perMap].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const p = bouwPakket(map, lijst, o, vondsten);
    if (p) uit.push(p);
  }
  return uit;
}

function bouwPakket(map: string, lijst: Bestand[], o: Omgeving, vondsten: Vondst[]): Beleidspakket | null {
  const bij = (soort: ReturnType<typeof soortInPakket>) => lijst.filter((b) => soortInPakket(pakketDeel(b.relatief).binnen) === soort);
  const pakketBestand = bij('pakket')[0];
  const fout = (bestand: string, pad: string, bericht: string, regel?: string) => vondsten.push({ bestand, ...(regel ? { regel } : {}), pad, bericht });
  const aantal = vondsten.length;
  if (!pakketBestand) {
    fout(`beleid/${map}`, '', 'pakket.json is missing: every policy pack describes itself (naam, versie, eigenaar, document, geldig)');
    return null;
  }
  const pj = pakketBestand.inhoud as PakketJson;
  const pb = pakketBestand.relatief;

  // scope: a gemeentecode folder is that gemeente; a regio folder names its gemeenten
  let gemeenten: string[];
  if (GEMEENTECODE.test(map)) {
    if (pj.gemeenten !== undefined) fout(pb, 'gemeenten', `the folder ${map} is a gemeentecode and implies gemeenten ["${map}"]; gemeenten is for a regio pack (a folder named after the regio)`);
    gemeenten = [map];
  } else {
    if (!REGIONAAM.test(map)) fout(`beleid/${map}`, '', `a pack folder is a 4-digit CBS gemeentecode (e.g. 0363) or a regio name in lower case with - (e.g. ijssel-vecht), not "${map}"`);
    if (pj.gemeenten === undefined || pj.gemeenten.length === 0) fout(pb, 'gemeenten', `a regio pack (${map}) names its gemeenten, e.g. ["0193", "0200"]`);
    gemeenten = [...new Set(pj.gemeenten ?? [])].sort();
    (pj.gemeenten ?? []).forEach((g, i) => { if (!GEMEENTECODE.test(g)) fout(pb, `gemeenten[${i}]`, `${JSON.stringify(g)} is not a 4-digit CBS gemeentecode`); });
  }
  const vanaf = parseDatum(pj.geldig.vanaf);
  const tot = pj.geldig.tot === undefined ? null : parseDatum(pj.geldig.tot);
  if (vanaf === null) fout(pb, 'geldig.vanaf', `${JSON.stringify(pj.geldig.vanaf)} is not a date`);
  if (pj.geldig.tot !== undefined && tot === null) fout(pb, 'geldig.tot', `${JSON.stringify(pj.geldig.tot)} is not a date`);
  const document = { titel: pj.document.titel, url: pj.document.url ?? null, referentie: pj.document.referentie ?? null };

  // the pack's own parameters: new names only, never a statutory parameter or fact
  const parameters = new Map<string, Parameter>();
  for (const b of bij('parameters')) {
    for (const [naam, p] of Object.entries((b.inhoud as ParameterbestandJson).parameters)) {
      const pad = `parameters.${naam}`;
      if (o.parameters.has(naam)) { fout(b.relatief, pad, `a policy pack cannot redeclare or override the statutory parameter ${naam} (${o.parameterBestand.get(naam)}); give the pack's threshold its own name`); continue; }
      if (o.situatie.index.has(naam)) { fout(b.relatief, pad, `${naam} is already a fact; give the pack's parameter its own name`); continue; }
      if (p.lezing) fout(b.relatief, `${pad}.lezing`, 'a pack parameter is no reading of the law (lezing)');
      const perDatum = p.waarden.map((w) => ({ vanaf: parseDatum(w.vanaf) ?? NaN, waarde: w.waarde })).sort((x, y) => x.vanaf - y.vanaf);
      parameters.set(naam, { ...p, naam, bronWet: { naam: document.titel, bwbId: '' }, perDatum });
    }
  }
  const catalogus = maakCatalogus('situatie', [...parameters.values()].map(parameterFeit));
  const zoek = zoeker(catalogus, o.situatie);

  const regels: Beleidsregel[] = [];
  for (const b of bij('regels')) {
    ((b.inhoud as RegelbestandJson).regels ?? []).forEach((r, i) => {
      const pad = `regels[${i}]`;
      const rf = (p: string, bericht: string) => fout(b.relatief, `${pad}.${p}`, bericht, r.id);
      if (o.ids.has(r.id)) { fout(b.relatief, pad, `rule id already used in ${o.ids.get(r.id)}`, r.id); return; }
      o.ids.set(r.id, b.relatief);
      const n = vondsten.length;
      if (r.beleid !== true) rf('beleid', 'a rule in a policy pack must be marked "beleid": true (it may only emit signaal)');
      const onderdeel = (r.bron as { onderdeel?: string }).onderdeel;
      if (!onderdeel) rf('bron.onderdeel', `a policy rule names the paragraph of "${document.titel}" it encodes: "bron": { "onderdeel": "§ …" }`);
      for (const v of controleerRegel(r, zoek, b.relatief)) rf(v.pad, v.bericht);
      if (vondsten.length > n) return;
      regels.push({
        ...compileerRegel(r, catalogus), id: r.id, priority: r.priority ?? 1, json: r, bestand: b.relatief, uitleg: r.uitleg, onderdeel: onderdeel!,
        signaal: r.event.params as unknown as SignaalParams, vanaf: parseDatum(r.geldig.vanaf)!, tot: r.geldig.tot ? parseDatum(r.geldig.tot)! : null,
        overVerzuim: leestVerzuim(r.conditions),
      });
    });
  }
  if (vondsten.length > aantal) return null;
  regels.sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  return {
    map, naam: pj.naam, versie: pj.versie, omschrijving: pj.omschrijving, eigenaar: pj.eigenaar, document, vanaf: vanaf!, tot, gemeenten,
    hash: regelsetHash(lijst), bestanden: lijst.map((b) => b.relatief), regels, parameters, catalogus, inWerking: inWerking(regels),
  };
}

function inWerking(regels: readonly Beleidsregel[]): Beleidspakket['inWerking'] {
  const cache = new Map<Dag, ReturnType<Beleidspakket['inWerking']>>();
  const leeg: Beleidsregel[] = [];
  return (wetsdatum) => {
    let w = cache.get(wetsdatum);
    if (w === undefined) {
      const geldend = regels.filter((r) => r.vanaf <= wetsdatum && (r.tot === null || wetsdatum <= r.tot));
      w = { regels: geldend, voor: (onderwerp, type) => (onderwerp === 'situatie' && type === SIGNAAL ? geldend : leeg) };
      if (cache.size > 1000) cache.clear(); // a bound: wetsdata are many, the rule lists few
      cache.set(wetsdatum, w);
    }
    return w;
  };
}
