// A worker thread for heavy GraphQL requests (bulk, stored lists, large imports): it has its own
// rule set, schema, Apollo and database pool, so the main thread's event loop stays free for
// /health, small requests and I/O. One request at a time per thread; an aborted request (time
// limit, client gone) terminates the thread, which stops the work and rolls back its transaction.
import 'reflect-metadata';
import { workerData } from 'node:worker_threads';
import { Piscina, transferableSymbol, valueSymbol } from 'piscina';
import { MikroORM } from '@mikro-orm/postgresql';
import type { ApiContext, Verzoekgegevens } from '../api/context';
import type { RegelsetInfo } from '../api/uitvoer';
import { maakConfig } from '../store/mikro-orm.config';
import { maakApollo, type ApolloInstellingen, type GraphqlDienst } from './apollo';
import { nieuweVerzoekgegevens, verzoekContext, type Basiscontext } from './context';
import { voerUit, type HttpAntwoord, type HttpVerzoek } from './graphql-verzoek';
import { lopendVerzoek } from './log';
import { regelsetVoorDraad, type Regelteksten } from './regelmappen';
import type { Toegang } from '../toegang/toegang';

/** `regelteksten`: the texts of the server's set (Regelset.inhoud); the thread builds its own set from them. */
export interface WerkerData { databaseUrl?: string; regelsetInfo: RegelsetInfo | null; regelsetHash: string; apollo: ApolloInstellingen; regelteksten?: Regelteksten }
export interface WerkerTaak { verzoek: HttpVerzoek; toegang: Toegang; reqId: string }
/** The body comes back as bytes in a transferred buffer: the main thread neither copies nor encodes it. */
export interface WerkerAntwoord { antwoord: Omit<HttpAntwoord, 'body'> & { body: Uint8Array }; verzoek: Verzoekgegevens }


async function start(d: WerkerData) {
  const regelset = regelsetVoorDraad(d.regelteksten);
  // the main thread recorded this hash in the database; a worker on other rule files would lie
  if (regelset.hash !== d.regelsetHash) throw new Error(`worker loaded rule set ${regelset.hash}, the server ${d.regelsetHash}`);
  const orm = d.databaseUrl ? await MikroORM.init({ ...maakConfig(d.databaseUrl), pool: { min: 0, max: 4 } }) : undefined;
  const apollo = await maakApollo(d.apollo);
  return { apollo, basis: { regelset, regelsetInfo: d.regelsetInfo, orm } };
}

// started when the thread starts, so a pool started in advance is warm by the first request
const klaar: Promise<{ apollo: GraphqlDienst; basis: Basiscontext }> = start(workerData as WerkerData);
klaar.catch(() => {}); // reported to the first request

export default async function voerTaakUit(taak: WerkerTaak): Promise<WerkerAntwoord> {
  const { apollo, basis } = await klaar;
  const verzoek = nieuweVerzoekgegevens();
  const antwoord = await lopendVerzoek.run({ reqId: taak.reqId }, () => voerUit(apollo, taak.verzoek, () => verzoekContext(basis, taak.toegang, verzoek)));
  // its own ArrayBuffer (Buffer.from would use the shared pool, which cannot be transferred)
  const bytes = new Uint8Array(new ArrayBuffer(Buffer.byteLength(String(antwoord.body), 'utf8')));
  Buffer.from(bytes.buffer).write(String(antwoord.body), 'utf8');
  const uit: WerkerAntwoord = { antwoord: { ...antwoord, body: bytes }, verzoek };
  return Piscina.move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: uit } as never) as unknown as WerkerAntwoord;
}
