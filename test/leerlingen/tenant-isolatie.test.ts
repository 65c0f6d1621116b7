// Tenant isolation, generated from the schema (not hand-listed): every query and mutation that
// takes the id of a leerling or of one of its facts — as an argument or inside an input object —
// is called with every key against the data of a tenant that key may not reach, and against a
// random id that does not exist. Both must answer the same (FORBIDDEN, or UNAUTHENTICATED for
// PUBLIC: the same message, the id aside), and the foreign tenant's data and audit trail must be
// unchanged afterwards. A new operation is covered automatically; one whose id kind the test does
// not know fails the test until it is added to ID_SOORT below.
import { randomUUID } from 'node:crypto';
import { getNamedType, GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, isLeafType, type GraphQLArgument, type GraphQLField, type GraphQLInputType } from 'graphql';
import { maakSchema } from '../../src/api/schema';
import { nieuweSleutel, type SleutelRegel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';

jest.setTimeout(180_000);

type Soort = 'leerling' | 'inschrijving' | 'melding' | 'feit' | 'beslissing' | 'identiteitsmelding';
/** Which kind of id an argument (field.arg, or field.* for every ID argument of that field) takes. */
const ID_SOORT: Record<string, Soort> = {
  'leerling.id': 'leerling', 'wijzigLeerling.id': 'leerling', 'verwijderLeerling.id': 'leerling',
  'melding.id': 'melding', 'wijzigMeldingstatus.id': 'melding',
  'openAfhandeling.meldingId': 'melding', 'wijzigMasRoute.meldingId': 'melding', 'voegMaatregelToe.meldingId': 'melding', 'sluitAfhandeling.meldingId': 'melding',
  'beeindigInschrijving.inschrijvingId': 'inschrijving', 'verwijderFeiten.ids': 'feit',
  'herbeoordeel.beslissingId': 'beslissing', 'behandelIdentiteitsmelding.id': 'identiteitsmelding',
};
/** ID arguments that are not a lookup of a tenant's data (a paging cursor: the list itself is checked below; a rule id) */
const GEEN_OPZOEKING = new Set(['leerlingen.na', 'signalen.na', 'regel.id']);
const soortVan = (veld: string, arg: string): Soort | undefined => ID_SOORT[`${veld}.${arg}`] ?? (arg === 'leerlingId' ? 'leerling' : undefined);

interface Tenant { naam: string; sleutel: string; regel: SleutelRegel; brin?: string; gemeente?: string }
const maak = (naam: string, r: Parameters<typeof nieuweSleutel>[0]): Tenant => { const k = nieuweSleutel({ ...r, naam }); return { naam, sleutel: k.sleutel, regel: k.regel, brin: r.brin, gemeente: r.gemeente }; };
const schoolA = maak('school A', { rol: 'SCHOOL', brin: '74AA' });
const schoolB = maak('school B', { rol: 'SCHOOL', brin: '74BB' });
const lpaA = maak('lpa A', { rol: 'LEERPLICHTAMBTENAAR', gemeente: '7401' });
const lpaB = maak('lpa B', { rol: 'LEERPLICHTAMBTENAAR', gemeente: '7402' });
const rmcA = maak('rmc A', { rol: 'RMC', regio: 'Regio A', gemeenten: ['7401', '7403'] });
const publiek: Tenant = { naam: 'PUBLIC', sleutel: '', regel: undefined as never };

let client: Client;
/** per tenant side: the ids of its leerling and its facts */
const data: Record<'A' | 'B', Partial<Record<Soort, string>>> = { A: {}, B: {} };

async function vraag(query: string, variables: Record<string, unknown>, t: Tenant) {
  return client.ruw({ query, variables }, t.sleutel ? { authorization: `Bearer ${t.sleutel}` } : {});
}
async function moet(query: string, variables: Record<string, unknown>, t: Tenant) {
  const a = await vraag(query, variables, t);
  if (a.errors) throw new Error(`${t.naam}: ${JSON.stringify(a.errors)}`);
  return a.data as Record<string, any>;
}

async function zaai(kant: 'A' | 'B', school: Tenant, lpa: Tenant): Promise<void> {
  const verzuim = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));
  const l = (await moet('mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id inschrijvingen { id } verzuim { id } } }',
    { l: { geboortedatum: '2011-09-01', gemeente: lpa.gemeente, vakantieregio: 'MIDDEN', feiten: { inschrijvingen: [{ brin: school.brin, onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim } } }, school)).maakLeerling;
  const m = (await moet('mutation($id: ID!) { registreerMelding(leerlingId: $id, soort: ZESTIEN_UUR, einddatum: "2024-01-11", peildatum: "2024-03-15") { id } }', { id: l.id }, school)).registreerMelding;
  data[kant] = { leerling: l.id, inschrijving: l.inschrijvingen[0].id, feit: l.verzuim[0].id, melding: m.id };
  // a stored verdict, where the API has a way to make one
  const s = maakSchema();
  if (s.getMutationType()?.getFields().legBeoordelingVast) {
    const b = await moet('mutation($id: ID!) { legBeoordelingVast(leerlingId: $id, peildatum: "2024-03-15") { beslissing { id } } }', { id: l.id }, school);
    data[kant].beslissing = b.legBeoordelingVast.beslissing.id;
  }
  if (s.getMutationType()?.getFields().meldIdentiteitsfout) {
    const im = await vraag('mutation($id: ID!) { meldIdentiteitsfout(leerlingId: $id, veld: GEBOORTEDATUM, toelichting: "klopt niet") { id } }', { id: l.id }, school);
    const id = (im.data as Record<string, any> | null)?.meldIdentiteitsfout?.id;
    if (id) data[kant].identiteitsmelding = id;
  }
}

/** everything stored about a side, read by its own leerplichtambtenaar (to prove nothing changed) */
async function stand(kant: 'A' | 'B'): Promise<string> {
  const lpa = kant === 'A' ? lpaA : lpaB;
  const a = await vraag(`query($id: ID!) { leerling(id: $id) { id geboortedatum gemeente vakantieregio heeftBsn inschrijvingen { id brin vanaf tot } verzuim { id datum uren reden } meldingen { id status historie { naar } } beslissingen { id } } }`, { id: data[kant].leerling }, lpa);
  const audit = await client.server.context.orm!.em.fork().getConnection().execute('select count(*)::int as n from audit where leerling_id = ?', [data[kant].leerling]);
  return JSON.stringify({ a: a.data ?? a.errors, audit });
}

function uitgepakt(t: GraphQLInputType): { lijst: boolean; type: GraphQLInputType } {
  let x: GraphQLInputType = t instanceof GraphQLNonNull ? t.ofType : t;
  const lijst = x instanceof GraphQLList;
  if (x instanceof GraphQLList) x = x.ofType instanceof GraphQLNonNull ? x.ofType.ofType : x.ofType;
  return { lijst, type: x };
}

/** A minimal valid value: required fields only (and any leerlingId), ids of the given kind from `ids`. */
function voorbeeld(veld: string, naam: string, t: GraphQLInputType, ids: Partial<Record<Soort, string>>, tenant: Tenant, diepte = 0): unknown {
  const { lijst, type } = uitgepakt(t);
  const een = (): unknown => {
    if (type instanceof GraphQLScalarType) {
      if (type.name === 'ID') { const s = soortVan(veld, naam); if (!s) throw new Error(`unknown id kind for ${veld}.${naam}: add it to ID_SOORT`); return ids[s] ?? randomUUID(); }
      if (type.name === 'LocalDate') return naam === 'datum' ? '2024-01-12' : '2024-03-15';
      if (type.name === 'Int' || type.name === 'Float') return 1;
      if (type.name === 'Boolean') return false;
      if (naam === 'brin') return tenant.brin ?? '74AA';
      if (naam === 'gemeente') return tenant.gemeente ?? '7401';
      if (naam === 'schooljaar') return '2023/2024';
      if (naam === 'idempotentieSleutel') return randomUUID();
      if (naam === 'bsn') return '111222333';
      return 'x';
    }
    if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
    if (type instanceof GraphQLInputObjectType) {
      if (diepte > 4) return {};
      const uit: Record<string, unknown> = {};
      for (const f of Object.values(type.getFields())) {
        const verplicht = f.type instanceof GraphQLNonNull && f.defaultValue === undefined;
        if (verplicht || (f.name === 'leerlingId')) uit[f.name] = voorbeeld(veld, f.name, f.type, ids, tenant, diepte + 1);
      }
      return uit;
    }
    return null;
  };
  return lijst ? [een()] : een();
}

const heeftId = (veld: string, t: GraphQLInputType, diepte = 0, naam?: string): boolean => {
  const { type } = uitgepakt(t);
  if (type instanceof GraphQLScalarType) return type.name === 'ID' && !GEEN_OPZOEKING.has(`${veld}.${naam ?? ''}`);
  if (type instanceof GraphQLInputObjectType && diepte < 4) return Object.values(type.getFields()).some((f) => f.name === 'leerlingId' || heeftId(veld, f.type, diepte + 1, f.name));
  return false;
};

function selectie(f: GraphQLField<unknown, unknown>): string {
  const t = getNamedType(f.type);
  return isLeafType(t) ? '' : t instanceof GraphQLObjectType ? '{ __typename }' : '{ __typename }';
}

function document(soort: 'query' | 'mutation', f: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[]): string {
  const verplicht = args.filter((a) => (a.type instanceof GraphQLNonNull && a.defaultValue === undefined) || heeftId(f.name, a.type, 0, a.name));
  const def = verplicht.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const aanroep = verplicht.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${soort}${def ? `(${def})` : ''} { ${f.name}${aanroep ? `(${aanroep})` : ''} ${selectie(f)} }`;
}

/** every (operation type, field) with an id of a leerling or of its facts somewhere in its arguments */
function idVelden(): { soort: 'query' | 'mutation'; f: GraphQLField<unknown, unknown> }[] {
  const s = maakSchema();
  const uit: { soort: 'query' | 'mutation'; f: GraphQLField<unknown, unknown> }[] = [];
  for (const [soort, type] of [['query', s.getQueryType()], ['mutation', s.getMutationType()]] as const) {
    for (const f of Object.values(type?.getFields() ?? {})) if (f.args.some((a) => heeftId(f.name, a.type, 0, a.name))) uit.push({ soort, f });
  }
  return uit;
}

const zonderIds = (x: unknown, ids: string[]) => { let t = JSON.stringify(x); for (const id of ids) t = t.split(id).join('<id>'); return t; };

beforeAll(async () => {
  client = await startClient({ sleutels: [schoolA, schoolB, lpaA, lpaB, rmcA].map((t) => t.regel) });
  await zaai('A', schoolA, lpaA);
  await zaai('B', schoolB, lpaB);
});
afterAll(() => client.stop());

it('finds the operations to check in the schema', () => {
  const namen = idVelden().map((v) => v.f.name);
  for (const n of ['leerling', 'wijzigLeerling', 'voegFeitenToe', 'verwijderFeiten', 'beeindigInschrijving', 'verwijderLeerling', 'importeerVerzuim', 'registreerMelding', 'wijzigMeldingstatus', 'melding']) expect(namen).toContain(n);
});

// who may not reach side B (and A, for the B-side keys)
const gevallen: [Tenant, 'A' | 'B'][] = [[schoolA, 'B'], [lpaA, 'B'], [rmcA, 'B'], [schoolB, 'A'], [lpaB, 'A'], [publiek, 'B']];

describe.each(gevallen.map(([t, v]) => [t.naam, t, v] as const))('%s against the other tenant', (_naam, tenant, vreemd) => {
  it('gets the same answer as for a non-existent id from every operation, and changes nothing', async () => {
    const voor = await stand(vreemd);
    const gezien: string[] = [];
    for (const { soort, f } of idVelden()) {
      const verplicht = f.args.filter((a) => (a.type instanceof GraphQLNonNull && a.defaultValue === undefined) || heeftId(f.name, a.type, 0, a.name));
      const doc = document(soort, f, f.args);
      const nep: Partial<Record<Soort, string>> = Object.fromEntries((Object.keys(data[vreemd]) as Soort[]).map((k) => [k, randomUUID()]));
      const varsVreemd = Object.fromEntries(verplicht.map((a) => [a.name, voorbeeld(f.name, a.name, a.type, data[vreemd], tenant)]));
      const varsNep = Object.fromEntries(verplicht.map((a) => [a.name, voorbeeld(f.name, a.name, a.type, nep, tenant)]));
      for (const k of ['idempotentieSleutel']) if (k in varsNep) varsNep[k] = varsVreemd[k] = randomUUID();
      const a = await vraag(doc, varsVreemd, tenant);
      const b = await vraag(doc, varsNep, tenant);
      const codes = (a.errors ?? []).map((e) => e.extensions?.code);
      // the foreign id must never succeed, and must answer exactly as an unknown one
      expect({ veld: f.name, data: a.data ?? null }).toEqual({ veld: f.name, data: null });
      expect({ veld: f.name, codes }).toEqual({ veld: f.name, codes: [tenant.sleutel ? 'FORBIDDEN' : 'UNAUTHENTICATED'] });
      expect(zonderIds({ status: a.status, errors: a.errors }, Object.values(data[vreemd]))).toBe(zonderIds({ status: b.status, errors: b.errors }, Object.values(nep)));
      gezien.push(f.name);
    }
    expect(await stand(vreemd)).toBe(voor);
    expect(gezien.length).toBeGreaterThanOrEqual(10);
  });

  it('never lists the other tenant in a list query', async () => {
    if (!tenant.sleutel) return;
    const ander = vreemd === 'A' ? { gemeente: lpaA.gemeente!, brin: schoolA.brin! } : { gemeente: lpaB.gemeente!, brin: schoolB.brin! };
    const lijsten = [
      '{ leerlingen(eerste: 1000) { id } }', '{ meldingen(peildatum: "2024-03-15") { leerlingId } }',
      `{ leerlingen(eerste: 1000, gemeente: "${ander.gemeente}") { id } }`, `{ leerlingen(eerste: 1000, brin: "${ander.brin}") { id } }`,
      `{ meldingenOverzicht(peildatum: "2024-03-15") { meldingen { leerlingId } fouten { leerlingId } } }`, '{ identiteitsmeldingen { leerlingId } }',
    ];
    for (const q of lijsten) {
      const a = await vraag(q, {}, tenant);
      expect(JSON.stringify(a)).not.toContain(data[vreemd].leerling!);
    }
    // the other tenant's figures: refused
    const geweigerd = [`{ jaarcijfers(gemeente: "${ander.gemeente}", schooljaar: "2023/2024") { leerlingen } }`];
    // a gemeente's key may narrow its own list by any BRIN (answered: only its own leerlingen); a school may not name another's
    if (tenant.regel.rol === 'SCHOOL') geweigerd.push(`{ meldingen(peildatum: "2024-03-15", brin: "${ander.brin}") { leerlingId } }`);
    for (const q of geweigerd) {
      const a = await vraag(q, {}, tenant);
      expect({ q, data: a.data ?? null, code: a.errors?.[0]?.extensions?.code }).toEqual({ q, data: null, code: 'FORBIDDEN' });
    }
  });
});
