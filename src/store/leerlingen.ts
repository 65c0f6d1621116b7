// Writes of stored leerlingen and their facts. Each change runs in one transaction; the caller's
// `controle` sees the leerling as it will be committed and may still reject (then nothing is written).
import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { Diploma, Inschrijving, Leerling, Schooljaar, Verlof, Verzuimregistratie, Vrijstelling } from './entities/leerlingen';
import { laadFeitenInTransactie, type OpgeslagenFeiten } from './laders';

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

function voegToe(em: EntityManager, leerling: Leerling, f: NieuweFeiten): void {
  for (const i of f.inschrijvingen ?? []) {
    em.create(Inschrijving, { leerling, brin: i.brin, onderwijs: i.onderwijs, vanaf: i.vanaf, tot: n(i.tot), niveau: n(i.niveau), leerweg: n(i.leerweg), uitstroomprofiel: n(i.uitstroomprofiel), bekostigd: i.bekostigd ?? true, lesdagenPerWeek: n(i.lesdagenPerWeek), lesurenPerWeek: n(i.lesurenPerWeek) });
  }
  for (const j of f.schooljaren ?? []) em.create(Schooljaar, { leerling, schooljaar: j.schooljaar, volledig: j.volledig, onderwijs: j.onderwijs, teltMee: n(j.teltMee) });
  for (const d of f.diplomas ?? []) em.create(Diploma, { leerling, soort: d.soort, datum: d.datum, gelijkwaardigAan: n(d.gelijkwaardigAan) });
  for (const v of f.vrijstellingen ?? []) em.create(Vrijstelling, { leerling, grond: v.grond, vanaf: v.vanaf, tot: n(v.tot) });
  for (const v of f.verzuim ?? []) em.create(Verzuimregistratie, { leerling, datum: v.datum, uren: v.uren, reden: v.reden, verzuimImport: null });
  for (const v of f.verlof ?? []) em.create(Verlof, { leerling, soort: v.soort, vanaf: v.vanaf, tot: v.tot, dagen: n(v.dagen), uren: n(v.uren) });
}

/** Flush, then read the leerling back from the transaction and let the caller check it. */
async function controleer(em: EntityManager, id: string, controle: Controle): Promise<Leerling> {
  await em.flush();
  // same transaction: the identity map now equals what will be committed
  const leerling = await em.findOneOrFail(Leerling, { id });
  await controle(await laadFeitenInTransactie(em, leerling), em);
  return leerling;
}

export async function maakLeerling(orm: MikroORM, g: LeerlingGegevens, feiten: NieuweFeiten, controle: Controle): Promise<Leerling> {
  return orm.em.fork().transactional(async (em) => {
    const nu = new Date();
    const leerling = em.create(Leerling, { ...g, aangemaaktOp: nu, gewijzigdOp: nu });
    await em.flush(); // the id comes from the database default
    voegToe(em, leerling, feiten);
    return controleer(em, leerling.id, controle);
  });
}

/** `wijziging` holds only the fields to change; `feiten` are added. */
export async function wijzigLeerling(orm: MikroORM, id: string, wijziging: Partial<LeerlingGegevens>, feiten: NieuweFeiten, controle: Controle): Promise<Leerling> {
  return orm.em.fork().transactional(async (em) => {
    const leerling = await em.findOneOrFail(Leerling, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    em.assign(leerling, { ...wijziging, gewijzigdOp: new Date() });
    voegToe(em, leerling, feiten);
    return controleer(em, id, controle);
  });
}

const FEITTABELLEN = [Inschrijving, Schooljaar, Diploma, Vrijstelling, Verzuimregistratie, Verlof] as const;

/** Removes facts of one leerling by id; returns the ids that are not facts of it (then nothing is removed). */
export async function verwijderFeiten(orm: MikroORM, leerlingId: string, ids: string[], controle: Controle): Promise<{ onbekend: string[] }> {
  return orm.em.fork().transactional(async (em) => {
    const gevonden = new Set<string>();
    for (const t of FEITTABELLEN) {
      const rijen = (await em.find(t as never, { id: { $in: ids }, leerling: leerlingId } as never)) as { id: string }[];
      for (const r of rijen) { gevonden.add(r.id); em.remove(r); }
    }
    const onbekend = ids.filter((id) => !gevonden.has(id));
    if (onbekend.length > 0) { em.clear(); return { onbekend }; }
    await em.nativeUpdate(Leerling, { id: leerlingId }, { gewijzigdOp: new Date() });
    await controleer(em, leerlingId, controle);
    return { onbekend };
  });
}

export async function beeindigInschrijving(orm: MikroORM, inschrijvingId: string, tot: string, controle: Controle): Promise<Inschrijving> {
  return orm.em.fork().transactional(async (em) => {
    const i = await em.findOneOrFail(Inschrijving, { id: inschrijvingId });
    i.tot = tot;
    await controleer(em, i.leerling.id, controle);
    return i;
  });
}

export async function verwijderLeerling(orm: MikroORM, id: string): Promise<boolean> {
  // facts, meldingen and imports' rows cascade; beslissingen keep their verdict without the leerling
  return (await orm.em.fork().nativeDelete(Leerling, { id })) === 1;
}

