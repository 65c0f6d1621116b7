// Apollo plugin: the per-request situatie limit (summed over every alias and field, stored lists
// counted in the database) before any resolver runs, no subscriptions, and what the log line and
// the metrics need to know about the request.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { ApiContext } from '../api/context';
import { telKosten, type OpgeslagenLijst } from '../api/kosten';
import { zichtbareIds } from '../store/zichtbaarheid';
import { BRIN, GEMEENTECODE } from '../toegang/toegang';

/** extensions.reden of the BAD_USER_INPUT above the situatie limit */
export const TE_DUUR = 'QUERY_TOO_COSTLY';

/** schema-bounded label for metrics: never the client's free operationName */
export function operatieLabel(op: OperationDefinitionNode): string {
  const velden = new Set<string>();
  for (const s of op.selectionSet.selections) if (s.kind === Kind.FIELD) velden.add(s.name.value);
  const namen = [...velden].sort();
  return `${op.operation} ${namen.slice(0, 3).join(',')}${namen.length > 3 ? ',…' : ''}`.trim();
}

const tekst = (w: unknown) => (typeof w === 'string' ? w : null);

/** How many stored leerlingen a list field evaluates (at most grens + 1: enough to refuse). */
async function telLijst(ctx: ApiContext, l: OpgeslagenLijst, grens: number): Promise<number> {
  const t = ctx.toegang;
  if (!ctx.em || !t || t.rol === 'PUBLIC') return 0;
  const gemeente = tekst(l.args.gemeente);
  const brin = tekst(l.args.brin);
  const peildatum = tekst(l.args.peildatum);
  // arguments the resolver will refuse cost nothing: it answers BAD_USER_INPUT before evaluating
  if ((gemeente !== null && !GEMEENTECODE.test(gemeente)) || (brin !== null && !BRIN.test(brin))) return 0;
  const meldingen = l.veld === 'meldingen' || l.veld === 'meldingenOverzicht';
  if (meldingen && (peildatum === null || !/^\d{4}-\d{2}-\d{2}$/.test(peildatum))) return 0;
  // jaarcijfers evaluates the gemeente's leerlingen, regiocijfers every leerling the regio key sees
  const filter = meldingen ? { gemeente, brin, metVerzuimTot: peildatum! } : l.veld === 'jaarcijfers' || (l.veld === 'exportJaarcijfers' && gemeente !== null) ? { gemeente } : {};
  try {
    return (await zichtbareIds(ctx.em, t, filter, { eerste: grens + 1 })).length;
  } catch {
    return 0; // e.g. an impossible date: the resolver names it
  }
}

export function grenzenPlugin(maxSituaties: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          const v = contextValue.verzoek;
          if (!operation) return; // Apollo answers "unknown operation"
          if (v) { v.operatie = operatieLabel(operation); v.operatieNaam = request.operationName ?? undefined; }
          if (operation.operation === 'subscription') {
            throw new GraphQLError('subscription operations are not supported: use a query or mutation', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
          }
          const k = telKosten(document, operation, request.variables ?? {});
          let situaties = k.situaties;
          for (const l of k.lijsten) {
            if (situaties > maxSituaties) break;
            situaties += await telLijst(contextValue, l, maxSituaties - situaties);
          }
          if (situaties > maxSituaties) {
            const aantal = situaties > maxSituaties + 1 || k.lijsten.length === 0 ? String(situaties) : `more than ${maxSituaties}`;
            throw new GraphQLError(`situaties: ${aantal} situaties; at most ${maxSituaties} per request (summed over every field and alias)`, {
              extensions: { code: 'BAD_USER_INPUT', reden: TE_DUUR, maxSituaties, http: { status: 400 } },
            });
          }
          if (v) v.situaties = situaties;
        },
        async willSendResponse({ response, contextValue }) {
          // a list that answered the rest and reported some leerlingen (meldingen): data and errors together
          if (contextValue.lijstfouten?.length && response.body.kind === 'single' && response.body.singleResult.data) {
            response.body.singleResult.errors = [...(response.body.singleResult.errors ?? []), ...contextValue.lijstfouten];
          }
          const v = contextValue.verzoek;
          if (!v || response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? []) {
            const code = e.extensions?.code;
            if (typeof code === 'string' && !v.codes.includes(code)) v.codes.push(code);
          }
        },
      };
    },
  };
}
