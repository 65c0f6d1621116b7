// The two example packs (rules/beleid/ijssel-vecht: signaalverzuim; rules/beleid/0439: te laat)
// against the cases beside them, on the engine: the signalen each case expects (written from the
// protocol text and the calendar, see each case's `waarom`), the statutory verzuim figures it
// states, and json-rules-engine deciding each pack rule — conditions with params — as the
// compiled path does; the statutory verzuim and leerplicht answers identical to those of the rule
// set without packs; and the same cases through the GraphQL schema (as `npm run rules:test`).
import fs from 'node:fs';
import path from 'node:path';
import type { SituatieInput } from '../../src/api/invoer';
import { situatie as omzetSituatie } from '../../src/api/omzetten';
import { maakSchema } from '../../src/api/schema';
import { alleCases, draaiCases } from '../../src/cli/beleid-cases';
import { signalen, pakketEvaluaties } from '../../src/engine/beleid/toepassing';
import { evalueer } from '../../src/engine/evaluatie';
import { beslisAlleReferentie } from '../../src/engine/referentie';
import { leerplicht } from '../../src/engine/leerplicht';
import { laadRegelset, REGELMAP, type Regelset } from '../../src/engine/regelset';
import { verzuim } from '../../src/engine/verzuim';
import { regelmapMet } from './beleid/hulp';
import { parseDatum } from '../../src/time/dag';

const regelset = laadRegelset();
/** rules/ without rules/beleid: the law alone */
const zonderMap = regelmapMet({});
const zonderPakketten = laadRegelset(zonderMap);
afterAll(() => fs.rmSync(zonderMap, { recursive: true, force: true }));

interface Case {
  id: string;
  variabelen: { situatie: Record<string, unknown>; peildatum: string; wetsdatum?: string };
  verwacht: { signalen?: string[]; verzuim?: { maxUrenVierLesweken?: number } };
}

const PAKKETTEN = ['ijssel-vecht', '0439'];
const cases: [string, Case][] = PAKKETTEN.flatMap((pakket) => {
  const map = path.join(REGELMAP, 'beleid', pakket, 'cases');
  return fs.readdirSync(map).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(map, f), 'utf8')).cases as Case[]).map((c): [string, Case] => [`${pakket}/${c.id}`, c]));
});

test('both example packs are loaded, with cases', () => {
  expect((regelset as Regelset & { pakketten: { map: string }[] }).pakketten.map((p) => p.map).sort()).toEqual(['0439', 'ijssel-vecht']);
  expect(cases.length).toBeGreaterThanOrEqual(15);
});

describe.each(cases)('%s', (_, c) => {
  const peildatum = parseDatum(c.variabelen.peildatum)!;
  const f = (r = regelset) => evalueer(r, { situatie: omzetSituatie(c.variabelen.situatie as unknown as SituatieInput), peildatum, wetsdatum: parseDatum(c.variabelen.wetsdatum ?? c.variabelen.peildatum)! });

  test('the signalen of the case', () => {
    expect(signalen(f()).map((s) => s.code).sort()).toEqual(c.verwacht.signalen ?? []);
  });

  if (c.verwacht.verzuim?.maxUrenVierLesweken !== undefined) {
    test('the statutory hours the case states', () => {
      expect(f().get('maxUrenVierLesweken')).toBe(c.verwacht.verzuim!.maxUrenVierLesweken);
    });
  }

  test('the statutory answers are those of the law without packs', () => {
    const [met, zonder] = [f(), f(zonderPakketten)];
    expect(zonderPakketten.pakketten).toEqual([]);
    expect(JSON.stringify(verzuim(met, 'NL'))).toBe(JSON.stringify(verzuim(zonder, 'NL')));
    expect(JSON.stringify(leerplicht(met))).toBe(JSON.stringify(leerplicht(zonder)));
  });

  test('json-rules-engine decides every pack rule as the compiled path', async () => {
    for (const { pakket, feiten } of pakketEvaluaties(f())) {
      const compiled = feiten.beslisAlle('signaal').map((b) => b.regel!.id).sort();
      const alleen = { inWerking: (w: number) => pakket.inWerking(w) } as unknown as Regelset;
      expect(await beslisAlleReferentie(alleen, feiten, 'signaal')).toEqual(compiled);
    }
  });
});

test('through the GraphQL schema: every case of both packs passes', async () => {
  const bestanden = alleCases(REGELMAP, []).filter((b) => PAKKETTEN.some((p) => b.bestand.startsWith(`beleid/${p}/`)));
  expect(bestanden.length).toBe(2);
  const uitslagen = await draaiCases(maakSchema(), regelset, bestanden);
  expect(uitslagen.length).toBe(cases.length);
  expect(uitslagen.filter((u) => u.fouten.length > 0)).toEqual([]);
});
