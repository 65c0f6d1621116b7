// herbeoordeel: a stored verdict evaluated again from its input snapshot, with the rule set it was
// made with (rebuilt from the file contents kept by hash) and with today's, field by field.
import { GraphQLJSONObject } from '../scalars';
import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { evalueer } from '../../engine/evaluatie';
import { RegelFout } from '../../engine/fouten';
import { bouwRegelsetUitTekst, ENGINE_VERSIE, type Regelset } from '../../engine/regelset';
import { regelsetMetHash } from '../../store/database';
import { Beslissing } from '../../store/entities/regelset.entity';
import { gemeentenVan, zichtbaarVoor } from '../../store/zichtbaarheid';
import type { Toegang } from '../../toegang/toegang';
import { maakBeoordeling, metKalender } from '../beoordeling.resolver';
import type { ApiContext } from '../context';
import { Taal } from '../enums';
import { invoerFout } from '../fouten';
import type { ParametersInput, SituatieInput } from '../invoer';
import { maakVraag } from '../vraag';
import { beslissingUitvoer, uitkomstVan } from './beoordeling-log';
import { isUuid, opslag } from './opslag';
import type { Rol } from '../../toegang/toegang';
import { bestaatNiet } from './rechten';

/** Who may read stored verdicts (as Leerling.beslissingen). */
const LEZERS: Rol[] = ['SCHOOL', 'LEERPLICHTAMBTENAAR', 'RMC'];
import { BeslissingUitvoer } from './typen';

@ObjectType({ description: 'Eén veld van een oordeel waarop het vastgelegde oordeel, de herbeoordeling met de vastgelegde regelset en die met de regels van nu niet alle drie overeenkomen. Waarden zijn JSON-teksten (null: afwezig). — One field where the verdicts do not all agree.' })
export class Verschil {
  @Field({ description: 'Pad in het oordeel, bijv. "leerplicht.status", "verzuim.meldingen[0].einddatum", "regels". — Path in the verdict.' }) veld!: string;
  @Field(() => String, { nullable: true, description: 'Zoals vastgelegd in de beslissing. — As stored.' }) vastgelegd!: string | null;
  @Field(() => String, { nullable: true, description: 'De momentopname opnieuw beoordeeld met de vastgelegde regelset (regelsetHashToen). — Evaluated again with the stored rule set.' }) toen!: string | null;
  @Field(() => String, { nullable: true, description: 'De momentopname beoordeeld met de regelset van nu (regelsetHashNu). — Evaluated with today\'s rule set.' }) nu!: string | null;
}

@ObjectType({ description: 'Een vastgelegd oordeel opnieuw beoordeeld uit zijn momentopname: met de regelset waarmee het gemaakt werd en met die van nu. — A stored verdict evaluated again.' })
export class Herbeoordeling {
  @Field(() => BeslissingUitvoer, { description: 'De vastgelegde beslissing. — The stored beslissing.' }) beslissing!: BeslissingUitvoer;
  @Field({ description: 'De regelset waarmee de beslissing gemaakt werd (herbouwd uit de opgeslagen bestanden). — The rule set the beslissing was made with.' }) regelsetHashToen!: string;
  @Field({ description: 'De regelset die deze server nu draait. — The rule set this server runs.' }) regelsetHashNu!: string;
  @Field({ description: 'Versie van de engine bij de beslissing. — Engine version at the time.' }) engineVersieToen!: string;
  @Field({ description: 'De engine van nu doet beide beoordelingen: alleen de regelbestanden (en de momentopname) worden opnieuw gebruikt. — Today\'s engine runs both.' }) engineVersieNu!: string;
  @Field({ description: 'De vastgelegde regelset geeft precies het vastgelegde oordeel weer (elk veld). — The stored rule set reproduces the verdict.' }) gereproduceerd!: boolean;
  @Field({ description: 'Vastgelegd oordeel, vastgelegde regelset en regelset van nu komen op elk veld overeen (verschillen is leeg). — All agree.' }) gelijk!: boolean;
  @Field(() => [Verschil], { description: 'Elk veld waarop ze niet alle drie overeenkomen, in de volgorde van het oordeel. — Every field on which they differ.' }) verschillen!: Verschil[];
  @Field(() => GraphQLJSONObject, { description: 'Het oordeel met de vastgelegde regelset (zelfde vorm als VastgelegdeBeslissing.uitkomst). — The verdict with the stored rule set.' }) uitkomstToen!: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { description: 'Het oordeel met de regelset van nu. — The verdict with today\'s rule set.' }) uitkomstNu!: Record<string, unknown>;
}

/** Rebuilt rule sets by hash (a few: each is the whole rule set in memory). */
const herbouwd = new Map<string, Regelset>();
const MAX_HERBOUWD = 4;

async function regelsetToen(ctx: ApiContext, hash: string): Promise<Regelset> {
  if (hash === ctx.regelset.hash) return ctx.regelset;
  const klaar = herbouwd.get(hash);
  if (klaar) return klaar;
  const rij = await regelsetMetHash(opslag(ctx).orm, hash);
  if (!rij) throw invoerFout('beslissingId', `the rule set ${hash} this beslissing was made with is not stored`);
  if (!rij.inhoud) throw invoerFout('beslissingId', `the contents of rule set ${hash} were not kept (it was loaded before migration 20261202003000 and not since)`);
  let r: Regelset;
  try {
    r = bouwRegelsetUitTekst(rij.inhoud);
  } catch (e) {
    if (e instanceof RegelFout) throw invoerFout('beslissingId', `rule set ${hash} cannot be rebuilt with this engine (${ENGINE_VERSIE}): ${e.vondsten.slice(0, 3).map((v) => `${v.bestand}${v.regel ? ` [${v.regel}]` : ''} ${v.pad}: ${v.bericht}`).join('; ')}`);
    throw e;
  }
  if (r.hash !== hash) throw invoerFout('beslissingId', `the stored contents of rule set ${hash} do not match its hash (they give ${r.hash})`);
  if (herbouwd.size >= MAX_HERBOUWD) herbouwd.delete(herbouwd.keys().next().value!);
  herbouwd.set(hash, r);
  return r;
}

/** The beslissing if `t` may read it: its leerling is visible (as for Leerling.beslissingen), or — the leerling removed — the key is of the gemeente recorded on it. One query either way. */
async function zichtbareBeslissing(ctx: ApiContext, t: Toegang, id: string): Promise<Beslissing | null> {
  const { em } = opslag(ctx);
  const gemeenten = gemeentenVan(t);
  const opties: Record<string, unknown>[] = [{ leerling: { $ne: null }, ...zichtbaarVoor(t, 'leerling_id') }];
  if (gemeenten.length > 0) opties.push({ leerling: null, gemeente: { $in: [...gemeenten] } });
  return em.findOne(Beslissing, { id, $or: opties } as never);
}

/** Path → JSON text of every leaf (arrays of objects by index; other arrays as one value). */
function platgeslagen(w: unknown, pad = '', uit = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(w) && w.some((x) => x !== null && typeof x === 'object')) w.forEach((x, i) => platgeslagen(x, `${pad}[${i}]`, uit));
  else if (w !== null && typeof w === 'object' && !Array.isArray(w)) for (const [k, v] of Object.entries(w)) platgeslagen(v, pad ? `${pad}.${k}` : k, uit);
  else if (w !== undefined) uit.set(pad, JSON.stringify(w));
  return uit;
}

/** The fields on which the three verdicts do not all agree; only fields the evaluations give (the stored melding of registreerMelding is no verdict field). */
export function verschillen(vastgelegd: Record<string, unknown>, toen: Record<string, unknown>, nu: Record<string, unknown>): Verschil[] {
  const [v, t, n] = [platgeslagen(vastgelegd), platgeslagen(toen), platgeslagen(nu)];
  const velden = [...new Set([...t.keys(), ...n.keys(), ...[...v.keys()].filter((k) => k.split(/[.[]/)[0] in toen || k.split(/[.[]/)[0] in nu)])];
  return velden
    .map((veld) => ({ veld, vastgelegd: v.get(veld) ?? null, toen: t.get(veld) ?? null, nu: n.get(veld) ?? null }))
    .filter((x) => !(x.vastgelegd === x.toen && x.toen === x.nu));
}

@Resolver()
export class HerbeoordelingResolver {
  @Authorized(LEZERS)
  @Query(() => Herbeoordeling, { description: 'Beoordeelt een vastgelegde beslissing opnieuw uit haar momentopname (situatie zonder BSN, peildatum, wetsdatum, lezingen), met de regelset waarmee ze gemaakt werd en met die van nu, en zegt veld voor veld waar ze verschillen. Dezelfde sleutels als Leerling.beslissingen; een beslissing van een verwijderde leerling: LEERPLICHTAMBTENAAR- (of RMC-)sleutels van de gemeente waarvoor ze vastgelegd werd. Anders FORBIDDEN, zoals voor een id die niet bestaat. — Evaluates a stored beslissing again and compares.' })
  async herbeoordeel(@Arg('beslissingId', () => ID, { description: 'Id van de vastgelegde beslissing. — Id of the beslissing.' }) beslissingId: string, @Ctx() ctx: ApiContext): Promise<Herbeoordeling> {
    const { toegang } = opslag(ctx);
    const b = isUuid(beslissingId) ? await zichtbareBeslissing(ctx, toegang, beslissingId.toLowerCase()) : null;
    if (!b) throw bestaatNiet('beslissingId', 'beslissing', beslissingId);
    if (!b.invoer) throw invoerFout('beslissingId', `beslissing ${b.id} has no input snapshot (recorded before input snapshots were kept, migration 20261202003000); it cannot be evaluated again`);
    const toen = await regelsetToen(ctx, b.regelsetHash);
    const situatie = b.invoer.situatie as unknown as SituatieInput;
    const parameters = b.invoer.parameters as ParametersInput | null;
    const opnieuw = (r: Regelset) => metKalender(() => {
      const f = evalueer(r, maakVraag(r, situatie, b.peildatum, b.wetsdatum, parameters, 'beslissing.invoer.situatie', 'beslissing.peildatum'));
      return uitkomstVan(maakBeoordeling({ ...ctx, regelset: r }, f, Taal.NL, new Set()));
    });
    const uitkomstToen = opnieuw(toen);
    const uitkomstNu = opnieuw(ctx.regelset);
    const lijst = verschillen(b.uitkomst, uitkomstToen, uitkomstNu);
    return {
      beslissing: beslissingUitvoer(b), regelsetHashToen: b.regelsetHash, regelsetHashNu: ctx.regelset.hash,
      engineVersieToen: b.engineVersie, engineVersieNu: ENGINE_VERSIE,
      gereproduceerd: lijst.every((x) => x.vastgelegd === x.toen), gelijk: lijst.length === 0, verschillen: lijst, uitkomstToen, uitkomstNu,
    };
  }
}
