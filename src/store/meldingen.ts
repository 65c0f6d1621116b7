// Recorded meldingen and their lifecycle (DUO verzuimloket):
//   GEREGISTREERD → IN_BEHANDELING → AFGESLOTEN | TER_KENNISGEVING_AANGENOMEN | INGETROKKEN
//   GEREGISTREERD → INGETROKKEN
import { LockMode, UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/postgresql';
import { vastleggingDoor } from '../toegang/eigenaarschap';
import type { Toegang } from '../toegang/toegang';
import { schrijfAudit } from './audit';
import { Leerling, Melding } from './entities/leerlingen';
import type { Meldingstatus } from './entities/melding.entity';
import { legVast, type NieuweBeslissing } from './beslissingen';

export const OVERGANGEN: Readonly<Record<Meldingstatus, readonly Meldingstatus[]>> = {
  GEREGISTREERD: ['IN_BEHANDELING', 'INGETROKKEN'],
  IN_BEHANDELING: ['AFGESLOTEN', 'TER_KENNISGEVING_AANGENOMEN', 'INGETROKKEN'],
  AFGESLOTEN: [],
  INGETROKKEN: [],
  TER_KENNISGEVING_AANGENOMEN: [],
};

export const magOvergaan = (van: Meldingstatus, naar: Meldingstatus) => OVERGANGEN[van].includes(naar);

export interface NieuweMelding {
  leerlingId: string; soort: string; begindatum: string; einddatum: string; uren: number; verplicht: boolean; brin: string | null; door: string;
  /** the school's remark for the verzuimloket (free text, not audited); kept from the first recording */
  toelichting?: string | null;
}

/**
 * Records a computed melding once: unique on leerling + soort + einddatum. A second call returns
 * the row already there (nieuw: false) and logs no second beslissing.
 */
export async function registreerMelding(orm: MikroORM, m: NieuweMelding, beslissing: Omit<NieuweBeslissing, 'leerlingId'>, t: Toegang): Promise<{ melding: Melding; nieuw: boolean }> {
  const bestaand = () => orm.em.fork().findOne(Melding, { leerling: m.leerlingId, soort: m.soort, einddatum: m.einddatum });
  const eerder = await bestaand();
  if (eerder) return { melding: eerder, nieuw: false };
  try {
    const melding = await orm.em.fork().transactional(async (em) => {
      const nu = new Date();
      const rij = em.create(Melding, {
        leerling: em.getReference(Leerling, m.leerlingId), soort: m.soort, begindatum: m.begindatum, einddatum: m.einddatum, uren: m.uren,
        verplicht: m.verplicht, status: 'GEREGISTREERD', brin: m.brin, geregistreerdOp: nu, toelichting: m.toelichting ?? null, geexporteerdOp: null, geexporteerdDoor: null, geexporteerdNaam: null,
        historie: [{ van: null, naar: 'GEREGISTREERD', door: m.door, op: nu.toISOString(), toelichting: null }], ...vastleggingDoor(t, nu),
      });
      await em.flush(); // the melding's id, for the audit row
      schrijfAudit(em, t, { operatie: 'registreerMelding', leerlingId: m.leerlingId, onderwerp: 'melding', onderwerpId: rij.id, voor: null, na: { soort: m.soort, begindatum: m.begindatum, einddatum: m.einddatum, uren: m.uren, verplicht: m.verplicht, status: 'GEREGISTREERD' } });
      legVast(em, { ...beslissing, leerlingId: m.leerlingId, uitkomst: { ...beslissing.uitkomst, melding: { soort: m.soort, begindatum: m.begindatum, einddatum: m.einddatum, uren: m.uren, verplicht: m.verplicht } } });
      return rij;
    });
    return { melding, nieuw: true };
  } catch (e) {
    // recorded concurrently by another request: that row is the melding
    if (e instanceof UniqueConstraintViolationException) {
      const rij = await bestaand();
      if (rij) return { melding: rij, nieuw: false };
    }
    throw e;
  }
}

/**
 * Moves a melding to `naar` under a row lock (concurrent changes see each other's result).
 * `controle` may reject (access, role, transition) before anything is written; it gets null for an unknown id.
 */
export async function wijzigStatus(orm: MikroORM, id: string, naar: Meldingstatus, t: Toegang, toelichting: string | null, controle: (m: Melding | null) => void | Promise<void>): Promise<Melding> {
  const door = t.naam;
  return orm.em.fork().transactional(async (em) => {
    const m = await em.findOne(Melding, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    await controle(m); // must throw when m is null
    if (!m) throw new Error(`melding ${id} vanished`);
    schrijfAudit(em, t, { operatie: 'wijzigMeldingstatus', leerlingId: m.leerling.id, onderwerp: 'melding', onderwerpId: m.id, voor: { status: m.status }, na: { status: naar } }); // the toelichting (free text) stays in historie, not in the audit
    m.historie = [...m.historie, { van: m.status, naar, door, op: new Date().toISOString(), toelichting }];
    m.status = naar;
    return m;
  });
}
