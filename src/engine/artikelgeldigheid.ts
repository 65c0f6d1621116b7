// Citations follow the law's history: a rule (or a parameter value) may only be in force while every
// article it cites exists — its bron, and each article its uitleg or event params name. The windows
// are kept per law in rules/wetten.json (artikelen); the loader refuses whatever reaches outside them.
import { formatDatum, parseDatum, type Dag } from '../time/dag';
import type { Bestanden } from './bestanden';
import { citatenIn, type Citaat } from './citaten';
import type { Vondst } from './fouten';
import type { BronJson, ParameterbestandJson, RegelbestandJson } from './regel';

export interface ArtikelVenster { vanaf: Dag; tot: Dag | null }
export interface WetJson { naam: string; afkorting?: string | string[]; bwbId?: string; vindplaats?: string; artikelen: Record<string, { vanaf: string; tot?: string }> }

export interface Wetsartikelen {
  /** wet key → article → the days it exists */
  artikelen: ReadonlyMap<string, ReadonlyMap<string, ArtikelVenster>>;
  /** abbreviation in uitleg texts → wet key */
  afkortingen: ReadonlyMap<string, string>;
  naam(wet: string): string;
}

export function leesWetsartikelen(wetten: Record<string, WetJson>): Wetsartikelen {
  const artikelen = new Map<string, Map<string, ArtikelVenster>>();
  const afkortingen = new Map<string, string>();
  for (const [sleutel, w] of Object.entries(wetten)) {
    artikelen.set(sleutel, new Map(Object.entries(w.artikelen ?? {}).map(([a, v]) => [a, { vanaf: parseDatum(v.vanaf) ?? NaN, tot: v.tot ? parseDatum(v.tot) ?? NaN : null }])));
    for (const a of [w.afkorting ?? []].flat()) afkortingen.set(a, sleutel);
  }
  return { artikelen, afkortingen, naam: (s) => wetten[s]?.naam ?? s };
}

/** Does `artikel` of `wet` exist on `dag` (per rules/wetten.json)? */
export function artikelBestaatOp(w: Wetsartikelen, wet: string, artikel: string, dag: Dag): boolean {
  const v = w.artikelen.get(wet)?.get(artikel);
  return v !== undefined && v.vanaf <= dag && (v.tot === null || dag <= v.tot);
}

/** Every article a rule cites: its bron, then the citations in its uitleg (nl, en) and in its event params' texts. */
export function citatenVanRegel(r: { bron: BronJson; uitleg: { nl: string; en: string }; event: { params?: Record<string, unknown> } }, bestandWet: string, w: Wetsartikelen): { citaat: Citaat; pad: string }[] {
  const eigen = r.bron.wet ?? bestandWet;
  const uit = [{ citaat: { wet: eigen, artikel: r.bron.artikel }, pad: 'bron' }];
  for (const taal of ['nl', 'en'] as const) uit.push(...citatenIn(r.uitleg[taal], eigen, w.afkortingen).map((citaat) => ({ citaat, pad: `uitleg.${taal}` })));
  for (const [k, v] of Object.entries(r.event.params ?? {})) {
    if (typeof v === 'string') uit.push(...citatenIn(v, eigen, w.afkortingen).map((citaat) => ({ citaat, pad: `event.params.${k}` })));
  }
  return uit;
}

const tekst = (d: Dag | null) => (d === null ? '…' : formatDatum(d));

function buiten(w: Wetsartikelen, c: Citaat, vanaf: Dag, tot: Dag | null, wat: string): string | null {
  if (!w.artikelen.has(c.wet)) return null; // an unknown wet is reported where the bron is resolved
  const v = w.artikelen.get(c.wet)!.get(c.artikel);
  const naam = `${w.naam(c.wet)} art ${c.artikel}`;
  if (v === undefined) return `cites ${naam}, which is not listed in rules/wetten.json (wetten.${c.wet}.artikelen."${c.artikel}" with its vanaf/tot)`;
  const voor = vanaf < v.vanaf;
  const na = v.tot !== null && (tot === null || tot > v.tot);
  if (!voor && !na) return null;
  const raad = na ? `end it on ${formatDatum(v.tot!)} and cite the article that replaced it after that` : `start it on ${formatDatum(v.vanaf)}`;
  return `${wat} ${tekst(vanaf)} … ${tekst(tot)} but cites ${naam}, which exists ${formatDatum(v.vanaf)} … ${tekst(v.tot)}: ${raad}`;
}

/** The rules and parameter values of `b` (not the policy packs) that cite an article outside its window. */
export function artikelgeldigheidVondsten(b: Bestanden): Vondst[] {
  const json = (b.wetten.inhoud as { wetten: Record<string, WetJson> }).wetten;
  // a rule set stored before wetten.json listed articles (bouwRegelsetUitTekst) is rebuilt as it was
  if (!Object.values(json).some((x) => x.artikelen !== undefined)) return [];
  const w = leesWetsartikelen(json);
  const vondsten: Vondst[] = [];
  for (const bestand of b.regels) {
    const inhoud = bestand.inhoud as RegelbestandJson;
    inhoud.regels.forEach((r, i) => {
      if (r.beleid || !r.bron?.artikel) return;
      const vanaf = parseDatum(r.geldig.vanaf);
      const tot = r.geldig.tot ? parseDatum(r.geldig.tot) : null;
      if (vanaf === null) return;
      for (const { citaat, pad } of citatenVanRegel(r, inhoud.wet, w)) {
        const bericht = buiten(w, citaat, vanaf, tot, 'the rule is in force');
        if (bericht) vondsten.push({ bestand: bestand.relatief, regel: r.id, pad: `regels[${i}].${pad}`, bericht });
      }
    });
  }
  for (const bestand of b.parameters) {
    const inhoud = bestand.inhoud as ParameterbestandJson;
    for (const [naam, p] of Object.entries(inhoud.parameters)) {
      const waarden = p.waarden.map((x, i) => ({ ...x, i, dag: parseDatum(x.vanaf) ?? NaN })).sort((x, y) => x.dag - y.dag);
      waarden.forEach((x, k) => {
        const bron = x.bron ?? p.bron;
        if (!bron?.artikel) return;
        const tot = k + 1 < waarden.length ? waarden[k + 1].dag - 1 : null;
        const bericht = buiten(w, { wet: bron.wet ?? inhoud.wet, artikel: bron.artikel }, x.dag, tot, `the value from ${x.vanaf} holds`);
        if (bericht) vondsten.push({ bestand: bestand.relatief, regel: naam, pad: x.bron ? `parameters.${naam}.waarden[${x.i}].bron` : `parameters.${naam}.bron`, bericht });
      });
    }
  }
  return vondsten;
}
