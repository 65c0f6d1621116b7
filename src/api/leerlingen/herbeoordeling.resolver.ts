// herbeoordeel: a stored verdict evaluated again from its input snapshot, with the rule set it was
// made with (rebuilt from the file contents kept by hash) and with today's, field by field.
import { GraphQLJSONObject } from 'graphql-scalars';
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
import { verboden } from './rechten';

/** Who may read stored verdicts (as Leerling.beslissingen). */
const LEZERS: Rol[] = ['SCHOOL', 'LEERPLICHTAMBTENAAR', 'RMC'];
import { BeslissingUitvoer } from './typen';

@ObjectType({ description: 'One field of a verdict where the stored verdict, the evaluation with the stored rule set and the one with today\'s rules do not all agree. Values are JSON texts (null: absent).' })
export class Verschil {
  @Field({ description: 'Path in the verdict, e.g. "leerplicht.status", "verzuim.meldingen[0].einddatum", "regels".' }) veld!: string;
  @Field(() => String, { nullable: true, description: 'As stored in the beslissing.' }) vastgelegd!: string | null;
  @Field(() => String, { nullable: true, description: 'The snapshot evaluated again with the stored rule set (regelsetHashToen).' }) toen!: string | null;
  @Field(() => String, { nullable: true, description: 'The snapshot evaluated with today\'s rule set (regelsetHashNu).' }) nu!: string | null;
}

@ObjectType({ description: 'A stored verdict evaluated again from its input snapshot: with the rule set it was made with and with today\'s.' })
export class Herbeoordeling {
  @Field(() => BeslissingUitvoer) beslissing!: BeslissingUitvoer;
  @Field({ description: 'The rule set the beslissing was made with (rebuilt from its stored file contents).' }) regelsetHashToen!: string;
  @Field({ description: 'The rule set this server runs.' }) regelsetHashNu!: string;
  @Field() engineVersieToen!: string;
  @Field({ description: 'The engine code is today\'s for both evaluations: only the rule files (and the snapshot) are replayed.' }) engineVersieNu!: string;
  @Field({ description: 'The stored rule set gives again exactly the stored verdict (every field).' }) gereproduceerd!: boolean;
  @Field({ description: 'Stored verdict, stored rule set and today\'s rule set agree on every field (verschillen is empty).' }) gelijk!: boolean;
  @Field(() => [Verschil], { description: 'Every field on which they do not all agree, in verdict order.' }) verschillen!: Verschil[];
  @Field(() => GraphQLJSONObject, { description: 'The verdict with the stored rule set (same shape as VastgelegdeBeslissing.uitkomst).' }) uitkomstToen!: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { description: 'The verdict with today\'s rule set.' }) uitkomstNu!: Record<string, unknown>;
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
  @Query(() => Herbeoordeling, { description: 'Evaluates a stored beslissing again from its input snapshot (situatie without BSN, peildatum, wetsdatum, readings) with the rule set it was made with and with today\'s, and says field by field where they differ. The same keys as Leerling.beslissingen; a beslissing of a removed leerling: LEERPLICHTAMBTENAAR (or RMC) keys of the gemeente it was recorded for. Otherwise FORBIDDEN, as for an id that does not exist.' })
  async herbeoordeel(@Arg('beslissingId', () => ID) beslissingId: string, @Ctx() ctx: ApiContext): Promise<Herbeoordeling> {
    const { toegang } = opslag(ctx);
    const b = isUuid(beslissingId) ? await zichtbareBeslissing(ctx, toegang, beslissingId.toLowerCase()) : null;
    if (!b) throw verboden('beslissingId', `beslissing ${beslissingId} does not exist or is not accessible with this key`);
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
