// Vakantieregio from provincie and gemeente, using the regional division that ships with the rules
// (rules/kalender/schoolvakanties.json, bundled at build time). The page only suggests a region;
// the law's answers still come from the API.
import kalender from '../../rules/kalender/schoolvakanties.json';

export type Regio = 'NOORD' | 'MIDDEN' | 'ZUID';

interface Uitzondering { provincie: string; type: string; gemeenten: string[]; verified?: boolean }
interface RegioIndeling { provincies: string[]; uitzonderingen: Uitzondering[] }

const indeling = kalender.regios as unknown as Record<string, RegioIndeling | string>;
const REGIOS: Record<string, Regio> = { noord: 'NOORD', midden: 'MIDDEN', zuid: 'ZUID' };

/** A gemeente named in the division, with what the page should say about it. */
export interface GemeenteRegio {
  gemeente: string;
  regio: Regio;
  /** a part of the gemeente (a former gemeente, a kern) lies in another region */
  deelAnders?: { deel: string; regio: Regio };
  /** the division itself is not verified against the current regulation */
  onzeker: boolean;
}

export interface Provincie {
  naam: string;
  /** the region of (most of) the provincie; null when the provincie has none of its own (Gelderland) */
  regio: Regio | null;
  /** gemeenten that lie in another region than `regio`, or all named gemeenten when regio is null */
  uitzonderingen: GemeenteRegio[];
}

const provincieNaam = (tekst: string) => tekst.replace(/\s*\(.*$/, '').trim();
export const normaal = (tekst: string) => tekst.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function lees(): Map<string, Provincie> {
  const provincies = new Map<string, Provincie>();
  const provincie = (naam: string) => {
    let p = provincies.get(naam);
    if (!p) provincies.set(naam, (p = { naam, regio: null, uitzonderingen: [] }));
    return p;
  };
  for (const [sleutel, regio] of Object.entries(REGIOS)) {
    const deel = indeling[sleutel] as RegioIndeling;
    for (const p of deel.provincies) provincie(provincieNaam(p)).regio = regio;
  }
  for (const [sleutel, regio] of Object.entries(REGIOS)) {
    for (const u of (indeling[sleutel] as RegioIndeling).uitzonderingen) {
      if (u.type !== 'toegevoegd') continue; // "uitgezonderd" repeats what the other region adds
      for (const naam of u.gemeenten) voegToe(provincie(u.provincie), naam, regio, u.verified === false);
    }
  }
  for (const p of provincies.values()) p.uitzonderingen.sort((a, b) => a.gemeente.localeCompare(b.gemeente, 'nl'));
  return provincies;
}

// The JSON names gemeenten in three forms: "Ede", "Montferland, behalve de voormalige gemeente
// Didam" and "voormalige gemeente Didam (Montferland)"; the last two say that a gemeente is split.
function voegToe(p: Provincie, tekst: string, regio: Regio, onzeker: boolean) {
  const voormalig = /^voormalige gemeente (.+?) \((?:nu deel van )?(.+)\)$/.exec(tekst);
  if (voormalig) {
    const [, deel, gemeente] = voormalig;
    const hoofd = p.uitzonderingen.find((g) => g.gemeente === gemeente);
    if (hoofd) hoofd.deelAnders = { deel, regio };
    else if (p.regio && p.regio !== regio) p.uitzonderingen.push({ gemeente, regio: p.regio, deelAnders: { deel, regio }, onzeker });
    return;
  }
  const [, gemeente, deel] = /^(.+?)(?:,? \(?behalve (?:de voormalige gemeente |de kernen )?(.+?)\)?)?$/.exec(tekst)!;
  // "Altena, behalve de kernen Hank en Dussen": the rest stays in the provincie's region. For
  // "Montferland, behalve ... Didam" (Gelderland has no region of its own) the Didam entry fills it in.
  const anders = deel && p.regio && p.regio !== regio ? { deel, regio: p.regio } : undefined;
  const bestaand = p.uitzonderingen.find((g) => g.gemeente === gemeente);
  if (bestaand) Object.assign(bestaand, { regio, onzeker, deelAnders: bestaand.deelAnders ?? anders });
  else p.uitzonderingen.push({ gemeente, regio, onzeker, ...(anders ? { deelAnders: anders } : {}) });
}

export const PROVINCIES: ReadonlyMap<string, Provincie> = lees();

/** Provincie names in alphabetical order, for the select list. */
export const provincieNamen = (): string[] => [...PROVINCIES.keys()].sort((a, b) => a.localeCompare(b, 'nl'));

/** Is the region of this provincie the same for every gemeente? */
export const eenduidig = (p: Provincie): boolean => p.regio !== null && p.uitzonderingen.length === 0;

export type GemeenteUitkomst =
  | { soort: 'gevonden'; regio: Regio; gemeente: GemeenteRegio | null }
  | { soort: 'onbekend' };

/** The region of a gemeente in a provincie: named in the division, or else the provincie's own region. */
export function regioVanGemeente(p: Provincie, gemeente: string): GemeenteUitkomst {
  const gezocht = normaal(gemeente);
  const g = p.uitzonderingen.find((u) => normaal(u.gemeente) === gezocht);
  if (g) return { soort: 'gevonden', regio: g.regio, gemeente: g };
  if (p.regio) return { soort: 'gevonden', regio: p.regio, gemeente: null };
  return { soort: 'onbekend' };
}
