// Reading stored leerlingen. Every fact list is a field resolver over the request's dataloaders,
// so a page of 100 leerlingen costs one query per fact table, not 100.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Leerling } from '../../store/entities/leerlingen';
import { zichtbareIds } from '../../store/zichtbaarheid';
import { geselecteerdeVelden, maakBeoordeling, metKalender } from '../beoordeling.resolver';
import type { ApiContext } from '../context';
import { Diplomasoort, Leerweg, Onderwijssoort, Taal, Uitstroomprofiel, Verlofsoort, Verzuimreden, Vrijstellingsgrond } from '../enums';
import { invoerFout } from '../fouten';
import { ParametersInput } from '../invoer';
import { datum } from '../omzetten';
import { LocalDate } from '../scalars';
import { Beoordeling } from '../uitvoer';
import { beslissingUitvoer, OPSLAAN_WEIGERING } from './beoordeling-log';
import { evalueerLeerling, leerlingUitvoer, meldingUitvoer, opslag, zichtbareLeerling } from './opslag';
import { OPSLAG_ROLLEN, toegangVan, verboden } from './rechten';
import {
  BeslissingUitvoer, DiplomaUitvoer, InschrijvingUitvoer, LeerlingUitvoer, MeldingUitvoer, SchooljaarUitvoer, ToegangUitvoer,
  VerlofUitvoer, VerzuimregistratieUitvoer, VrijstellingUitvoer, type Rol,
} from './typen';
import { controleerBrin, controleerGemeente } from './validatie';

export const MAX_PAGINA = 1000;

@Resolver(() => LeerlingUitvoer)
export class LeerlingResolver {
  @Query(() => ToegangUitvoer, { description: 'Who this request acts as: the role, BRIN or gemeente of its API key (PUBLIC without a key).' })
  toegang(@Ctx() ctx: ApiContext): ToegangUitvoer {
    const t = toegangVan(ctx);
    return { rol: t.rol as Rol, brin: t.brin ?? null, gemeente: t.gemeente ?? null, naam: t.naam };
  }

  @Authorized(OPSLAG_ROLLEN)
  @Query(() => LeerlingUitvoer, { description: 'A stored leerling this key may see (SCHOOL: enrolled at its BRIN now or before; LEERPLICHTAMBTENAAR: of its gemeente). Otherwise FORBIDDEN, whether or not the id exists.' })
  async leerling(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<LeerlingUitvoer> {
    return leerlingUitvoer(await zichtbareLeerling(ctx, id, 'id'));
  }

  @Authorized(OPSLAG_ROLLEN)
  @Query(() => [LeerlingUitvoer], { description: `The leerlingen this key may see, in id order, optionally narrowed to a gemeente or BRIN; page with eerste (at most ${MAX_PAGINA}) and na (the last id of the previous page).` })
  async leerlingen(
    @Ctx() ctx: ApiContext,
    @Arg('gemeente', () => String, { nullable: true }) gemeente: string | null,
    @Arg('brin', () => String, { nullable: true }) brin: string | null,
    @Arg('eerste', () => Int, { nullable: true, defaultValue: 100 }) eerste: number,
    @Arg('na', () => ID, { nullable: true }) na: string | null,
  ): Promise<LeerlingUitvoer[]> {
    if (eerste < 1 || eerste > MAX_PAGINA) throw invoerFout('eerste', `${eerste} is outside 1–${MAX_PAGINA}`);
    if (gemeente != null) controleerGemeente('gemeente', gemeente);
    if (brin != null) controleerBrin('brin', brin);
    if (na != null && !/^[0-9a-f-]{36}$/i.test(na)) throw invoerFout('na', 'not a leerling id');
    const { em, laders, toegang } = opslag(ctx);
    const ids = await zichtbareIds(em, toegang, { gemeente, brin }, { eerste, na: na?.toLowerCase() });
    const rijen = await laders.leerling.loadMany(ids);
    return rijen.filter((r): r is Leerling => r !== null && !(r instanceof Error)).map(leerlingUitvoer);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Burgerservicenummer; only a LEERPLICHTAMBTENAAR may read it (FORBIDDEN for others).' })
  async bsn(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<string | null> {
    const { laders, toegang } = opslag(ctx);
    if (toegang.rol !== 'LEERPLICHTAMBTENAAR') throw verboden('bsn', 'only a LEERPLICHTAMBTENAAR may read the BSN');
    return laders.bsn.load(l.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether a BSN is stored (readable by every role that sees the leerling).' })
  async heeftBsn(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<boolean> {
    return (await opslag(ctx).laders.bsn.load(l.id)) !== null;
  }

  @FieldResolver(() => [InschrijvingUitvoer])
  async inschrijvingen(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<InschrijvingUitvoer[]> {
    return (await opslag(ctx).laders.inschrijvingen.load(l.id)).map((i) => ({
      id: i.id, brin: i.brin, onderwijs: i.onderwijs as Onderwijssoort, vanaf: i.vanaf, tot: i.tot, niveau: i.niveau, leerweg: i.leerweg as Leerweg | null,
      uitstroomprofiel: i.uitstroomprofiel as Uitstroomprofiel | null, bekostigd: i.bekostigd, lesdagenPerWeek: i.lesdagenPerWeek, lesurenPerWeek: i.lesurenPerWeek,
    }));
  }

  @FieldResolver(() => [SchooljaarUitvoer])
  async schooljaren(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<SchooljaarUitvoer[]> {
    return (await opslag(ctx).laders.schooljaren.load(l.id)).map((j) => ({ id: j.id, schooljaar: j.schooljaar, volledig: j.volledig, onderwijs: j.onderwijs as Onderwijssoort, teltMee: j.teltMee }));
  }

  @FieldResolver(() => [DiplomaUitvoer])
  async diplomas(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<DiplomaUitvoer[]> {
    return (await opslag(ctx).laders.diplomas.load(l.id)).map((d) => ({ id: d.id, soort: d.soort as Diplomasoort, datum: d.datum, gelijkwaardigAan: d.gelijkwaardigAan as Diplomasoort | null }));
  }

  @FieldResolver(() => [VrijstellingUitvoer])
  async vrijstellingen(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<VrijstellingUitvoer[]> {
    return (await opslag(ctx).laders.vrijstellingen.load(l.id)).map((v) => ({ id: v.id, grond: v.grond as Vrijstellingsgrond, vanaf: v.vanaf, tot: v.tot }));
  }

  @FieldResolver(() => [VerlofUitvoer])
  async verlof(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<VerlofUitvoer[]> {
    return (await opslag(ctx).laders.verlof.load(l.id)).map((v) => ({ id: v.id, soort: v.soort as Verlofsoort, vanaf: v.vanaf, tot: v.tot, dagen: v.dagen, uren: v.uren }));
  }

  @FieldResolver(() => [VerzuimregistratieUitvoer], { description: 'Recorded absence, optionally from/to a date (inclusive).' })
  async verzuim(
    @Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext,
    @Arg('vanaf', () => LocalDate, { nullable: true }) vanaf: string | null,
    @Arg('tot', () => LocalDate, { nullable: true }) tot: string | null,
  ): Promise<VerzuimregistratieUitvoer[]> {
    if (vanaf != null) datum('vanaf', vanaf);
    if (tot != null) datum('tot', tot);
    return (await opslag(ctx).laders.verzuim.load(l.id))
      .filter((v) => (vanaf == null || v.datum >= vanaf) && (tot == null || v.datum <= tot))
      .map((v) => ({ id: v.id, datum: v.datum, uren: v.uren, reden: v.reden as Verzuimreden, importId: v.verzuimImport?.id ?? null }));
  }

  @FieldResolver(() => [MeldingUitvoer], { description: 'Recorded meldingen, oldest einddatum first.' })
  async meldingen(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<MeldingUitvoer[]> {
    return (await opslag(ctx).laders.meldingen.load(l.id)).map(meldingUitvoer);
  }

  @FieldResolver(() => [BeslissingUitvoer], { description: 'Stored verdicts about this leerling (recorded meldingen, legBeoordelingVast), oldest first.' })
  async beslissingen(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<BeslissingUitvoer[]> {
    return (await opslag(ctx).laders.beslissingen.load(l.id)).map(beslissingUitvoer);
  }

  @FieldResolver(() => Beoordeling, { description: 'The same evaluation as the stateless beoordeling(situatie: …) on this leerling\'s stored facts. Reading only: the mutation legBeoordelingVast stores a verdict.' })
  async beoordeling(
    @Root() l: LeerlingUitvoer,
    @Arg('peildatum', () => LocalDate) peildatum: string,
    @Arg('wetsdatum', () => LocalDate, { nullable: true, description: 'Default: peildatum.' }) wetsdatum: string | null,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true }) parameters: ParametersInput | null,
    @Arg('opslaan', { nullable: true, defaultValue: false, deprecationReason: 'A query never writes: use the mutation legBeoordelingVast. opslaan: true is BAD_USER_INPUT and stores nothing.' }) opslaan: boolean,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Beoordeling> {
    // refused before anything is read or written, in a query (also over GET) and in a mutation's selection alike
    if (opslaan) throw invoerFout('opslaan', OPSLAAN_WEIGERING);
    const leerling = (await opslag(ctx).laders.leerling.load(l.id))!;
    const f = await evalueerLeerling(ctx, leerling, peildatum, wetsdatum, parameters);
    return metKalender(() => maakBeoordeling(ctx, f, taal, geselecteerdeVelden(info)));
  }
}
