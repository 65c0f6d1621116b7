// The enforcement question (art 22, 26, 27; Halt as policy) answered by the rules: which routes the
// law opens for a feit, who is strafbaar and the most the text threatens. It answers, never decides:
// the leerplichtambtenaar, the officier van justitie or the minister does.
import type { Beslissing, Feiten } from '../facts/feiten';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface Strafbaarheid {
  strafbaar: boolean; sanctie: string | null;
  maxHechtenisMaanden: number | null; geldboeteCategorie: number | null;
  maxBoeteEuro: number | null; maxBoetePerSchooljaarEuro: number | null;
  uitleg: UitlegUitvoer[];
}
export interface HandhavingsoordeelUitkomst {
  routes: { route: string; uitleg: UitlegUitvoer }[];
  ouders: Strafbaarheid; jongere: Strafbaarheid; hoofd: Strafbaarheid;
  haltMogelijk: boolean;
}

const getal = (f: Feiten, naam: string) => f.get(naam) as number | null;
const uitleggen = (b: Beslissing[], taal: Taal) => b.map((x) => uitleg(x, taal)).filter((u): u is UitlegUitvoer => u !== null);

export function handhavingsoordeel(f: Feiten, taal: Taal): HandhavingsoordeelUitkomst {
  const routes = f.beslisAlle('handhavingRoute').flatMap((b) => {
    const u = uitleg(b, taal);
    return u === null ? [] : [{ route: b.params.route as string, uitleg: u }];
  });
  const ouders: Strafbaarheid = {
    strafbaar: f.get('oudersStrafbaar') === true, sanctie: f.get('oudersSanctie') as string | null,
    maxHechtenisMaanden: getal(f, 'oudersMaxHechtenisMaanden'), geldboeteCategorie: getal(f, 'oudersGeldboeteCategorie'),
    maxBoeteEuro: null, maxBoetePerSchooljaarEuro: null,
    uitleg: uitleggen([f.beslis('oudersAansprakelijk'), f.beslis('oudersStrafbaarheid')], taal),
  };
  const jongere: Strafbaarheid = {
    strafbaar: f.get('jongereStrafbaar') === true, sanctie: f.get('jongereSanctie') as string | null,
    maxHechtenisMaanden: getal(f, 'jongereMaxHechtenisMaanden'), geldboeteCategorie: getal(f, 'jongereGeldboeteCategorie'),
    maxBoeteEuro: null, maxBoetePerSchooljaarEuro: null,
    uitleg: uitleggen([f.beslis('jongereStrafbaarheid')], taal),
  };
  const hoofd: Strafbaarheid = {
    strafbaar: f.get('hoofdStrafbaar') === true, sanctie: f.get('hoofdSanctie') as string | null,
    maxHechtenisMaanden: getal(f, 'hoofdMaxHechtenisMaanden'), geldboeteCategorie: getal(f, 'hoofdGeldboeteCategorie'),
    maxBoeteEuro: getal(f, 'hoofdMaxBoeteEuro'), maxBoetePerSchooljaarEuro: getal(f, 'hoofdMaxBoetePerSchooljaarEuro'),
    uitleg: uitleggen([f.beslis('hoofdOvertreding'), f.beslis('hoofdStrafbaarheid')], taal),
  };
  return { routes, ouders, jongere, hoofd, haltMogelijk: f.get('haltMogelijk') === true };
}
