// Creating and changing stored leerlingen and their facts. Every change is one transaction and is
// checked as a whole before commit: the leerling must still be a valid situatie, and still within
// reach of the key that changed it (a school cannot hand a leerling away or take another's).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { Toegang } from '../../toegang/toegang';
import { binnenEigenInschrijving, brinHoortBij, magFeitWijzigen } from '../../toegang/eigenaarschap';
import { schrijfAudit } from '../../store/audit';
import * as opslagLeerlingen from '../../store/leerlingen';
import { legLeerlingnummerVast } from '../../store/leerlingnummers';
import type { Controle, LeerlingGegevens, NieuweFeiten } from '../../store/leerlingen';
import { magZien, zichtbareInschrijvingMetId } from '../../store/zichtbaarheid';
import { maakBeoordeling, metKalender } from '../beoordeling.resolver';
import type { ApiContext } from '../context';
import { Taal } from '../enums';
import { ParametersInput } from '../invoer';
import { invoerFout } from '../fouten';
import { datum } from '../omzetten';
import { LocalDate } from '../scalars';
import { FeitenInput, LeerlingWijzigingInput, NieuweLeerlingInput } from './invoer';
import { beslissingUitvoer, geselecteerdOnder, legBeoordelingVast } from './beoordeling-log';
import { evalueerLeerling, isUuid, leerlingUitvoer, opslag, ververs, wijzigbareLeerling } from './opslag';
import { bestaatNiet, OPSLAG_ROLLEN, verboden } from './rechten';
import { situatieInputVan } from './situatie';
import { LeerlingUitvoer, VastgelegdeBeoordelingUitvoer } from './typen';
import { controleerBsn, controleerFeiten, controleerGeheel, controleerGemeente, controleerVerzuimdatum } from './validatie';
import { Verdwenen } from './verdwenen';

/** The check, then (same transaction) the leerlingnummers given on the inschrijvingen (BAD_USER_INPUT when one is another leerling's at that BRIN). */
const metLeerlingnummers = (c: Controle, feiten: FeitenInput | null | undefined, veld: string, t: Toegang): Controle => async (na, em) => {
  await c(na, em);
  for (const [n, i] of (feiten?.inschrijvingen ?? []).entries()) {
    if (i.leerlingnummer != null) await legLeerlingnummerVast(em, i.brin, i.leerlingnummer, na.leerling.id, { veld: `${veld}.inschrijvingen[${n}].leerlingnummer`, door: t });
  }
};

/** After the change: still a valid situatie, and still visible to this key. */
const controle = (t: Toegang): Controle => (na) => {
  controleerGeheel(situatieInputVan(na));
  // e.g. a vakantieregio set on a leerling with verzuim outside that regio's known calendar
  na.verzuim.forEach((v, i) => controleerVerzuimdatum(`leerling.verzuim[${i}].datum`, na.leerling.vakantieregio, v.datum));
  if (!magZien(t, na.leerling, na.inschrijvingen)) {
    throw verboden('leerling', t.rol === 'SCHOOL' ? `a SCHOOL key keeps leerlingen enrolled at its own BRIN ${t.brin}; this change would leave none` : `a LEERPLICHTAMBTENAAR key keeps leerlingen of its own gemeente ${t.gemeente}`);
  }
};

function eigenBrin(t: Toegang, feiten: FeitenInput | null | undefined, veld: string): void {
  if (t.rol !== 'SCHOOL') return;
  feiten?.inschrijvingen?.forEach((i, n) => {
    if (!brinHoortBij(t.brin, i.brin)) throw verboden(`${veld}.inschrijvingen[${n}].brin`, `a SCHOOL key may only record inschrijvingen at its own BRIN ${t.brin}`);
  });
}

function eigenGemeente(t: Toegang, gemeente: string, veld: string): void {
  if (t.rol === 'LEERPLICHTAMBTENAAR' && gemeente !== t.gemeente) throw verboden(veld, `a LEERPLICHTAMBTENAAR key may only store leerlingen of its own gemeente ${t.gemeente}`);
}

const nieuweFeiten = (f: FeitenInput | null | undefined): NieuweFeiten => ({ ...(f ?? {}) });

/**
 * New verzuim must be evaluable (inside the school calendar); a SCHOOL key records it only on days
 * inside one of its own inschrijvingen (stored or added with it).
 */
function controleerVerzuim(t: Toegang, vakantieregio: string | null | undefined, feiten: FeitenInput | null | undefined, opgeslagen: readonly { brin: string; vanaf: string; tot: string | null }[], veld: string): void {
  const eigen = [...opgeslagen, ...(feiten?.inschrijvingen ?? [])];
  feiten?.verzuim?.forEach((v, n) => {
    controleerVerzuimdatum(`${veld}.verzuim[${n}].datum`, vakantieregio, v.datum);
    if (t.rol === 'SCHOOL' && !binnenEigenInschrijving(t, eigen, v.datum)) throw invoerFout(`${veld}.verzuim[${n}].datum`, `${v.datum} lies outside this school's inschrijving (BRIN ${t.brin})`);
  });
}

/** A SCHOOL key never changes identity fields: the leerplichtambtenaar owns them (it may report a suspected error). */
const IDENTITEITSVELDEN = ['geboortedatum', 'bsn', 'gemeente'] as const;

@Resolver()
@UseMiddleware(Verdwenen)
export class LeerlingMutatieResolver {
  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => LeerlingUitvoer, { description: 'Slaat een nieuwe leerling met feiten op. Een SCHOOL-sleutel moet de leerling bij het eigen BRIN inschrijven; een LEERPLICHTAMBTENAAR-sleutel slaat leerlingen van de eigen gemeente op. — Stores a new leerling with its facts.' })
  async maakLeerling(@Arg('leerling', () => NieuweLeerlingInput, { description: 'De nieuwe leerling. — The new leerling.' }) l: NieuweLeerlingInput, @Ctx() ctx: ApiContext): Promise<LeerlingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    datum('leerling.geboortedatum', l.geboortedatum);
    controleerGemeente('leerling.gemeente', l.gemeente);
    if (l.bsn != null) controleerBsn('leerling.bsn', l.bsn);
    (l.vrijeDagen ?? []).forEach((d, i) => datum(`leerling.vrijeDagen[${i}]`, d));
    controleerFeiten(l.geboortedatum, l.feiten, 'leerling.feiten');
    eigenGemeente(toegang, l.gemeente, 'leerling.gemeente');
    eigenBrin(toegang, l.feiten, 'leerling.feiten');
    if (toegang.rol === 'SCHOOL' && !l.feiten?.inschrijvingen?.length) throw verboden('leerling.feiten.inschrijvingen', `a SCHOOL key must enrol the leerling at its own BRIN ${toegang.brin}`);
    controleerVerzuim(toegang, l.vakantieregio, l.feiten, [], 'leerling.feiten');
    const g: LeerlingGegevens = {
      geboortedatum: l.geboortedatum, gemeente: l.gemeente, vakantieregio: l.vakantieregio ?? null, bsn: l.bsn ?? null, vrijeDagen: l.vrijeDagen ?? [],
      arbeidsovereenkomst: l.arbeid?.arbeidsovereenkomst ?? null, arbeidUrenPerWeek: l.arbeid?.urenPerWeek ?? null,
      meerderjarigVerklaard: l.meerderjarigVerklaard ?? false, oudersNietVerwijtbaar: l.oudersNietVerwijtbaar ?? false, eerderHaltVoorSchoolverzuim: l.eerderHaltVoorSchoolverzuim ?? false,
    };
    const rij = await opslagLeerlingen.maakLeerling(orm, g, nieuweFeiten(l.feiten), metLeerlingnummers(controle(toegang), l.feiten, 'leerling.feiten', toegang), toegang);
    ververs(ctx);
    return leerlingUitvoer(rij);
  }

  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => LeerlingUitvoer, { description: 'Wijzigt de gegeven persoonsgegevens (null wist een veld dat leeg mag zijn). — Changes the given personal fields.' })
  async wijzigLeerling(@Arg('id', () => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) id: string, @Arg('wijziging', () => LeerlingWijzigingInput, { description: 'De velden die veranderen. — The fields that change.' }) w: LeerlingWijzigingInput, @Ctx() ctx: ApiContext): Promise<LeerlingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const leerling = await wijzigbareLeerling(ctx, id, 'id');
    // checked after the visibility: a foreign leerling answers as an unknown id does
    for (const v of IDENTITEITSVELDEN) {
      if (toegang.rol === 'SCHOOL' && w[v] !== undefined) throw verboden(`wijziging.${v}`, `a SCHOOL key may not change ${v}: the identity is the leerplichtambtenaar's; report a suspected error with meldIdentiteitsfout`);
    }
    if (w.gemeente != null) throw invoerFout('wijziging.gemeente', 'a change of woongemeente is a verhuizing: use verhuisLeerling(leerlingId, gemeente, datum)');
    const g: Partial<LeerlingGegevens> = {};
    if (w.geboortedatum != null) { datum('wijziging.geboortedatum', w.geboortedatum); g.geboortedatum = w.geboortedatum; }
    if (w.vakantieregio !== undefined) g.vakantieregio = w.vakantieregio;
    if (w.bsn !== undefined) { if (w.bsn !== null) controleerBsn('wijziging.bsn', w.bsn); g.bsn = w.bsn; }
    if (w.vrijeDagen != null) { w.vrijeDagen.forEach((d, i) => datum(`wijziging.vrijeDagen[${i}]`, d)); g.vrijeDagen = w.vrijeDagen; }
    if (w.arbeid !== undefined) { g.arbeidsovereenkomst = w.arbeid?.arbeidsovereenkomst ?? null; g.arbeidUrenPerWeek = w.arbeid?.urenPerWeek ?? null; }
    if (w.meerderjarigVerklaard != null) g.meerderjarigVerklaard = w.meerderjarigVerklaard;
    if (w.oudersNietVerwijtbaar != null) g.oudersNietVerwijtbaar = w.oudersNietVerwijtbaar;
    if (w.eerderHaltVoorSchoolverzuim != null) g.eerderHaltVoorSchoolverzuim = w.eerderHaltVoorSchoolverzuim;
    const rij = await opslagLeerlingen.wijzigLeerling(orm, leerling.id, g, {}, controle(toegang), toegang, 'wijzigLeerling');
    ververs(ctx);
    return leerlingUitvoer(rij);
  }

  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => LeerlingUitvoer, { description: 'Voegt feiten (inschrijvingen, schooljaren, diploma\'s, vrijstellingen, verzuim, verlof) toe aan een opgeslagen leerling. — Adds facts to a stored leerling.' })
  async voegFeitenToe(@Arg('leerlingId', () => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) id: string, @Arg('feiten', () => FeitenInput, { description: 'De feiten om toe te voegen. — The facts to add.' }) feiten: FeitenInput, @Ctx() ctx: ApiContext): Promise<LeerlingUitvoer> {
    const { orm, laders, toegang } = opslag(ctx);
    const leerling = await wijzigbareLeerling(ctx, id, 'leerlingId');
    const opgeslagen = (await laders.schooljaren.load(leerling.id)).map((j) => j.schooljaar);
    controleerFeiten(leerling.geboortedatum, feiten, 'feiten', opgeslagen);
    eigenBrin(toegang, feiten, 'feiten');
    if (feiten.verzuim?.length) controleerVerzuim(toegang, leerling.vakantieregio, feiten, await laders.inschrijvingen.load(leerling.id), 'feiten');
    const rij = await opslagLeerlingen.wijzigLeerling(orm, leerling.id, {}, nieuweFeiten(feiten), metLeerlingnummers(controle(toegang), feiten, 'feiten', toegang), toegang, 'voegFeitenToe');
    ververs(ctx);
    return leerlingUitvoer(rij);
  }

  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => LeerlingUitvoer, { description: 'Verwijdert feiten van een opgeslagen leerling op hun id (alle of geen). Een SCHOOL-sleutel kan geen inschrijvingen van een andere school verwijderen. — Removes facts by id (all or none).' })
  async verwijderFeiten(@Arg('leerlingId', () => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) id: string, @Arg('ids', () => [ID], { description: 'De ids van de feiten. — The ids of the facts.' }) ids: string[], @Ctx() ctx: ApiContext): Promise<LeerlingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const leerling = await wijzigbareLeerling(ctx, id, 'leerlingId');
    // an unknown id and a fact recorded by another key (which this key may not remove) answer alike
    const geenFeit = (i: number) => verboden(`ids[${i}]`, `${ids[i]} is not a fact of leerling ${leerling.id}`);
    ids.forEach((f, i) => { if (!isUuid(f)) throw geenFeit(i); });
    const { onbekend } = await opslagLeerlingen.verwijderFeiten(orm, leerling.id, ids.map((f) => f.toLowerCase()), controle(toegang), toegang, (rij) => magFeitWijzigen(toegang, rij));
    if (onbekend.length > 0) throw geenFeit(ids.findIndex((f) => f.toLowerCase() === onbekend[0]));
    ververs(ctx);
    return leerlingUitvoer((await opslag(ctx).laders.leerling.load(leerling.id))!);
  }

  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => LeerlingUitvoer, { description: 'Beëindigt een inschrijving (uitschrijving): tot is de laatste dag. — Ends an inschrijving.' })
  async beeindigInschrijving(@Arg('inschrijvingId', () => ID, { description: 'Id van de inschrijving. — Id of the inschrijving.' }) id: string, @Arg('tot', () => LocalDate, { description: 'Laatste dag van de inschrijving (inclusief). — Its last day, inclusive.' }) tot: string, @Ctx() ctx: ApiContext): Promise<LeerlingUitvoer> {
    const { orm, em, toegang } = opslag(ctx);
    datum('tot', tot);
    // one query with the visibility check in it: a foreign inschrijving and an unknown id look and time alike
    const i = isUuid(id) ? await zichtbareInschrijvingMetId(em, toegang, id.toLowerCase()) : null;
    // an inschrijving recorded by another key answers as an unknown id does
    if (!i || !magFeitWijzigen(toegang, i)) throw bestaatNiet('inschrijvingId', 'inschrijving', id);
    const leerling = i.leerling;
    if (tot < i.vanaf) throw invoerFout('tot', `${tot} lies before vanaf ${i.vanaf}`);
    await opslagLeerlingen.beeindigInschrijving(orm, i.id, tot, controle(toegang), toegang);
    ververs(ctx);
    return leerlingUitvoer((await opslag(ctx).laders.leerling.load(leerling.id))!);
  }

  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => VastgelegdeBeoordelingUitvoer, { description: 'Beoordeelt een opgeslagen leerling precies zoals Leerling.beoordeling met deze argumenten en schrijft het oordeel in het beslissingenlog (één beslissing, vraag "leerling.beoordeling"). Vervangt het verouderde beoordeling(opslaan: true): een query schrijft nooit. — Evaluates a stored leerling and writes the verdict to the log.' })
  async legBeoordelingVast(
    @Arg('leerlingId', () => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId: string,
    @Arg('peildatum', () => LocalDate, { description: 'De dag waarover het oordeel gaat. — The day.' }) peildatum: string,
    @Arg('wetsdatum', () => LocalDate, { nullable: true, description: 'De wet zoals die op die dag gold; standaard de peildatum. — Default: peildatum.' }) wetsdatum: string | null,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg (standaard NL). — Language of explanations.' }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Gekozen lezingen van onduidelijke punten in de wet. — Named readings.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<VastgelegdeBeoordelingUitvoer> {
    const leerling = await wijzigbareLeerling(ctx, leerlingId, 'leerlingId');
    const f = await evalueerLeerling(ctx, leerling, peildatum, wetsdatum, parameters);
    const beoordeling = metKalender(() => maakBeoordeling(ctx, f, taal ?? Taal.NL, geselecteerdOnder(info, 'beoordeling')));
    const beslissing = await legBeoordelingVast(ctx, leerling.id, beoordeling);
    ververs(ctx);
    return { beslissing: beslissingUitvoer(beslissing), beoordeling };
  }

  @Authorized(['LEERPLICHTAMBTENAAR'])
  @Mutation(() => Boolean, { description: 'Verwijdert een leerling met alle feiten en meldingen (AVG). Vastgelegde oordelen blijven, zonder de koppeling. — Removes a leerling (AVG).' })
  async verwijderLeerling(@Arg('id', () => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) id: string, @Ctx() ctx: ApiContext): Promise<boolean> {
    const leerling = await wijzigbareLeerling(ctx, id, 'id');
    const weg = await opslagLeerlingen.verwijderLeerling(opslag(ctx).orm, leerling.id, opslag(ctx).toegang);
    ververs(ctx);
    return weg;
  }
}
