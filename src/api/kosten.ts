// What a GraphQL operation will evaluate, counted from the document and its variables before any
// resolver runs: the situatie limit holds per request, summed over every alias and field.
// Fragments are counted once each (memoised), so nesting them cannot make the count explode.
import { Kind, valueFromASTUntyped, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

/** Root fields that evaluate every visible stored leerling; their size needs the database. */
export type OpgeslagenLijstVeld = 'meldingen' | 'meldingenOverzicht' | 'jaarcijfers' | 'regiocijfers' | 'exportJaarcijfers';
const OPGESLAGEN_LIJSTEN: ReadonlySet<string> = new Set<OpgeslagenLijstVeld>(['meldingen', 'meldingenOverzicht', 'jaarcijfers', 'regiocijfers', 'exportJaarcijfers']);
export interface OpgeslagenLijst { veld: OpgeslagenLijstVeld; args: Record<string, unknown> }

export interface Kosten {
  /** situaties evaluated, known from the document (stored lists not yet included) */
  situaties: number;
  /** fields whose evaluation count depends on stored data */
  lijsten: OpgeslagenLijst[];
  /** verzuim records imported */
  records: number;
  /** stored leerlingen evaluated in a list (leerlingen { beoordeling }) */
  opgeslagen: boolean;
}

/** Lists that page with eerste / na: a page is counted from the document, without the database. */
const PAGINA_LIJSTEN: ReadonlySet<string> = new Set(['meldingen', 'meldingenOverzicht']);
/** The largest page of meldingen, as in api/leerlingen/meldingenlijst.ts. */
export const MAX_MELDING_PAGINA = 5000;

/** Default page size of `leerlingen(eerste)`, as in the resolver. */
export const STANDAARD_PAGINA = 100;
// wettelijkeRoutes: the rules about one afhandeling's melding (api/leerlingen/afhandeling.resolver.ts)
const EENMALIG = new Set(['beoordeling', 'verlofaanvraag', 'vrijstellingsberoep', 'handhaving', 'uitschrijving', 'verwijdering', 'wettelijkeRoutes']);

interface Deel { situaties: number; lijsten: OpgeslagenLijst[]; records: number; opgeslagen: boolean }
const leeg = (): Deel => ({ situaties: 0, lijsten: [], records: 0, opgeslagen: false });

function argumentWaarde(veld: FieldNode, naam: string, variabelen: Record<string, unknown>): unknown {
  const arg = veld.arguments?.find((a) => a.name.value === naam);
  if (!arg) return undefined;
  const v: ValueNode = arg.value;
  if (v.kind === Kind.VARIABLE) return variabelen[v.name.value];
  try {
    return valueFromASTUntyped(v, variabelen);
  } catch {
    return undefined;
  }
}

/** Line breaks in a text, plus one. */
function telRegels(t: string): number {
  let n = 1;
  for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) n++;
  return n;
}

const lengte = (w: unknown) => (Array.isArray(w) ? w.length : w === undefined || w === null ? 0 : 1);

export function telKosten(document: DocumentNode, operatie: OperationDefinitionNode, variabelen: Record<string, unknown> = {}): Kosten {
  const fragmenten = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragmenten.set(d.name.value, d);
  const memo = new Map<string, Deel>();

  const tel = (set: SelectionSetNode | undefined, wortel: boolean): Deel => {
    const uit = leeg();
    const voegToe = (d: Deel, maal: number) => {
      uit.situaties += d.situaties * maal;
      uit.records += d.records * maal;
      uit.opgeslagen ||= d.opgeslagen;
      for (const l of d.lijsten) for (let i = 0; i < Math.min(maal, 1000); i++) uit.lijsten.push(l);
    };
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.INLINE_FRAGMENT) { voegToe(tel(s.selectionSet, wortel), 1); continue; }
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const naam = s.name.value;
        const sleutel = `${wortel}:${naam}`;
        if (!memo.has(sleutel)) { memo.set(sleutel, leeg()); memo.set(sleutel, tel(fragmenten.get(naam)?.selectionSet, wortel)); }
        voegToe(memo.get(sleutel)!, 1);
        continue;
      }
      const naam = s.name.value;
      if (naam === 'beoordelingen') uit.situaties += lengte(argumentWaarde(s, 'situaties', variabelen));
      else if (EENMALIG.has(naam)) uit.situaties += 1;
      // leerling { thuiszitter(peildatum) } evaluates the stored leerling (Beoordeling.thuiszitter has no arguments)
      else if (naam === 'thuiszitter' && (s.arguments?.length ?? 0) > 0) uit.situaties += 1;
      else if (wortel && PAGINA_LIJSTEN.has(naam) && argumentWaarde(s, 'eerste', variabelen) != null) {
        // a page costs its page size (a bad one costs nothing: the resolver refuses it before evaluating)
        const eerste = argumentWaarde(s, 'eerste', variabelen);
        uit.situaties += typeof eerste === 'number' && Number.isInteger(eerste) && eerste >= 1 && eerste <= MAX_MELDING_PAGINA ? eerste : 0;
        uit.opgeslagen = true;
      } else if (wortel && OPGESLAGEN_LIJSTEN.has(naam)) {
        const args: Record<string, unknown> = {};
        for (const a of s.arguments ?? []) args[a.name.value] = argumentWaarde(s, a.name.value, variabelen);
        uit.lijsten.push({ veld: naam as OpgeslagenLijstVeld, args });
      } else if (naam === 'importeerVerzuimbestand') {
        // a file's lines are its records (base64: counted in its bytes)
        const b = argumentWaarde(s, 'bestand', variabelen);
        const base64 = argumentWaarde(s, 'codering', variabelen) === 'BASE64';
        if (typeof b === 'string') uit.records += telRegels(base64 ? Buffer.from(b, 'base64').toString('latin1') : b);
        voegToe(tel(s.selectionSet, false), 1);
      } else if (naam === 'importeerVerzuim') {
        uit.records += lengte(argumentWaarde(s, 'records', variabelen));
        voegToe(tel(s.selectionSet, false), 1);
      } else if (naam === 'leerlingen') {
        const eerste = argumentWaarde(s, 'eerste', variabelen);
        const binnen = tel(s.selectionSet, false);
        if (binnen.situaties > 0) binnen.opgeslagen = true;
        voegToe(binnen, typeof eerste === 'number' && Number.isInteger(eerste) && eerste > 0 ? eerste : STANDAARD_PAGINA);
      } else voegToe(tel(s.selectionSet, false), 1);
    }
    return uit;
  };
  return tel(operatie.selectionSet, true);
}

/** Whether the request's evaluation belongs off the main thread. */
export function isZwaar(k: Kosten, drempel: number): boolean {
  return k.situaties > drempel || k.records > drempel || k.lijsten.length > 0 || k.opgeslagen;
}
