// Running case files through the GraphQL schema in-process: the cases of rules/cases and those of
// every policy pack (<pack>/cases/*.json, with situatie.gemeente). A case's `verwacht.signalen` is
// the sorted list of signaal codes the answer must give, asked with a second small query so the
// case query itself stays the statutory one. A pack's case counts only that pack's signalen: a
// pack is tested on its own, whatever other packs apply to the same gemeente.
import { graphql, type GraphQLSchema } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import type { Regelset } from '../engine/regelset';
import { CASE_QUERIES, leesCases, verschillen, type Casebestand } from './cases';

const SIGNALEN = /* GraphQL */ `
query SignaalCase($situatie: SituatieInput!, $peildatum: LocalDate!, $wetsdatum: LocalDate, $parameters: ParametersInput) {
  beoordeling(situatie: $situatie, peildatum: $peildatum, wetsdatum: $wetsdatum, parameters: $parameters) { signalen { code pakket { hash } } }
}`;

/** The folders of packs with cases: every subfolder of <map>/beleid and of each extra folder that has a cases/ folder. */
export function pakketMappen(map: string, extraBeleidMappen: readonly string[]): string[] {
  return [path.join(map, 'beleid'), ...extraBeleidMappen].flatMap((wortel) => (fs.existsSync(wortel)
    ? fs.readdirSync(wortel, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(wortel, e.name)).sort()
    : []));
}

/** The case files of rules/cases and of every pack, each named relative to the folder it is in (beleid/0363/cases/…). */
export function alleCases(map: string, extraBeleidMappen: readonly string[]): Casebestand[] {
  const schemaMap = path.join(map, 'schema');
  const pakketten = pakketMappen(map, extraBeleidMappen).flatMap((p) => leesCases(p, schemaMap).map((c) => ({ ...c, bestand: `beleid/${path.basename(p)}/${c.bestand}` })));
  return [...leesCases(map, schemaMap), ...pakketten];
}

export interface CaseUitslag { bestand: string; id: string; bron: string; fouten: string[] }

/** Runs every case; the differences per case ([] when it passed). */
export async function draaiCases(schema: GraphQLSchema, regelset: Regelset, bestanden: readonly Casebestand[]): Promise<CaseUitslag[]> {
  const context = { regelset, regelsetInfo: null };
  const uit: CaseUitslag[] = [];
  for (const { bestand, cases } of bestanden) {
    const map = /^beleid\/([^/]+)\//.exec(bestand)?.[1];
    const pakketHash = map === undefined ? undefined : regelset.pakketten.find((p) => p.map === map)?.hash;
    for (const c of cases) {
      const vraag = c.vraag ?? 'beoordeling';
      const { signalen, ...statutair } = c.verwacht as Record<string, unknown> & { signalen?: unknown };
      const fouten: string[] = [];
      if (Object.keys(statutair).length > 0) {
        const r = await graphql({ schema, source: CASE_QUERIES[vraag], variableValues: c.variabelen, contextValue: context });
        fouten.push(...(r.errors?.map((e) => `error: ${e.message}`) ?? verschillen(statutair, (r.data as Record<string, unknown>)[vraag])));
      }
      if (signalen !== undefined) {
        const { situatie, peildatum, wetsdatum, parameters } = c.variabelen;
        const r = await graphql({ schema, source: SIGNALEN, variableValues: { situatie, peildatum, wetsdatum, parameters }, contextValue: context });
        const codes = (r.data as { beoordeling?: { signalen: { code: string; pakket: { hash: string } }[] } } | null)?.beoordeling?.signalen
          .filter((s) => map === undefined || s.pakket.hash === pakketHash).map((s) => s.code).sort();
        fouten.push(...(r.errors?.map((e) => `error: ${e.message}`) ?? verschillen(signalen, codes, 'signalen')));
      }
      uit.push({ bestand, id: c.id, bron: c.bron, fouten });
    }
  }
  return uit;
}
