// API keys for the tests: made like `npm run key:new` makes them, configured through startClient.
// Test files share one database: each passes its own number, so its schools and gemeenten are its own.
import { nieuweSleutel, type SleutelRegel } from '../../src/toegang/toegang';

export interface TestSleutels {
  regels: SleutelRegel[];
  schoolA: string; schoolB: string; lpaA: string; lpaB: string; publiek: string;
  brinA: string; brinB: string; gemeenteA: string; gemeenteB: string;
}

export function maakSleutels(bestand: number): TestSleutels {
  const brinA = `9${bestand}AA`;
  const brinB = `9${bestand}BB`;
  const gemeenteA = `90${bestand}1`;
  const gemeenteB = `90${bestand}2`;
  const a = nieuweSleutel({ rol: 'SCHOOL', brin: brinA, naam: `School ${brinA}` });
  const b = nieuweSleutel({ rol: 'SCHOOL', brin: brinB });
  const la = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: gemeenteA, naam: `Leerplicht ${gemeenteA}` });
  const lb = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: gemeenteB });
  const p = nieuweSleutel({ rol: 'PUBLIC' });
  return {
    regels: [a.regel, b.regel, la.regel, lb.regel, p.regel],
    schoolA: a.sleutel, schoolB: b.sleutel, lpaA: la.sleutel, lpaB: lb.sleutel, publiek: p.sleutel,
    brinA, brinB, gemeenteA, gemeenteB,
  };
}
