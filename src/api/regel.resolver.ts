// regel(id): one rule as its file has it (JSON, source, validity), for a rule author or a
// front-end that shows why; the same details as fields of every Regel (also in regels).
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GeladenRegel, Regelset } from '../engine/regelset';
import { bronUitvoer } from '../engine/uitleg';
import { formatDatum, vandaag, type Dag } from '../time/dag';
import type { ApiContext } from './context';
import type { Onderwerp } from './enums';
import { GraphQLJSON, LocalDate } from './scalars';
import { Regel } from './uitvoer';

@ObjectType({ description: 'Wanneer een regel geldt. — When a rule is in force.' })
export class Regelgeldigheid {
  @Field(() => LocalDate, { description: 'Eerste dag waarop de regel geldt. — First day in force.' }) vanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag waarop de regel geldt (inclusief); null: nog steeds. — Last day, inclusive; null: still.' }) tot!: string | null;
}

@ObjectType({ description: 'Het sjabloon van de uitleg van een regel, met {feit} voor de ingevulde waarden. — A rule\'s explanation template.' })
export class Uitlegsjabloon {
  @Field({ description: 'Het sjabloon in het Nederlands. — Dutch.' }) nl!: string;
  @Field({ description: 'Het sjabloon in het Engels. — English.' }) en!: string;
}

const perRegelset = new WeakMap<Regelset, Map<string, GeladenRegel>>();

function regelOpId(regelset: Regelset, id: string): GeladenRegel | undefined {
  let m = perRegelset.get(regelset);
  if (m === undefined) perRegelset.set(regelset, (m = new Map(regelset.regels.map((r) => [r.id, r]))));
  return m.get(id);
}

/** The day a rule's citation is valid on: today, or the nearest day the rule was in force. */
function citeerdag(r: GeladenRegel): Dag {
  const d = vandaag();
  if (d < r.vanaf) return r.vanaf;
  return r.tot !== null && d > r.tot ? r.tot : d;
}

function regelUitvoer(r: GeladenRegel, regelset: Regelset): Regel {
  return {
    id: r.id, onderwerp: r.onderwerp as Onderwerp, uitkomst: r.type, prioriteit: r.priority, bron: bronUitvoer(r.bron, citeerdag(r)),
    geldigVanaf: formatDatum(r.vanaf), geldigTot: r.tot === null ? null : formatDatum(r.tot),
    uitlegNl: r.uitleg.nl, uitlegEn: r.uitleg.en, bestand: r.bestand, regelsetHash: regelset.hash,
  };
}

/** A Regel's loaded rule (a Regel is only ever made from a loaded rule of the context's set). */
function geladen(r: Regel, ctx: ApiContext): GeladenRegel {
  const g = regelOpId(ctx.regelset, r.id);
  if (g === undefined) throw new Error(`regel ${r.id} is not in the loaded rule set`);
  return g;
}

@Resolver(() => Regel)
export class RegelResolver {
  @Query(() => Regel, { nullable: true, description: 'Eén regel van de wet (de geladen regelset) op id, of hij nu geldt of niet; null als er geen regel met dat id is (de regels van beleidspakketten staan in beleidspakketten). De bron verwijst naar de tekst van vandaag, of van de laatste (eerste) dag waarop de regel gold. — One statutory rule by id, in force or not; null when there is none (policy rules: see beleidspakketten).' })
  regel(
    @Arg('id', () => ID, { description: 'Id van de regel, bijv. "lpw.art21a.zestien-uur" (zie regels). — The rule id.' }) id: string,
    @Ctx() ctx: ApiContext,
  ): Regel | null {
    const r = regelOpId(ctx.regelset, id);
    return r === undefined ? null : regelUitvoer(r, ctx.regelset);
  }

  @FieldResolver(() => GraphQLJSON, { description: 'De regel als JSON, precies zoals in het regelbestand (conditions, event, bron, geldig, uitleg). — The rule\'s JSON exactly as in its file.' })
  json(@Root() r: Regel, @Ctx() ctx: ApiContext): unknown {
    return geladen(r, ctx).json;
  }

  @FieldResolver(() => Regelgeldigheid, { description: 'Wanneer de regel geldt (geldig in het regelbestand). — When it is in force.' })
  geldig(@Root() r: Regel): Regelgeldigheid {
    return { vanaf: r.geldigVanaf, tot: r.geldigTot };
  }

  @FieldResolver(() => String, { description: 'De uitkomst die de regel beslist (het event type), gelijk aan uitkomst. — The event type (same as uitkomst).' })
  type(@Root() r: Regel): string {
    return r.uitkomst;
  }

  @FieldResolver(() => Uitlegsjabloon, { description: 'Het sjabloon van de uitleg in beide talen. — The explanation template in both languages.' })
  uitleg(@Root() r: Regel): Uitlegsjabloon {
    return { nl: r.uitlegNl, en: r.uitlegEn };
  }
}
