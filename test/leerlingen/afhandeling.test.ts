// Case work on a melding (afhandeling): opened by the leerplichtambtenaar of the woongemeente, with
// maatregelen on dates and closed with an outcome; each step audited, owned by that gemeente,
// validated. The rules inform (wettelijkeRoutes; a waarschuwing on a maatregel whose route they do
// not open), the officer decides. Tenant codes 4201–4299 (helper d2): gemeenten 4211–4213, BRIN 42EA/42EB.
import { randomUUID } from 'node:crypto';
import { maatregelenPerSoort } from '../../src/store/afhandelingen';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { formatDatum, vandaag } from '../../src/time/dag';
import { startClient, type Client } from '../api/client';

jest.setTimeout(120_000);

const school = nieuweSleutel({ rol: 'SCHOOL', brin: '42EA', naam: 'School 42EA' });
const schoolB = nieuweSleutel({ rol: 'SCHOOL', brin: '42EB', naam: 'School 42EB' });
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '4211', naam: 'Leerplicht 4211' });
const lpaB = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '4212', naam: 'Leerplicht 4212' });
const rmc = nieuweSleutel({ rol: 'RMC', regio: 'Regio 4211', gemeenten: ['4211', '4213'], naam: 'RMC 4211' });

let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [school, schoolB, lpa, lpaB, rmc].map((k) => k.regel) }); });
afterAll(async () => { await client.stop(); });

type Antwoord = { status: number; data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const vraag = (query: string, variables: Record<string, unknown>, k: { sleutel: string }): Promise<Antwoord> => client.ruw({ query, variables }, { authorization: `Bearer ${k.sleutel}` }) as Promise<Antwoord>;
async function moet(query: string, variables: Record<string, unknown>, k: { sleutel: string }) {
  const a = await vraag(query, variables, k);
  if (a.errors) throw new Error(JSON.stringify(a.errors));
  return a.data;
}
const fout = (a: Antwoord) => ({ data: a.data ?? null, code: a.errors?.[0]?.extensions?.code, message: a.errors?.[0]?.message });

// 16 unexcused hours in one lesweek (MIDDEN, January 2024): a ZESTIEN_UUR melding ending 2024-01-11 (art 21a)
const ZESTIEN = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));

async function leerling(geboortedatum: string, o: { onderwijs?: string; eerderHalt?: boolean } = {}): Promise<string> {
  const d = await moet('mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id } }', {
    l: { geboortedatum, gemeente: '4211', vakantieregio: 'MIDDEN', ...(o.eerderHalt ? { eerderHaltVoorSchoolverzuim: true } : {}), feiten: { inschrijvingen: [{ brin: '42EA', onderwijs: o.onderwijs ?? 'VMBO', vanaf: '2023-08-21' }], verzuim: ZESTIEN } },
  }, school);
  return d.maakLeerling.id;
}

/** Records the first melding the rules give for the leerling up to 2024-03-15. */
async function melding(leerlingId: string): Promise<{ id: string; einddatum: string }> {
  const lijst = (await moet('query { meldingen(peildatum: "2024-03-15") { leerlingId soort einddatum } }', {}, school)).meldingen.filter((m: any) => m.leerlingId === leerlingId);
  if (lijst.length === 0) throw new Error('the rules give no melding');
  const m = lijst[0];
  const r = await moet('mutation($id: ID!, $s: Meldingsoort!, $e: LocalDate!) { registreerMelding(leerlingId: $id, soort: $s, einddatum: $e, peildatum: "2024-03-15") { id einddatum } }', { id: leerlingId, s: m.soort, e: m.einddatum }, school);
  return r.registreerMelding;
}

const AFH = 'id meldingId leerlingId gemeente route geopendOp geslotenOp uitkomst toelichting open maatregelen { soort datum betrokkene toelichting waarschuwingen { code regels } }';
const OPEN = `mutation($m: ID!, $d: LocalDate!, $r: MasRoute, $t: String) { openAfhandeling(meldingId: $m, geopendOp: $d, route: $r, toelichting: $t) { ${AFH} } }`;
const MAATREGEL = `mutation($m: ID!, $x: MaatregelInput!) { voegMaatregelToe(meldingId: $m, maatregel: $x) { waarschuwingen { code bericht regels } maatregel { id soort } afhandeling { ${AFH} } } }`;
const SLUIT = `mutation($m: ID!, $d: LocalDate!, $u: Afhandelingsuitkomst!) { sluitAfhandeling(meldingId: $m, geslotenOp: $d, uitkomst: $u) { ${AFH} } }`;
const ROUTE = 'mutation($m: ID!, $r: MasRoute!) { wijzigMasRoute(meldingId: $m, route: $r) { route } }';
const LEES = `query($id: ID!) { melding(id: $id) { status historie { van naar door } afhandeling { ${AFH} } } }`;
const open = (m: string, d: string, k = lpa, r: string | null = null) => vraag(OPEN, { m, d, r, t: null }, k);
const maatregel = (m: string, x: Record<string, unknown>, k = lpa) => vraag(MAATREGEL, { m, x }, k);

describe('afhandeling', () => {
  it('follows the lifecycle: open (melding IN_BEHANDELING), route, maatregelen, close (AFGESLOTEN), every step audited', async () => {
    const l = await leerling('2011-09-01');
    const m = await melding(l);
    const o = await vraag(OPEN, { m: m.id, d: '2024-01-15', r: 'VRIJWILLIGE_JEUGDHULP', t: 'gesprek gepland' }, lpa);
    expect(o.errors).toBeUndefined();
    expect(o.data.openAfhandeling).toMatchObject({ meldingId: m.id, leerlingId: l, gemeente: '4211', route: 'VRIJWILLIGE_JEUGDHULP', geopendOp: '2024-01-15', geslotenOp: null, uitkomst: null, toelichting: 'gesprek gepland', open: true, maatregelen: [] });
    await moet(MAATREGEL, { m: m.id, x: { soort: 'PREVENTIEF_GESPREK', datum: '2024-01-18', betrokkene: 'OUDERS', toelichting: 'met moeder' } }, lpa);
    await moet(MAATREGEL, { m: m.id, x: { soort: 'WAARSCHUWING', datum: '2024-01-18' } }, lpa);
    expect((await moet(ROUTE, { m: m.id, r: 'HALT' }, lpa)).wijzigMasRoute.route).toBe('HALT');
    const halt = await maatregel(m.id, { soort: 'HALT_VERWIJZING', datum: '2024-02-01', betrokkene: 'JONGERE' });
    // 12 years old, 16 hours in this schooljaar (9–60), never referred before: Halt is open, no waarschuwing
    expect(halt.data.voegMaatregelToe.waarschuwingen).toEqual([]);
    const dicht = await vraag(SLUIT, { m: m.id, d: '2024-03-01', u: 'HALT_AFGEROND' }, lpa);
    expect(dicht.errors).toBeUndefined();
    expect(dicht.data.sluitAfhandeling).toMatchObject({ geslotenOp: '2024-03-01', uitkomst: 'HALT_AFGEROND', open: false, route: 'HALT' });
    expect(dicht.data.sluitAfhandeling.maatregelen.map((x: any) => [x.soort, x.datum, x.betrokkene])).toEqual([
      ['PREVENTIEF_GESPREK', '2024-01-18', 'OUDERS'], ['WAARSCHUWING', '2024-01-18', null], ['HALT_VERWIJZING', '2024-02-01', 'JONGERE'],
    ]);
    const gelezen = (await moet(LEES, { id: m.id }, lpa)).melding;
    expect(gelezen.status).toBe('AFGESLOTEN');
    expect(gelezen.historie.map((h: any) => [h.van, h.naar, h.door])).toEqual([[null, 'GEREGISTREERD', 'School 42EA'], ['GEREGISTREERD', 'IN_BEHANDELING', 'Leerplicht 4211'], ['IN_BEHANDELING', 'AFGESLOTEN', 'Leerplicht 4211']]);
    expect(gelezen.afhandeling).toEqual(dicht.data.sluitAfhandeling);
    const audit = (await moet('query($id: ID!) { auditlog(leerlingId: $id) { operatie onderwerp naam velden { veld } } }', { id: l }, lpa)).auditlog;
    expect(audit.filter((r: any) => r.naam === 'Leerplicht 4211').map((r: any) => [r.operatie, r.onderwerp])).toEqual([
      ['openAfhandeling', 'afhandeling'], ['wijzigMeldingstatus', 'melding'], ['voegMaatregelToe', 'maatregel'], ['voegMaatregelToe', 'maatregel'],
      ['wijzigMasRoute', 'afhandeling'], ['voegMaatregelToe', 'maatregel'], ['sluitAfhandeling', 'afhandeling'], ['wijzigMeldingstatus', 'melding'],
    ]);
    // free text stays out of the audit trail
    expect(JSON.stringify(audit)).not.toContain('moeder');
    // a closed afhandeling takes nothing more
    expect(fout(await maatregel(m.id, { soort: 'WAARSCHUWING', datum: '2024-03-02' }))).toMatchObject({ data: null, code: 'BAD_USER_INPUT', message: `meldingId: the afhandeling of melding ${m.id} was closed on 2024-03-01` });
  });

  it('answers what the rules say, and records a maatregel they do not open with a waarschuwing', async () => {
    // 12 on 2024-01-11: art 22 lid 1 (hear the parents), lid 2 (proces-verbaal against them), lid 3 (hear the jongere); Halt (policy: 12 to 18, 9–60 hours)
    const l12 = await leerling('2011-09-01');
    const m12 = await melding(l12);
    await moet(OPEN, { m: m12.id, d: '2024-01-12', r: null, t: null }, lpa);
    const routes = (await moet(`query($id: ID!) { melding(id: $id) { afhandeling { wettelijkeRoutes { feitdatum leeftijd routes { route uitleg { regel } } oudersStrafbaar jongereStrafbaar haltMogelijk }
      weigert: wettelijkeRoutes(jongereWeigert: true) { routes { route } } } } }`, { id: m12.id }, lpa)).melding.afhandeling;
    expect(routes.wettelijkeRoutes).toMatchObject({ feitdatum: '2024-01-11', leeftijd: 12, oudersStrafbaar: true, jongereStrafbaar: true, haltMogelijk: true });
    const namen = routes.wettelijkeRoutes.routes.map((r: any) => r.route);
    for (const r of ['HOREN_OUDERS', 'PROCES_VERBAAL_OUDERS', 'HOREN_JONGERE', 'HALT']) expect(namen).toContain(r);
    expect(namen).not.toContain('PROCES_VERBAAL_JONGERE'); // only when the jongere, heard, refuses (art 22 lid 3, second sentence)
    expect(routes.weigert.routes.map((r: any) => r.route)).toContain('PROCES_VERBAAL_JONGERE');
    const pvJongere = await maatregel(m12.id, { soort: 'PROCES_VERBAAL', datum: '2024-02-01', betrokkene: 'JONGERE' });
    expect(pvJongere.data.voegMaatregelToe.waarschuwingen.map((w: any) => w.code)).toEqual(['ROUTE_NIET_OPEN_PROCES_VERBAAL_JONGERE']);
    const pvGeweigerd = await maatregel(m12.id, { soort: 'PROCES_VERBAAL', datum: '2024-02-02', betrokkene: 'JONGERE', jongereWeigert: true });
    expect(pvGeweigerd.data.voegMaatregelToe.waarschuwingen).toEqual([]);
    expect((await maatregel(m12.id, { soort: 'PROCES_VERBAAL', datum: '2024-02-02', betrokkene: 'OUDERS' })).data.voegMaatregelToe.waarschuwingen).toEqual([]);

    // 11 on 2024-01-11: under 12 Halt is closed (policy 12–18), and the jongere has no duty of its own (art 2 lid 3)
    const l11 = await leerling('2012-09-01');
    const m11 = await melding(l11);
    await moet(OPEN, { m: m11.id, d: '2024-01-12', r: null, t: null }, lpa);
    const halt11 = await maatregel(m11.id, { soort: 'HALT_VERWIJZING', datum: '2024-01-20' });
    expect(halt11.errors).toBeUndefined();
    expect(halt11.data.voegMaatregelToe.waarschuwingen.map((w: any) => w.code)).toEqual(['ROUTE_NIET_OPEN_HALT']);
    expect(halt11.data.voegMaatregelToe.waarschuwingen[0].bericht).toMatch(/^De regels openen op 2024-01-11 \(leeftijd 11\) de route HALT niet/);
    expect(halt11.data.voegMaatregelToe.maatregel.soort).toBe('HALT_VERWIJZING'); // recorded all the same: the officer decides
    const pv11 = await maatregel(m11.id, { soort: 'PROCES_VERBAAL', datum: '2024-01-20', betrokkene: 'JONGERE', jongereWeigert: true });
    expect(pv11.data.voegMaatregelToe.waarschuwingen.map((w: any) => w.code)).toEqual(['ROUTE_NIET_OPEN_PROCES_VERBAAL_JONGERE']);

    // 19 on 2024-01-11, at an mbo without startkwalificatie: past leerplicht and kwalificatieplicht (art 4a ends at 18),
    // so Halt (12 to 18) is closed, and so are the art 22 routes against the ouders
    const l19 = await leerling('2004-09-01', { onderwijs: 'MBO' });
    const m19 = await melding(l19);
    await moet(OPEN, { m: m19.id, d: m19.einddatum, r: null, t: null }, lpa);
    const halt19 = await maatregel(m19.id, { soort: 'HALT_VERWIJZING', datum: m19.einddatum });
    expect(halt19.data.voegMaatregelToe.waarschuwingen.map((w: any) => w.code)).toEqual(['ROUTE_NIET_OPEN_HALT']);
    expect(halt19.data.voegMaatregelToe.waarschuwingen[0].bericht).toMatch(/\(leeftijd 19\) de route HALT niet/);
    const r19 = (await moet('query($id: ID!) { melding(id: $id) { afhandeling { wettelijkeRoutes { leeftijd routes { route } oudersStrafbaar haltMogelijk } } } }', { id: m19.id }, lpa)).melding.afhandeling.wettelijkeRoutes;
    expect(r19).toEqual({ leeftijd: 19, routes: [], oudersStrafbaar: false, haltMogelijk: false });

    // referred to Halt for schoolverzuim before: Halt is closed (policy)
    const lHalt = await leerling('2011-09-01', { eerderHalt: true });
    const mHalt = await melding(lHalt);
    await moet(OPEN, { m: mHalt.id, d: '2024-01-12', r: null, t: null }, lpa);
    expect((await maatregel(mHalt.id, { soort: 'HALT_VERWIJZING', datum: '2024-01-20' })).data.voegMaatregelToe.waarschuwingen.map((w: any) => w.code)).toEqual(['ROUTE_NIET_OPEN_HALT']);

    // stored waarschuwingen are read back with the maatregel
    const terug = (await moet(LEES, { id: m11.id }, lpa)).melding.afhandeling.maatregelen;
    expect(terug.map((x: any) => x.waarschuwingen.map((w: any) => w.code))).toEqual([['ROUTE_NIET_OPEN_HALT'], ['ROUTE_NIET_OPEN_PROCES_VERBAAL_JONGERE']]);
  });

  it('refuses bad input naming the field', async () => {
    const l = await leerling('2011-09-01');
    const m = await melding(l);
    const morgen = formatDatum(vandaag() + 1);
    expect(fout(await open(m.id, '2024-01-10'))).toMatchObject({ data: null, code: 'BAD_USER_INPUT', message: 'geopendOp: 2024-01-10 lies before the melding\'s einddatum 2024-01-11' });
    expect(fout(await open(m.id, morgen))).toMatchObject({ code: 'BAD_USER_INPUT', message: `geopendOp: ${morgen} lies after today (${formatDatum(vandaag())})` });
    expect(fout(await maatregel(m.id, { soort: 'WAARSCHUWING', datum: '2024-01-20' }))).toMatchObject({ code: 'BAD_USER_INPUT', message: `meldingId: melding ${m.id} has no afhandeling (openAfhandeling first)` });
    await moet(OPEN, { m: m.id, d: '2024-01-15', r: null, t: null }, lpa);
    expect(fout(await open(m.id, '2024-01-16'))).toMatchObject({ code: 'BAD_USER_INPUT', message: `meldingId: melding ${m.id} already has an afhandeling (opened on 2024-01-15)` });
    expect(fout(await maatregel(m.id, { soort: 'WAARSCHUWING', datum: '2024-01-14' }))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'maatregel.datum: 2024-01-14 lies before geopendOp 2024-01-15' });
    expect(fout(await maatregel(m.id, { soort: 'WAARSCHUWING', datum: '2024-02-30' }))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'maatregel.datum: 2024-02-30 is not a date' });
    expect(fout(await maatregel(m.id, { soort: 'PROCES_VERBAAL', datum: '2024-01-20' }))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'maatregel.betrokkene: required for a PROCES_VERBAAL (OUDERS: art 22 lid 2, JONGERE: art 22 lid 3)' });
    await moet(MAATREGEL, { m: m.id, x: { soort: 'WAARSCHUWING', datum: '2024-02-05' } }, lpa);
    expect(fout(await vraag(SLUIT, { m: m.id, d: '2024-02-04', u: 'VERZUIM_BEEINDIGD' }, lpa))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'geslotenOp: 2024-02-04 lies before the last maatregel 2024-02-05' });
    expect((await vraag(SLUIT, { m: m.id, d: '2024-02-05', u: 'VERZUIM_BEEINDIGD' }, lpa)).errors).toBeUndefined();
    // a withdrawn melding gets no afhandeling
    const l2 = await leerling('2011-09-01');
    const m2 = await melding(l2);
    await moet('mutation($id: ID!) { wijzigMeldingstatus(id: $id, status: INGETROKKEN) { status } }', { id: m2.id }, school);
    expect(fout(await open(m2.id, '2024-01-15'))).toMatchObject({ code: 'BAD_USER_INPUT', message: `meldingId: melding ${m2.id} is INGETROKKEN: no afhandeling can be opened on it` });
    // two opens at once: one afhandeling
    const l3 = await leerling('2011-09-01');
    const m3 = await melding(l3);
    const samen = await Promise.all([1, 2, 3].map(() => open(m3.id, '2024-01-15')));
    expect(samen.filter((a) => !a.errors).length).toBe(1);
    expect(samen.filter((a) => a.errors).map((a) => a.errors![0].extensions!.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it('belongs to the gemeente: others are refused as for an unknown melding; a school does not read it; RMC reads', async () => {
    const l = await leerling('2011-09-01');
    const m = await melding(l);
    const onbekend = randomUUID();
    const zonderId = (a: Antwoord, id: string) => JSON.stringify({ status: a.status, errors: a.errors }).split(id).join('<id>');
    // another gemeente, a school, an RMC key, and PUBLIC: the same answer as for an id that does not exist
    for (const [k, code] of [[lpaB, 'FORBIDDEN'], [school, 'FORBIDDEN'], [schoolB, 'FORBIDDEN'], [rmc, 'FORBIDDEN']] as const) {
      for (const doc of [(id: string) => vraag(OPEN, { m: id, d: '2024-01-15', r: null, t: null }, k), (id: string) => maatregel(id, { soort: 'WAARSCHUWING', datum: '2024-01-20' }, k), (id: string) => vraag(SLUIT, { m: id, d: '2024-01-20', u: 'OVERIG' }, k), (id: string) => vraag(ROUTE, { m: id, r: 'HALT' }, k)]) {
        const a = await doc(m.id);
        const b = await doc(onbekend);
        expect(fout(a)).toMatchObject({ data: null, code });
        expect(zonderId(a, m.id)).toBe(zonderId(b, onbekend));
      }
    }
    expect((await client.ruw({ query: OPEN, variables: { m: m.id, d: '2024-01-15' } })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(fout(await maatregel('niet-een-id', { soort: 'WAARSCHUWING', datum: '2024-01-20' }))).toMatchObject({ data: null, code: 'FORBIDDEN', message: 'meldingId: melding niet-een-id does not exist or is not accessible with this key' });
    expect(fout(await maatregel(m.id, { soort: 'WAARSCHUWING', datum: '2024-01-20', toelichting: 'a\u0007b' }))).toMatchObject({ data: null, code: 'BAD_USER_INPUT' });
    await moet(OPEN, { m: m.id, d: '2024-01-15', r: 'HALT', t: null }, lpa);
    // the school sees the melding (IN_BEHANDELING) but not the case work
    const s = await vraag('query($id: ID!) { melding(id: $id) { status afhandeling { id } } }', { id: m.id }, school);
    expect(s.data.melding).toEqual({ status: 'IN_BEHANDELING', afhandeling: null });
    expect(s.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['melding', 'afhandeling'] });
    const viaRmc = (await moet('query($id: ID!) { leerling(id: $id) { meldingen { id afhandeling { gemeente route open } } } }', { id: l }, rmc)).leerling.meldingen;
    expect(viaRmc).toEqual([{ id: m.id, afhandeling: { gemeente: '4211', route: 'HALT', open: true } }]);
    // after a move the new gemeente reads its leerling but not this case, and changes nothing in it; the owner still closes it
    await moet('mutation($id: ID!) { verhuisLeerling(leerlingId: $id, gemeente: "4212", datum: "2024-02-01") { gemeente } }', { id: l }, lpa);
    expect(fout(await maatregel(m.id, { soort: 'WAARSCHUWING', datum: '2024-02-05' }, lpaB))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await maatregel(m.id, { soort: 'WAARSCHUWING', datum: '2024-02-05' }, lpa)).errors).toBeUndefined();
    expect((await vraag(SLUIT, { m: m.id, d: '2024-02-06', u: 'VERHUISD' }, lpa)).data.sluitAfhandeling.uitkomst).toBe('VERHUISD');
    // counted for the jaarcijfers by the woongemeente on the maatregel's datum: the new gemeente's, though the case is the old one's
    const em = client.server.context.orm!.em.fork();
    expect(await maatregelenPerSoort(em, ['4212'], '2024-02-05', '2024-02-05')).toEqual([{ gemeente: '4212', soort: 'WAARSCHUWING', aantal: 1 }]);
    expect(await maatregelenPerSoort(em, ['4213'], '2024-01-01', '2024-12-31')).toEqual([]);
  });
});
