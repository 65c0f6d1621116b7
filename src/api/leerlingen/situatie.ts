// A stored leerling → the same SituatieInput the stateless `beoordeling` takes. From there it is one
// code path: maakVraag (validation, dates) → evalueer → the Beoordeling field resolvers.
import type { FeitenRijen } from '../../store/laders';
import type { Diplomasoort, Leerweg, Onderwijssoort, Uitstroomprofiel, Vakantieregio, Verlofsoort, Verzuimreden, Vrijstellingsgrond } from '../enums';
import type { SituatieInput } from '../invoer';
import { woongemeenteOp } from '../../store/woonperiodes';

const opt = <T>(w: T | null | undefined): T | undefined => (w === null ? undefined : w);

/** The woongemeente on the peildatum ('yyyy-mm-dd'): it chooses the policy packs (engine/beleid). */
export const woongemeenteVan = (f: FeitenRijen, peildatum: string): string => woongemeenteOp(f.leerling, f.woonperiodes ?? [], peildatum);

/** From entities (one leerling) or plain rows (a list's batch): the same fields, the same input. */
export function situatieInputVan(f: FeitenRijen): SituatieInput {
  const l = f.leerling;
  return {
    geboortedatum: l.geboortedatum,
    vakantieregio: opt(l.vakantieregio) as Vakantieregio | undefined,
    vrijeDagen: l.vrijeDagen,
    schooljaren: f.schooljaren.map((j) => ({ schooljaar: j.schooljaar, volledig: j.volledig, onderwijs: j.onderwijs as Onderwijssoort, teltMee: opt(j.teltMee) })),
    inschrijvingen: f.inschrijvingen.map((i) => ({
      onderwijs: i.onderwijs as Onderwijssoort, vanaf: i.vanaf, tot: opt(i.tot), niveau: opt(i.niveau), leerweg: opt(i.leerweg) as Leerweg | undefined,
      uitstroomprofiel: opt(i.uitstroomprofiel) as Uitstroomprofiel | undefined, bekostigd: i.bekostigd,
      lesdagenPerWeek: opt(i.lesdagenPerWeek), lesurenPerWeek: opt(i.lesurenPerWeek),
    })),
    diplomas: f.diplomas.map((d) => ({ soort: d.soort as Diplomasoort, datum: d.datum, gelijkwaardigAan: opt(d.gelijkwaardigAan) as Diplomasoort | undefined })),
    vrijstellingen: f.vrijstellingen.map((v) => ({ grond: v.grond as Vrijstellingsgrond, vanaf: v.vanaf, tot: opt(v.tot) })),
    verzuim: f.verzuim.map((v) => ({ datum: v.datum, uren: v.uren, reden: v.reden as Verzuimreden })),
    verlof: f.verlof.map((v) => ({ soort: v.soort as Verlofsoort, vanaf: v.vanaf, tot: v.tot, dagen: opt(v.dagen), uren: opt(v.uren) })),
    arbeid: l.arbeidsovereenkomst === null ? undefined : { arbeidsovereenkomst: l.arbeidsovereenkomst, urenPerWeek: opt(l.arbeidUrenPerWeek) },
    meerderjarigVerklaard: l.meerderjarigVerklaard,
    oudersNietVerwijtbaar: l.oudersNietVerwijtbaar,
    eerderHaltVoorSchoolverzuim: l.eerderHaltVoorSchoolverzuim,
  };
}
