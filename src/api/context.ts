import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import type { Regelset } from '../engine/regelset';
import type { Toegang } from '../toegang/toegang';
import type { Laders } from '../store/laders';
import type { RegelsetInfo } from './uitvoer';
import type { Lijstdeel, Lijstdeeluitslag } from './leerlingen/lijstdeel';

export interface ApiContext {
  regelset: Regelset;
  /** the rule set as registered in the database at start-up */
  regelsetInfo: RegelsetInfo | null;
  /** who calls (from the API key); absent means PUBLIC (in-process use: cli, bench) */
  toegang?: Toegang;
  /** the database; absent when the schema runs in-process without one */
  orm?: MikroORM;
  /** an EntityManager forked for this request */
  em?: EntityManager;
  /** per-request dataloaders for stored leerlingen and their facts */
  laders?: Laders;
  /** what the server learns about this request while running it (for its log line and metrics) */
  verzoek?: Verzoekgegevens;
  /** errors of a partial list answer (one per leerling a list could not evaluate), added to the response next to its data */
  lijstfouten?: GraphQLFormattedError[];
  /**
   * Hands one batch of a stored list to another thread of the server when one is idle; null at once
   * when none is (the caller then evaluates it). Absent: no other thread (in-process, tests).
   */
  verdeel?: (deel: Lijstdeel) => Promise<Lijstdeeluitslag | null>;
}

/** What evaluating a stored leerling's rows needs of a request: only its rule set (another thread of the server has no request of its own). */
export type Regelcontext = Pick<ApiContext, 'regelset'>;

/** Reports one failed item of a list that is still answered: the response carries it in `errors` next to the data. */
export function meldLijstfout(ctx: ApiContext, fout: GraphQLFormattedError): void {
  (ctx.lijstfouten ??= []).push(fout);
}

export interface Verzoekgegevens {
  /** schema-bounded label: operation type and root fields, e.g. "query beoordelingen" */
  operatie?: string;
  /** the client's operationName (for the log line only) */
  operatieNaam?: string;
  /** error codes of the answer */
  codes: string[];
  /** situaties evaluated (the per-request count) */
  situaties: number;
}
