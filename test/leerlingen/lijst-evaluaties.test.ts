// lijstEvaluaties (jaarcijfers: one leerling on several peildata) reads the rows into a Situatie once
// per schooljaar of the peildatum; each evaluation must be exactly the one evalueerInLijst makes on
// its own, also after an evaluation in another schooljaar (whose reading leaves out later schooljaren).
import type { ApiContext } from '../../src/api/context';
import { evalueerInLijst, lijstEvaluaties } from '../../src/api/leerlingen/opslag';
import { leerplicht } from '../../src/engine/leerplicht';
import { laadRegelset } from '../../src/engine/regelset';
import { meldingen } from '../../src/engine/verzuim';
import type { Feiten } from '../../src/facts/feiten';
import type { FeitenRijen } from '../../src/store/laders';

const ctx = { regelset: laadRegelset() } as unknown as ApiContext;

const rijen: FeitenRijen = {
  leerling: {
    id: '00000000-0000-4000-8000-000000007101', geboortedatum: '2008-03-01', gemeente: '7101', vakantieregio: 'MIDDEN', vrijeDagen: [],
    arbeidsovereenkomst: null, arbeidUrenPerWeek: null, meerderjarigVerklaard: false, oudersNietVerwijtbaar: false, eerderHaltVoorSchoolverzuim: false,
  },
  inschrijvingen: [{ brin: '71AA', onderwijs: 'VMBO', vanaf: '2020-08-17', tot: '2024-02-02', niveau: null, leerweg: null, uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: null, lesurenPerWeek: null }],
  schooljaren: ['2019/2020', '2020/2021', '2021/2022', '2022/2023', '2023/2024'].map((schooljaar) => ({ schooljaar, volledig: true, onderwijs: 'VMBO', teltMee: null })),
  diplomas: [], vrijstellingen: [], verlof: [],
  // 4 × 4 unexcused hours in one lesweek (a ZESTIEN_UUR candidate), and some sick hours
  verzuim: [
    ...['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' })),
    { datum: '2024-01-22', uren: 1.6, reden: 'ZIEKTE' }, { datum: '2022-03-07', uren: 2, reden: 'ONGEOORLOOFD' },
  ],
};

/** What the lists read of an evaluation: the leerplicht verdict, the meldingen, the schooljaren it saw. */
const beeld = (f: Feiten) => ({
  leerplicht: leerplicht(f),
  meldingen: meldingen(f).map((m) => ({ ...m.kandidaat, verplicht: m.verplicht })),
  schooljaren: f.ctx.situatie.schooljaren.map((j) => j.schooljaar),
});

it('equals evalueerInLijst on every peildatum, in any order of schooljaren', () => {
  const peildata = ['2024-07-31', '2022-06-01', '2024-01-12', '2024-10-01', '2022-03-08', '2024-02-05'];
  const ev = lijstEvaluaties(ctx, rijen);
  const gezien = new Set<number>();
  for (const p of peildata) {
    const f = ev(p);
    expect(beeld(f)).toEqual(beeld(evalueerInLijst(ctx, rijen, p)));
    gezien.add(f.ctx.situatie.schooljaren.length);
  }
  // the readings differ by schooljaar (2021/2022: three known; 2023/2024: five; 2024/2025: five)
  expect([...gezien].sort()).toEqual([3, 5]);
  expect(beeld(ev('2024-01-12')).meldingen.some((m) => m.soort === 'ZESTIEN_UUR')).toBe(true);
});

it('gives the same input error as evalueerInLijst', () => {
  const ev = lijstEvaluaties(ctx, rijen);
  ev('2024-01-12');
  for (const p of ['2008-02-28', '2019-02-30']) {
    let fout: unknown;
    try { evalueerInLijst(ctx, rijen, p); } catch (e) { fout = e; }
    expect(fout).toBeDefined();
    expect(() => ev(p)).toThrow((fout as Error).message);
  }
});
