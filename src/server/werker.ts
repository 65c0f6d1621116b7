// A worker thread for heavy GraphQL requests (bulk, stored lists, large imports): it has its own
// rule set, schema, Apollo and database pool, so the main thread's event loop stays free for
// /health, small requests and I/O. One request at a time per thread; an aborted request (time
// limit, client gone) terminates the thread, which stops the work and rolls back its transaction.
import 'reflect-metadata';
import v8 from 'node:v8';
import { workerData, type MessagePort } from 'node:worker_threads';
import { Piscina, transferableSymbol, valueSymbol } from 'piscina';
import { MikroORM } from '@mikro-orm/postgresql';
import type { ApiContext, Verzoekgegevens } from '../api/context';
import type { RegelsetInfo } from '../api/uitvoer';
import { maakConfig } from '../store/mikro-orm.config';
import { maakApollo, type ApolloInstellingen, type GraphqlDienst } from './apollo';
import { nieuweVerzoekgegevens, verzoekContext, type Basiscontext } from './context';
import { voerUit, type HttpAntwoord, type HttpVerzoek } from './graphql-verzoek';
import { lopendVerzoek } from './log';
import { voerLijstdeelUit, type Lijstdeel, type Lijstdeeluitslag } from '../api/leerlingen/lijstdeel';
import { regelsetVoorDraad, type Regelteksten } from './regelmappen';
import type { Toegang } from '../toegang/toegang';

/** `regelteksten`: the texts of the server's set (Regelset.inhoud); the thread builds its own set from them. */
export interface WerkerData { databaseUrl?: string; regelsetInfo: RegelsetInfo | null; regelsetHash: string; apollo: ApolloInstellingen; regelteksten?: Regelteksten }
/** `hulp`: the line to the main thread, which hands a list's batch to an idle thread of the pool (Werkers). */
export interface WerkerTaak { verzoek: HttpVerzoek; toegang: Toegang; reqId: string; hulp?: MessagePort }
/** One batch of another thread's stored list (v8-serialised Lijstdeel); the answer is a serialised Lijstdeeluitslag or null. */
export interface Deeltaak { deel: Uint8Array }
/** What goes over the hulp line: a batch offered (thread → main), and the answer (main → thread; null: no idle thread). */
export type Hulpbericht = { id: number; deel: Uint8Array } | { id: number; uitslag: Uint8Array | null };
/** The body comes back as bytes in a transferred buffer: the main thread neither copies nor encodes it. */
export interface WerkerAntwoord { antwoord: Omit<HttpAntwoord, 'body'> & { body: Uint8Array }; verzoek: Verzoekgegevens }


async function start(d: WerkerData) {
  const regelset = regelsetVoorDraad(d.regelteksten);
  // the main thread recorded this hash in the database; a worker on other rule files would lie
  if (regelset.hash !== d.regelsetHash) throw new Error(`worker loaded rule set ${regelset.hash}, the server ${d.regelsetHash}`);
  // 10: a stored list has its next batches' row queries (7 or 9 each) out while it evaluates; with 4
  // they queued behind connections a busy thread could not hand back (api/leerlingen/vooruitlezen.ts)
  const orm = d.databaseUrl ? await MikroORM.init({ ...maakConfig(d.databaseUrl), pool: { min: 0, max: 10 } }) : undefined;
  const apollo = await maakApollo(d.apollo);
  return { apollo, basis: { regelset, regelsetInfo: d.regelsetInfo, orm } };
}

// started when the thread starts, so a pool started in advance is warm by the first request
const klaar: Promise<{ apollo: GraphqlDienst; basis: Basiscontext }> = start(workerData as WerkerData);
klaar.catch(() => {}); // reported to the first request

/** Plain data as bytes in an ArrayBuffer of their own (a Buffer may share a pool, which cannot be transferred). */
export function alsBytes(waarde: unknown): Uint8Array {
  const b = v8.serialize(waarde);
  const bytes = new Uint8Array(new ArrayBuffer(b.byteLength));
  bytes.set(b);
  return bytes;
}

/** ApiContext.verdeel over the hulp line: each batch offered once; the line closing answers what is open with null. */
function verdelerVia(poort: MessagePort): (deel: Lijstdeel) => Promise<Lijstdeeluitslag | null> {
  let volgnummer = 0;
  const open = new Map<number, (u: Uint8Array | null) => void>();
  poort.on('message', (m: Hulpbericht) => { if ('uitslag' in m) { open.get(m.id)?.(m.uitslag); open.delete(m.id); } });
  poort.once('close', () => { for (const klaar of open.values()) klaar(null); open.clear(); });
  return (deel) => new Promise((klaar) => {
    const id = ++volgnummer;
    open.set(id, (u) => klaar(u === null ? null : (v8.deserialize(u) as Lijstdeeluitslag)));
    const bytes = alsBytes(deel);
    poort.postMessage({ id, deel: bytes } satisfies Hulpbericht, [bytes.buffer as ArrayBuffer]);
  });
}

export default async function voerTaakUit(taak: WerkerTaak | Deeltaak): Promise<WerkerAntwoord | Uint8Array> {
  const { apollo, basis } = await klaar;
  if ('deel' in taak) {
    const uit = alsBytes(voerLijstdeelUit(basis.regelset, v8.deserialize(taak.deel) as Lijstdeel));
    return Piscina.move(uit as never) as unknown as Uint8Array;
  }
  const verzoek = nieuweVerzoekgegevens();
  const verdeel = taak.hulp ? verdelerVia(taak.hulp) : undefined;
  const context = () => Object.assign(verzoekContext(basis, taak.toegang, verzoek), verdeel ? { verdeel } : {});
  const antwoord = await lopendVerzoek.run({ reqId: taak.reqId }, () => voerUit(apollo, taak.verzoek, context)).finally(() => taak.hulp?.close());
  // its own ArrayBuffer (Buffer.from would use the shared pool, which cannot be transferred)
  const bytes = new Uint8Array(new ArrayBuffer(Buffer.byteLength(String(antwoord.body), 'utf8')));
  Buffer.from(bytes.buffer).write(String(antwoord.body), 'utf8');
  const uit: WerkerAntwoord = { antwoord: { ...antwoord, body: bytes }, verzoek };
  return Piscina.move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: uit } as never) as unknown as WerkerAntwoord;
}
