// Writes of stored leerlingen and their facts. Each change runs in one transaction; the caller's
// `controle` sees the leerling as it will be committed and may still reject (then nothing is written).
// Every write also records its owner (vastgelegd_*) and writes audit rows in the same transaction.
import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { vastleggingDoor } from '../toegang/eigenaarschap';
import type { Toegang } from '../toegang/toegang';
import { schrijfAudit } from './audit';
import { Diploma, Inschrijving, Leerling, Schooljaar, Verlof, Verzuimregistratie, Vrijstelling } from './entities/leerlingen';
import { laadFeitenInTransactie, type OpgeslagenFeiten } from './laders';
import { nieuweWoonperiode } from './woonperiodes';

export interface LeerlingGegevens {
  geboortedatum: string; gemeente: string; vakantieregio: string | null; bsn: string | null; vrijeDagen: string[];
  arbeidsovereenkomst: boolean | null; arbeidUrenPerWeek: number | null;
  meerderjarigVerklaard: boolean; oudersNietVerwijtbaar: boolean; eerderHaltVoorSchoolverzuim: boolean;
}

/** Facts as plain rows ('yyyy-mm-dd' dates, enum names); absent lists add nothing. */
export interface NieuweFeiten {
  inschrijvingen?: { brin: string; onderwijs: string; vanaf: string; tot?: string | null; niveau?: number | null; leerweg?: string | null; uitstroomprofiel?: string | null; bekostigd?: boolean | null; lesdagenPerWeek?: number | null; lesurenPerWeek?: number | null }[];
  schooljaren?: { schooljaar: string; volledig: boolean; onderwijs: string; teltMee?: boolean | null }[];
  diplomas?: { soort: string; datum: string; gelijkwaardigAan?: string | null }[];
  vrijstellingen?: { grond: string; vanaf: string; tot?: string | null }[];
  verzuim?: { datum: string; uren: number; reden: string }[];
  verlof?: { soort: string; vanaf: string; tot: string; dagen?: number | null; uren?: number | null }[];
}

export type Controle = (na: OpgeslagenFeiten, em: EntityManager) => void | Promise<void>;

const n = <T>(w: T | null | undefined): T | null => (w === undefined ? null : w);

/** The audited fields of each fact table (the row's own values, no owner columns). */
const VELDEN = {
  inschrijving: ['brin', 'onderwijs', 'vanaf', 'tot', 'niveau', 'leerweg', 'uitstroomprofiel', 'bekostigd', 'lesdagenPerWeek', 'lesurenPerWeek'],
  schooljaar: ['schooljaar', 'volledig', 'onderwijs', 'teltMee'],
  diploma: ['soort', 'datum', 'gelijkwaardigAan'],
  vrijstelling: ['grond', 'vanaf', 'tot'],
  verzuimregistratie: ['datum', 'uren', 'reden'],
  verlof: ['soort', 'vanaf', 'tot', 'dagen', 'uren'],
} as const;
export type Feitsoort = keyof typeof VELDEN;

/** The identity of a leerling: owned by the leerplichtambtenaar (the BRP's data). */
export const IDENTITEIT = ['geboortedatum', 'bsn', 'gemeente'] as const;
const PERSOONSVELDEN = ['geboortedatum', 'gemeente', 'vakantieregio', 'bsn', 'vrijeDagen', 'arbeidsovereenkomst', 'arbeidUrenPerWeek', 'meerderjarigVerklaard', 'oudersNietVerwijtbaar', 'eerderHaltVoorSchoolverzuim'] as const;

const kies = (rij: object, velden: readonly string[]): Record<string, unknown> => Object.fromEntries(velden.map((v) => [v, (rij as Record<string, unknown>)[v] ?? null]));
export const feitVelden = (soort: Feitsoort, rij: object) => kies(rij, VELDEN[soort]);
/** The personal fields of a leerling for the audit (the BSN under its own name: verschil() hides it). */
export const persoonVelden = (l: object) => kies(l, PERSOONSVELDEN);

interface Nieuw { soort: Feitsoort; rij: { id: string } }

function voegToe(em: EntityManager, leerling: Leerling, f: NieuweFeiten, t: Toegang): Nieuw[] {
  const v0 = vastleggingDoor(t);
  const uit: Nieuw[] = [];
  const zet = (soort: Feitsoort, rij: { id: string }) => uit.push({ soort, rij });
  for (const i of f.inschrijvingen ?? []) {
    zet('inschrijving', em.create(Inschrijving, { leerling, brin: i.brin, onderwijs: i.onderwijs, vanaf: i.vanaf, tot: n(i.tot), niveau: n(i.niveau), leerweg: n(i.leerweg), uitstroomprofiel: n(i.uitstroomprofiel), bekostigd: i.bekostigd ?? true, lesdagenPerWeek: n(i.lesdagenPerWeek), lesurenPerWeek: n(i.lesurenPerWeek), ...v0 }));
  }
  for (const j of f.schooljaren ?? []) zet('schooljaar', em.create(Schooljaar, { leerling, schooljaar: j.schooljaar, volledig: j.volledig, onderwijs: j.onderwijs, teltMee: n(j.teltMee), ...v0 }));
  for (const d of f.diplomas ?? []) zet('diploma', em.create(Diploma, { leerling, soort: d.soort, datum: d.datum, gelijkwaardigAan: n(d.gelijkwaardigAan), ...v0 }));
  for (const v of f.vrijstellingen ?? []) zet('vrijstelling', em.create(Vrijstelling, { leerling, grond: v.grond, vanaf: v.vanaf, tot: n(v.tot), ...v0 }));
  for (const v of f.verzuim ?? []) zet('verzuimregistratie', em.create(Verzuimregistratie, { leerling, datum: v.datum, uren: v.uren, reden: v.reden, verzuimImport: null, ...v0 }));
  for (const v of f.verlof ?? []) zet('verlof', em.create(Verlof, { leerling, soort: v.soort, vanaf: v.vanaf, tot: v.tot, dagen: n(v.dagen), uren: n(v.uren), ...v0 }));
  return uit;
}

/** After a flush (the new rows have their ids): one audit row per added fact. */
function auditNieuw(em: EntityManager, t: Toegang, operatie: string, leerlingId: string, nieuw: readonly Nieuw[]): void {
  for (const { soort, rij } of nieuw) schrijfAudit(em, t, { operatie, leerlingId, onderwerp: soort, onderwerpId: rij.id, voor: null, na: feitVelden(soort, rij) });
}

/** Flush, then read the leerling back from the transaction and let the caller check it. */
async function controleer(em: EntityManager, id: string, controle: Controle): Promise<Leerling> {
  await em.flush();
  // same transaction: the identity map now equals what will be committed
  const leerling = await em.findOneOrFail(Leerling, { id });
  await controle(await laadFeitenInTransactie(em, leerling), em);
  return leerling;
}

export async function maakLeerling(orm: MikroORM, g: LeerlingGegevens, feiten: NieuweFeiten, controle: Controle, t: Toegang): Promise<Leerling> {
  return orm.em.fork().transactional(async (em) => {
    const nu = new Date();
    // who made the leerling recorded its identity
    const leerling = em.create(Leerling, { ...g, aangemaaktOp: nu, gewijzigdOp: nu, ...vastleggingDoor(t, nu) });
    await em.flush(); // the id comes from the database default
    nieuweWoonperiode(em, leerling); // the first woonperiode: its gemeente from birth on
    const nieuw = voegToe(em, leerling, feiten, t);
    await em.flush();
    schrijfAudit(em, t, { operatie: 'maakLeerling', leerlingId: leerling.id, onderwerp: 'leerling', onderwerpId: leerling.id, voor: null, na: persoonVelden(g) });
    auditNieuw(em, t, 'maakLeerling', leerling.id, nieuw);
    return controleer(em, leerling.id, controle);
  });
}

/** `wijziging` holds only the fields to change; `feiten` are added. `operatie` names the mutation in the audit trail. */
export async function wijzigLeerling(orm: MikroORM, id: string, wijziging: Partial<LeerlingGegevens>, feiten: NieuweFeiten, controle: Controle, t: Toegang, operatie: string): Promise<Leerling> {
  return orm.em.fork().transactional(async (em) => {
    const leerling = await em.findOneOrFail(Leerling, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['bsn'] as never });
    const voor = kies(leerling, Object.keys(wijziging));
    const na = kies(wijziging, Object.keys(wijziging));
    const identiteit = IDENTITEIT.some((v) => v in wijziging && JSON.stringify(voor[v]) !== JSON.stringify(na[v]));
    // a changed identity field: the identity is now recorded by this key
    em.assign(leerling, { ...wijziging, gewijzigdOp: new Date(), ...(identiteit ? vastleggingDoor(t) : {}) });
    const nieuw = voegToe(em, leerling, feiten, t);
    await em.flush();
    if (Object.keys(wijziging).length > 0) schrijfAudit(em, t, { operatie, leerlingId: id, onderwerp: 'leerling', onderwerpId: id, voor, na });
    auditNieuw(em, t, operatie, id, nieuw);
    return controleer(em, id, controle);
  });
}

const FEITTABELLEN: readonly [Feitsoort, unknown][] = [['inschrijving', Inschrijving], ['schooljaar', Schooljaar], ['diploma', Diploma], ['vrijstelling', Vrijstelling], ['verzuimregistratie', Verzuimregistratie], ['verlof', Verlof]];

/** The owner columns of a fact row, for `mag`. */
export interface Feitrij { vastgelegdRol: string; vastgelegdBrin: string | null }

/**
 * Removes facts of one leerling by id; returns the ids that are not facts of it or that `mag`
 * refuses (a fact recorded by another key: the same answer as an unknown id), and then removes nothing.
 */
export async function verwijderFeiten(orm: MikroORM, leerlingId: string, ids: string[], controle: Controle, t: Toegang, mag: (rij: Feitrij) => boolean): Promise<{ onbekend: string[] }> {
  return orm.em.fork().transactional(async (em) => {
    const gevonden = new Set<string>();
    const weg: { soort: Feitsoort; rij: { id: string } & Feitrij }[] = [];
    for (const [soort, tabel] of FEITTABELLEN) {
      const rijen = (await em.find(tabel as never, { id: { $in: ids }, leerling: leerlingId } as never)) as ({ id: string } & Feitrij)[];
      for (const r of rijen) if (mag(r)) { gevonden.add(r.id); weg.push({ soort, rij: r }); }
    }
    const onbekend = ids.filter((id) => !gevonden.has(id));
    if (onbekend.length > 0) { em.clear(); return { onbekend }; }
    for (const { soort, rij } of weg) {
      schrijfAudit(em, t, { operatie: 'verwijderFeiten', leerlingId, onderwerp: soort, onderwerpId: rij.id, voor: feitVelden(soort, rij), na: null });
      em.remove(rij);
    }
    await em.nativeUpdate(Leerling, { id: leerlingId }, { gewijzigdOp: new Date() });
    await controleer(em, leerlingId, controle);
    return { onbekend };
  });
}

export async function beeindigInschrijving(orm: MikroORM, inschrijvingId: string, tot: string, controle: Controle, t: Toegang): Promise<Inschrijving> {
  return orm.em.fork().transactional(async (em) => {
    const i = await em.findOneOrFail(Inschrijving, { id: inschrijvingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    schrijfAudit(em, t, { operatie: 'beeindigInschrijving', leerlingId: i.leerling.id, onderwerp: 'inschrijving', onderwerpId: i.id, voor: { tot: i.tot }, na: { tot } });
    i.tot = tot;
    await controleer(em, i.leerling.id, controle);
    return i;
  });
}

export async function verwijderLeerling(orm: MikroORM, id: string, t: Toegang): Promise<boolean> {
  // facts, meldingen and imports' rows cascade; beslissingen keep their verdict without the leerling;
  // the audit trail keeps its rows (leerling_id is no foreign key)
  return orm.em.fork().transactional(async (em) => {
    const l = await em.findOne(Leerling, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['bsn'] as never });
    if (!l) return false;
    schrijfAudit(em, t, { operatie: 'verwijderLeerling', leerlingId: id, onderwerp: 'leerling', onderwerpId: id, voor: persoonVelden(l), na: null });
    await em.flush();
    return (await em.nativeDelete(Leerling, { id })) === 1;
  });
}

