// SituatieInput → Situatie: parse dates into day numbers and reject impossible input with the
// path of the offending field. Nothing here decides anything legal. Also the check of every text
// value of a request (bewaakTekstInvoer), run before any resolver.
import { defaultFieldResolver, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { Situatie } from '../facts/situatie';
import { formatDatum, jmd, parseDatum, vandaag, type Dag } from '../time/dag';
import { leeftijd } from '../time/leeftijd';
import { formatSchooljaar, parseSchooljaar, schooljaarVan } from '../time/schooljaar';
import { invoerFout } from './fouten';
import type { SituatieInput, VerlofaanvraagInput, VrijstellingsberoepInput } from './invoer';
import type { OptioneleLijst, Verlofaanvraag, Vrijstellingsberoep } from '../facts/situatie';

/** Longest text accepted in any String or ID value of a request (free text: toelichting, richting, beroep …). */
export const MAX_TEKST = 10_000;

// C0 control characters and DEL: PostgreSQL refuses NUL, and none belongs in a name, code or remark.
const STUURTEKEN = /[\u0000-\u001f\u007f]/;
// half of a UTF-16 surrogate pair on its own: not Unicode text, it would be stored as U+FFFD
const LOSSE_SURROGAAT = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A text value of the request: at most `max` characters, no control characters, valid Unicode. The message never repeats the value. */
export function controleerTekst(veld: string, w: string, max = MAX_TEKST): void {
  if (w.length > max) throw invoerFout(veld, `${w.length} characters; at most ${max}`);
  const m = STUURTEKEN.exec(w);
  if (m !== null) throw invoerFout(veld, `contains control character U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at position ${m.index}; control characters (U+0000–U+001F, U+007F) are not accepted`);
  if (LOSSE_SURROGAAT.test(w)) throw invoerFout(veld, 'contains a lone UTF-16 surrogate, which is not valid Unicode text');
}

/** Where a value sits in an argument, built only when an error needs it. */
interface Pad { ouder: Pad | null; stap: string | number }
function padTekst(p: Pad): string {
  let t = '';
  for (let q: Pad | null = p; q !== null; q = q.ouder) t = typeof q.stap === 'number' ? `[${q.stap}]${t}` : q.ouder === null ? q.stap + t : `.${q.stap}${t}`;
  return t;
}

type Controle = (w: unknown, pad: Pad) => void;
// a quick test for anything the detailed check may refuse (control character or surrogate)
const VERDACHT = /[\u0000-\u001f\u007f\ud800-\udfff]/;

function controleerTekstOp(w: string, pad: Pad): void {
  if (w.length > MAX_TEKST || VERDACHT.test(w)) controleerTekst(padTekst(pad), w);
}

/**
 * The check of one input type, compiled once: null when no text can occur inside it (enums,
 * numbers, booleans, LocalDate — whose shape the scalar already checks), so e.g. a list of 100,000
 * verzuim records costs nothing.
 */
const controles = new Map<GraphQLInputType, Controle | null>();
function controleVoor(type: GraphQLInputType): Controle | null {
  if (controles.has(type)) return controles.get(type)!;
  let c: Controle | null = null;
  if (isNonNullType(type)) c = controleVoor(type.ofType);
  else if (isListType(type)) {
    const el = controleVoor(type.ofType);
    if (el !== null) {
      c = (w, pad) => {
        if (!Array.isArray(w)) return el(w, pad);
        for (let i = 0; i < w.length; i++) if (w[i] != null) el(w[i], { ouder: pad, stap: i });
      };
    }
  } else if (isInputObjectType(type)) {
    controles.set(type, (w, pad) => c?.(w, pad)); // a self-referencing input type sees itself while compiling
    const velden: [string, Controle][] = [];
    for (const f of Object.values(type.getFields())) {
      const fc = controleVoor(f.type);
      if (fc !== null) velden.push([f.name, fc]);
    }
    if (velden.length > 0) {
      c = (w, pad) => {
        const o = w as Record<string, unknown>;
        for (const [naam, fc] of velden) { const v = o[naam]; if (v != null) fc(v, { ouder: pad, stap: naam }); }
      };
    }
  } else if (isScalarType(type) && type.name !== 'LocalDate' && type.name !== 'Int' && type.name !== 'Float' && type.name !== 'Boolean' && type.name !== 'Bestandsinhoud') {
    // (Bestandsinhoud: a whole export file, with line breaks and longer than a text; importeerVerzuimbestand checks it line by line)
    c = (w, pad) => { if (typeof w === 'string') controleerTekstOp(w, pad); };
  }
  controles.set(type, c);
  return c;
}

/** The same text check on one value of an input type outside a GraphQL request (a bulk line), named from `wortel`. */
export function controleerTekstenIn(type: GraphQLInputType, w: unknown, wortel: string): void {
  if (w != null) controleVoor(type)?.(w, { ouder: null, stap: wortel });
}

/**
 * Wraps the resolver of every field that takes arguments (queries, mutations, field arguments) so
 * each text value in its (coerced) arguments is checked before the resolver runs: a client cannot
 * get a control character or an oversized text past any field, and nothing is changed when one
 * is refused. Fields without text in their arguments are left as they are.
 */
export function bewaakTekstInvoer(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const veld of Object.values(type.getFields())) {
      const args = veld.args.flatMap((a) => { const c = controleVoor(a.type); return c === null ? [] : [[a.name, c] as const]; });
      if (args.length === 0) continue;
      const resolve = veld.resolve ?? defaultFieldResolver;
      veld.resolve = (root, a: Record<string, unknown>, ctx, info) => {
        for (const [naam, c] of args) { const v = a[naam]; if (v != null) c(v, { ouder: null, stap: naam }); }
        return resolve(root, a, ctx, info);
      };
    }
  }
  return schema;
}

/** Schooljaren whose days all lie between 1900-01-01 and 2100-12-31 (the LocalDate range). */
export const EERSTE_SCHOOLJAAR = 1900;
export const LAATSTE_SCHOOLJAAR = 2099;

export function controleerSchooljaarBereik(veld: string, jaar: number): void {
  if (jaar < EERSTE_SCHOOLJAAR || jaar > LAATSTE_SCHOOLJAAR) {
    throw invoerFout(veld, `${formatSchooljaar(jaar)} lies outside ${formatSchooljaar(EERSTE_SCHOOLJAAR)} – ${formatSchooljaar(LAATSTE_SCHOOLJAAR)}, the schooljaren this API answers for`);
  }
}

/** Today (the day number of the day in Europe/Amsterdam): stored facts cannot lie in a future that has not begun. */
export { vandaag };

/**
 * Schooljaren against a reference day (the later of peildatum and today; today for stored facts):
 * none may start after the schooljaar of that day, and there can be no more of them than whole
 * years lived by then (art 3 lid 1 a counts years a child was at school).
 */
export function controleerSchooljarenTot(sit: Pick<Situatie, 'geboortedatum' | 'schooljaren'>, referentie: Dag, veld: string, wat = 'the later of peildatum and today'): void {
  const n = sit.schooljaren.length;
  if (n === 0) return;
  const laatste = schooljaarVan(referentie);
  const ref = formatDatum(referentie);
  sit.schooljaren.forEach((j, i) => {
    if (j.schooljaar > laatste) throw invoerFout(`${veld}.schooljaren[${i}].schooljaar`, `${formatSchooljaar(j.schooljaar)} starts after schooljaar ${formatSchooljaar(laatste)} (of ${ref}, ${wat}): a schooljaar cannot be known before it begins`);
  });
  const jaren = leeftijd(sit.geboortedatum, referentie);
  if (n > jaren) throw invoerFout(`${veld}.schooljaren`, `${n} schooljaren, more than the ${Math.max(jaren, 0)} whole years since geboortedatum ${formatDatum(sit.geboortedatum)} on ${ref}`);
}

export function datum(veld: string, w: string): Dag {
  const d = parseDatum(w);
  if (d === null) throw invoerFout(veld, `${w} is not a date`);
  return d;
}

/** A short rendering of a caller's text for a message (JSON-quoted, at most 40 characters). */
export function kort(w: unknown): string {
  const t = JSON.stringify(w) ?? String(w);
  return t.length > 42 ? `${t.slice(0, 40)}…"` : t;
}

function periode(veld: string, vanaf: string, tot: string | null | undefined): { vanaf: Dag; tot: Dag | null } {
  const v = datum(`${veld}.vanaf`, vanaf);
  const t = tot == null ? null : datum(`${veld}.tot`, tot);
  if (t !== null && t < v) throw invoerFout(`${veld}.tot`, `${tot} lies before vanaf ${vanaf}`);
  return { vanaf: v, tot: t };
}

function getal(veld: string, w: number | null | undefined, min: number, max: number): number | null {
  if (w == null) return null;
  if (!Number.isFinite(w) || w < min || w > max) throw invoerFout(veld, `${w} is outside ${min}–${max}`);
  return w;
}

const ALLES_OPGEGEVEN: readonly OptioneleLijst[] = [];
/** The optional lists absent from the input (null or left out; an empty list is given: none). */
function nietOpgegeven(s: SituatieInput): readonly OptioneleLijst[] {
  if (s.schooljaren != null && s.inschrijvingen != null && s.diplomas != null) return ALLES_OPGEGEVEN;
  const uit: OptioneleLijst[] = [];
  if (s.schooljaren == null) uit.push('schooljaren');
  if (s.inschrijvingen == null) uit.push('inschrijvingen');
  if (s.diplomas == null) uit.push('diplomas');
  return uit;
}

export function situatie(s: SituatieInput, veld = 'situatie'): Situatie {
  const geboortedatum = datum(`${veld}.geboortedatum`, s.geboortedatum);
  // the calendar model covers 1900-2101; a leerplicht must start and end inside it
  if (s.geboortedatum < '1900-01-01' || s.geboortedatum > '2080-12-31') throw invoerFout(`${veld}.geboortedatum`, `${s.geboortedatum} lies outside 1900-01-01 – 2080-12-31, the years this API answers for`);
  const naGeboorte = (pad: string, d: Dag, tekst: string) => {
    if (d < geboortedatum) throw invoerFout(pad, `${tekst} lies before geboortedatum ${s.geboortedatum}`);
    return d;
  };
  const geboortejaar = jmd(geboortedatum).jaar;
  const gezien = new Map<number, number>();
  const schooljaren = (s.schooljaren ?? []).map((j, i) => {
    const pad = `${veld}.schooljaren[${i}].schooljaar`;
    const jaar = parseSchooljaar(j.schooljaar);
    if (jaar === null) throw invoerFout(pad, `${kort(j.schooljaar)} is not a schooljaar (YYYY/YYYY+1, e.g. "2019/2020")`);
    if (jaar < geboortejaar) throw invoerFout(pad, `${j.schooljaar} starts before ${geboortejaar}, the year of geboortedatum ${s.geboortedatum}`);
    const eerder = gezien.get(jaar);
    if (eerder !== undefined) throw invoerFout(pad, `${j.schooljaar} is given twice (also ${veld}.schooljaren[${eerder}])`);
    gezien.set(jaar, i);
    return { schooljaar: jaar, volledig: j.volledig, onderwijs: j.onderwijs, teltMee: j.teltMee ?? null };
  });
  const inschrijvingen = (s.inschrijvingen ?? []).map((x, i) => {
    const pad = `${veld}.inschrijvingen[${i}]`;
    const p = periode(pad, x.vanaf, x.tot);
    naGeboorte(`${pad}.vanaf`, p.vanaf, x.vanaf);
    return {
      onderwijs: x.onderwijs, ...p, niveau: getal(`${pad}.niveau`, x.niveau, 1, 4), leerweg: x.leerweg ?? null,
      uitstroomprofiel: x.uitstroomprofiel ?? null, bekostigd: x.bekostigd ?? true,
      lesdagenPerWeek: getal(`${pad}.lesdagenPerWeek`, x.lesdagenPerWeek, 0, 7), lesurenPerWeek: getal(`${pad}.lesurenPerWeek`, x.lesurenPerWeek, 0, 168),
    };
  });
  const diplomas = (s.diplomas ?? []).map((x, i) => ({
    soort: x.soort,
    datum: naGeboorte(`${veld}.diplomas[${i}].datum`, datum(`${veld}.diplomas[${i}].datum`, x.datum), x.datum),
    gelijkwaardigAan: x.gelijkwaardigAan ?? null,
  }));
  const vrijstellingen = (s.vrijstellingen ?? []).map((x, i) => ({ grond: x.grond, ...periode(`${veld}.vrijstellingen[${i}]`, x.vanaf, x.tot) }));
  const vrijeDagen = (s.vrijeDagen ?? []).map((x, i) => datum(`${veld}.vrijeDagen[${i}]`, x));
  const perDag = new Map<Dag, number>();
  const verzuim = (s.verzuim ?? []).map((x, i) => {
    const pad = `${veld}.verzuim[${i}]`;
    const d = naGeboorte(`${pad}.datum`, datum(`${pad}.datum`, x.datum), x.datum);
    const uren = getal(`${pad}.uren`, x.uren, 0, 24)!;
    const totaal = (perDag.get(d) ?? 0) + uren;
    if (totaal > 24) throw invoerFout(`${pad}.uren`, `the records of ${x.datum} add up to ${totaal} hours, more than 24 on one day`);
    perDag.set(d, totaal);
    return { datum: d, uren, reden: x.reden };
  });
  const verlof = (s.verlof ?? []).map((x, i) => {
    const pad = `${veld}.verlof[${i}]`;
    const p = periode(pad, x.vanaf, x.tot);
    return { soort: x.soort, vanaf: p.vanaf, tot: p.tot!, dagen: getal(`${pad}.dagen`, x.dagen, 0, 366), uren: getal(`${pad}.uren`, x.uren, 0, 168) };
  });
  const vervangendeLeerplicht = (s.vervangendeLeerplicht ?? []).map((x, i) => {
    const pad = `${veld}.vervangendeLeerplicht[${i}]`;
    const p = periode(pad, x.vanaf, x.tot);
    naGeboorte(`${pad}.vanaf`, p.vanaf, x.vanaf);
    const aangevraagdOp = x.aangevraagdOp == null ? null : datum(`${pad}.aangevraagdOp`, x.aangevraagdOp);
    const besluitOp = x.besluitOp == null ? null : datum(`${pad}.besluitOp`, x.besluitOp);
    if (aangevraagdOp !== null && besluitOp !== null && besluitOp < aangevraagdOp) throw invoerFout(`${pad}.besluitOp`, `${x.besluitOp} lies before aangevraagdOp ${x.aangevraagdOp}: a decision follows its application`);
    return { artikel: x.artikel, vanaf: p.vanaf, tot: p.tot!, aangevraagdOp, besluitOp };
  });
  const arbeid = s.arbeid ? { arbeidsovereenkomst: s.arbeid.arbeidsovereenkomst, urenPerWeek: getal(`${veld}.arbeid.urenPerWeek`, s.arbeid.urenPerWeek, 0, 168) } : null;
  return {
    geboortedatum, vakantieregio: s.vakantieregio ?? null, gemeente: gemeenteVan(`${veld}.gemeente`, s.gemeente), vrijeDagen, schooljaren, inschrijvingen, diplomas, vrijstellingen, verzuim, verlof, arbeid, vervangendeLeerplicht,
    meerderjarigVerklaard: s.meerderjarigVerklaard ?? false, oudersNietVerwijtbaar: s.oudersNietVerwijtbaar ?? false, eerderHaltVoorSchoolverzuim: s.eerderHaltVoorSchoolverzuim ?? false,
    nietOpgegeven: nietOpgegeven(s),
  };
}

const GEMEENTECODE = /^[0-9]{4}$/;

/** The woongemeente: a CBS code of 4 digits (which policy packs apply), or null when not given. */
function gemeenteVan(veld: string, g: string | null | undefined): string | null {
  if (g === undefined || g === null) return null;
  if (!GEMEENTECODE.test(g)) throw invoerFout(veld, `${kort(g)} is not a CBS gemeentecode (4 digits, e.g. "0363")`);
  return g;
}

export function verlofaanvraag(a: VerlofaanvraagInput, veld = 'aanvraag'): Verlofaanvraag {
  const p = periode(veld, a.vanaf, a.tot);
  return {
    soort: a.soort, vanaf: p.vanaf, tot: p.tot!, dagen: getal(`${veld}.dagen`, a.dagen, 0, 366), uren: getal(`${veld}.uren`, a.uren, 0, 168),
    aangevraagdOp: datum(`${veld}.aangevraagdOp`, a.aangevraagdOp), vooraf: a.vooraf ?? true, beroepOuderVerhindertVakantie: a.beroepOuderVerhindertVakantie ?? null,
  };
}

export function vrijstellingsberoep(b: VrijstellingsberoepInput, veld = 'beroep'): Vrijstellingsberoep {
  const voorSchooljaar = b.voorSchooljaar == null ? null : parseSchooljaar(b.voorSchooljaar);
  if (b.voorSchooljaar != null && voorSchooljaar === null) throw invoerFout(`${veld}.voorSchooljaar`, `${kort(b.voorSchooljaar)} is not a schooljaar (YYYY/YYYY+1)`);
  if (voorSchooljaar !== null) controleerSchooljaarBereik(`${veld}.voorSchooljaar`, voorSchooljaar);
  const vanaf = b.vanaf == null ? null : datum(`${veld}.vanaf`, b.vanaf);
  const tot = b.tot == null ? null : datum(`${veld}.tot`, b.tot);
  if (vanaf !== null && tot !== null && tot < vanaf) throw invoerFout(`${veld}.tot`, `${b.tot} lies before vanaf ${b.vanaf}`);
  const v = b.verklaring;
  return {
    grond: b.grond, kennisgevingOp: datum(`${veld}.kennisgevingOp`, b.kennisgevingOp),
    verklaring: v ? { datum: datum(`${veld}.verklaring.datum`, v.datum), deskundige: v.deskundige, aangewezenDoorBW: v.aangewezenDoorBW, behandelend: v.behandelend ?? false, nooitGeschikt: v.nooitGeschikt ?? false } : null,
    richtingBezwaar: b.richtingBezwaar ?? null,
    plaatsingen: (b.plaatsingen ?? []).map((p, i) => ({ richting: p.richting, ...periode(`${veld}.plaatsingen[${i}]`, p.vanaf, p.tot) })),
    voorSchooljaar, vanaf, tot, voldoendeOnderwijsAangetoond: b.voldoendeOnderwijsAangetoond ?? null,
    trekkend: b.trekkend ? { beroep: b.trekkend.beroep, reistMee: b.trekkend.reistMee, afstandRijdendeSchoolKm: getal(`${veld}.trekkend.afstandRijdendeSchoolKm`, b.trekkend.afstandRijdendeSchoolKm, 0, 100000) } : null,
  };
}
