// The log module on its own: BSN masking, internal errors (database errors above all) and the
// one-line-per-request HTTP log on a bare node:http server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DatabaseError } from 'pg';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { logFout, logger, maakHttpLog, maakLogger, verzoekInfo, zonderBsn, type Logger } from '../../src/server/log';

function vangst(niveau = 'info'): { log: Logger; regels: () => Record<string, any>[]; tekst: () => string } {
  const ruw: string[] = [];
  const log = maakLogger({ bestemming: { write: (s: string) => void ruw.push(s) }, niveau });
  const tekst = () => ruw.join('');
  return { log, tekst, regels: () => tekst().split('\n').filter(Boolean).map((r) => JSON.parse(r)) };
}

const BSN = '111222333';
const SPELLINGEN = ['111222333', '111.222.333', '111 222 333', '111-222-333'];

describe('zonderBsn', () => {
  it.each([...SPELLINGEN, '1112.22.333', '123456782', '123.456.782', '123 456 782', '123-456-782'])('masks %s', (s) => {
    expect(zonderBsn(`bsn ${s} staat al`)).toBe('bsn ••••••••• staat al');
  });

  it('masks nine digits inside longer text and runs of 8-10 digits generally', () => {
    expect(zonderBsn('Failing row contains (abc, 2012-05-14, 0363, x111222333y, null)')).toBe('Failing row contains (abc, 2012-05-14, 0363, x•••••••••y, null)');
    expect(zonderBsn('key=11122233')).not.toContain('11122233');
    expect(zonderBsn('tel 0612345678')).not.toContain('0612345678');
    expect(zonderBsn('(111222333,Jan)')).toBe('(•••••••••,Jan)');
    expect(zonderBsn('111222333111222333')).not.toMatch(/\d{4}/);
  });

  it('leaves dates, schooljaren, times and short numbers readable', () => {
    for (const s of ['2024-03-15', '15-03-2024', '15.03.2024', '2024/03/15', '2023/2024', '2024-03-15T10:11:12.123Z', 'op 2024-03-15 om 10 uur', '0363', '12AB', 'records[3000].uren: 25 hours', 'status 404', '1234567'])
      expect(zonderBsn(s)).toBe(s);
  });
});

// a pg DatabaseError as node-postgres makes it, and MikroORM's wrapper around it: both carry the
// statement, the parameter values and the failing row
function pgFout(sql: string): DatabaseError & Record<string, unknown> {
  const e = new DatabaseError(`duplicate key value violates unique constraint "leerling_bsn_unique" (${BSN}, Jan Jansen)`, 120, 'error') as DatabaseError & Record<string, unknown>;
  Object.assign(e, {
    severity: 'ERROR', code: '23505', constraint: 'leerling_bsn_unique', table: 'leerling', column: 'bsn', schema: 'public',
    detail: `Failing row contains (0b6f…, 2012-05-14, 0363, ${BSN}, Jan Jansen).`, where: `PL/pgSQL function weiger() line 1 at RAISE: ${BSN}`,
    sql, query: sql, parameters: [BSN, 'Jan Jansen', '111.222.333'],
  });
  return e;
}

describe('logFout', () => {
  const groteSql = `insert into "leerling" ("bsn", "naam") values ${Array.from({ length: 30_000 }, () => `('${BSN}', 'Jan Jansen')`).join(', ')}`;
  expect(groteSql.length).toBeGreaterThan(600_000);

  it.each([
    ['pg DatabaseError', () => pgFout(groteSql)],
    ['MikroORM UniqueConstraintViolationException', () => {
      const oorzaak = pgFout(groteSql);
      oorzaak.message = `${groteSql} - ${oorzaak.message}`; // knex prefixes the statement with its values
      return new UniqueConstraintViolationException(oorzaak);
    }],
  ])('logs a %s by name, code, constraint, table and column only, < 8 KB', (_naam, maak) => {
    const v = vangst();
    logFout(maak(), v.log, { pad: 'maakLeerling' });
    const regels = v.regels();
    expect(regels).toHaveLength(1);
    const [r] = regels;
    expect(r.level).toBe('error');
    expect(r.err).toMatchObject({ code: '23505', constraint: 'leerling_bsn_unique', table: 'leerling', column: 'bsn' });
    expect(r.err.name).toMatch(/DatabaseError|UniqueConstraintViolationException/);
    expect(r.pad).toBe('maakLeerling');
    const tekst = v.tekst();
    expect(Buffer.byteLength(tekst)).toBeLessThan(8 * 1024);
    for (const s of [...SPELLINGEN, 'Jan', 'Jansen', 'insert', 'Failing row', 'PL/pgSQL', 'values']) expect(tekst).not.toContain(s);
  });

  it('logs an ordinary error with name, masked message and at most 20 stack frames, < 8 KB', () => {
    const v = vangst();
    const diep = (n: number): Error => (n === 0 ? new Error(`geweigerd: ${BSN} / 111.222.333 ${'x'.repeat(700_000)}`) : diep(n - 1));
    const vorige = Error.stackTraceLimit;
    Error.stackTraceLimit = 60;
    let e: Error;
    try { e = diep(50); } finally { Error.stackTraceLimit = vorige; }
    e.stack = `${e.stack}\n${'    at iets (/pad/111222333.ts:1:1)\n'.repeat(5)}`;
    logFout(e, v.log);
    const [r] = v.regels();
    expect(r).toMatchObject({ level: 'error', err: { name: 'Error' } });
    expect(r.err.message).toMatch(/^geweigerd: ••••••••• \/ ••••••••• x+/);
    expect(r.err.stack.filter((f: string) => f.startsWith('at ')).length).toBeLessThanOrEqual(20);
    expect(Buffer.byteLength(v.tekst())).toBeLessThan(8 * 1024);
    for (const s of SPELLINGEN) expect(v.tekst()).not.toContain(s);
  });

  it('a database error as cause, a thrown string and a huge extra stay safe and bounded', () => {
    const v = vangst();
    logFout(new Error('opslaan mislukt', { cause: pgFout('select 1') }), v.log);
    logFout(`kapot bij ${BSN}`, v.log);
    logFout(new Error('x'), v.log, { bsn: BSN, sql: 'select', parameters: [BSN], groot: 'y'.repeat(100_000), diep: { naam: 'Jan Jansen', sleutel: 'lpk_geheim' } });
    const [a, b, c] = v.regels();
    expect(a.err.cause).toMatchObject({ code: '23505', table: 'leerling' });
    expect(b.err.message).toBe('kapot bij •••••••••');
    expect(c.err.message).toBe('x');
    for (const regel of v.tekst().split('\n')) expect(Buffer.byteLength(regel)).toBeLessThan(8 * 1024);
    for (const s of [...SPELLINGEN, 'Jan', 'lpk_geheim', 'Failing']) expect(v.tekst()).not.toContain(s);
  });

  it('keeps working with one argument, on the default logger', () => {
    const spion = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    try {
      logFout(new Error(`geweigerd: ${BSN}`));
      expect(spion).toHaveBeenCalledTimes(1);
      expect(JSON.stringify(spion.mock.calls[0])).not.toContain(BSN);
    } finally {
      spion.mockRestore();
    }
  });
});

describe('the logger', () => {
  it('redacts secret keys at any depth, masks BSNs in messages, and never logs a raw database message', () => {
    const v = vangst();
    v.log.info({ authorization: 'Bearer lpk_a', headers: { 'x-api-key': 'lpk_b', cookie: 'c=lpk_c' }, a: { b: { bsn: BSN, naam: 'Jan Jansen', c: { d: { password: 'pw', query: '{ q }', variables: { x: 1 } } } } } }, 'bsn %s', '111 222 333');
    v.log.error(pgFout('insert into x'));
    v.log.warn({ err: pgFout('insert into x') });
    const tekst = v.tekst();
    for (const s of [...SPELLINGEN, 'lpk_', 'Jan', 'pw', '{ q }', 'insert', 'Failing']) expect(tekst).not.toContain(s);
    const [info, fout, waarschuwing] = v.regels();
    expect(info.msg).toBe('bsn •••••••••');
    expect(info.authorization).toBe('[REDACTED]');
    expect(fout.err).toMatchObject({ code: '23505' });
    expect(waarschuwing.level).toBe('warn');
  });

  it('takes its level from the option, then LOG_LEVEL', () => {
    expect(maakLogger({ bestemming: { write: () => undefined }, niveau: 'warn' }).level).toBe('warn');
    const vorige = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'debug';
    try {
      expect(maakLogger({ bestemming: { write: () => undefined } }).level).toBe('debug');
    } finally {
      if (vorige === undefined) delete process.env.LOG_LEVEL; else process.env.LOG_LEVEL = vorige;
    }
    expect(maakLogger({ bestemming: { write: () => undefined }, niveau: 'nonsense' }).level).toBe('info');
  });
});

describe('maakHttpLog', () => {
  const v = vangst('debug');
  const ids: unknown[] = [];
  let server: http.Server;
  let basis: string;

  beforeAll(async () => {
    const httpLog = maakHttpLog(v.log);
    server = http.createServer((req, res) => {
      httpLog(req, res);
      ids.push((req as unknown as { id: unknown }).id);
      const url = new URL(req.url ?? '/', 'http://x');
      const info = verzoekInfo(req);
      expect(verzoekInfo(req)).toBe(info);
      info.operatie = url.searchParams.get('operatie') ?? undefined;
      info.rol = 'LEERPLICHTAMBTENAAR';
      if (url.searchParams.has('code')) info.codes.push(url.searchParams.get('code')!);
      if (url.searchParams.has('hang')) return; // never answered: the client aborts
      req.resume();
      req.on('end', () => {
        res.writeHead(Number(url.searchParams.get('status') ?? 200), { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      });
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => { server.closeAllConnections(); await new Promise((ok) => server.close(ok)); });

  const wachtOp = async (n: number) => {
    for (let i = 0; i < 200 && v.regels().length < n; i++) await new Promise((ok) => setTimeout(ok, 10));
    return v.regels();
  };

  it('writes one JSON line per request, with its reqId echoed, and never headers, bodies or query strings', async () => {
    const statussen = [200, 201, 302, 400, 404, 500, 503];
    const antwoorden: Response[] = [];
    for (const status of statussen) {
      antwoorden.push(await fetch(`${basis}/graphql?status=${status}&operatie=MaakLeerling&code=BAD_USER_INPUT&bsn=${BSN}&naam=Jan%20Jansen`, {
        method: 'POST', redirect: 'manual',
        headers: { authorization: 'Bearer lpk_GEHEIM_a', 'x-api-key': 'lpk_GEHEIM_b', cookie: 'sessie=lpk_GEHEIM_c', 'user-agent': `Jan Jansen ${BSN}` },
        body: JSON.stringify({ variables: { bsn: BSN, naam: 'Jan Jansen' } }),
      }));
    }
    const regels = await wachtOp(statussen.length);
    expect(regels).toHaveLength(statussen.length);
    regels.forEach((r, i) => {
      expect(Object.keys(r).sort()).toEqual(['codes', 'hostname', 'level', 'method', 'msg', 'operatie', 'path', 'pid', 'reqId', 'responseTime', 'rol', 'status', 'time']);
      expect(r).toMatchObject({ method: 'POST', path: '/graphql', status: statussen[i], operatie: 'MaakLeerling', rol: 'LEERPLICHTAMBTENAAR', codes: ['BAD_USER_INPUT'] });
      expect(r.level).toBe(statussen[i] >= 500 ? 'error' : statussen[i] >= 400 ? 'warn' : 'info');
      expect(typeof r.responseTime).toBe('number');
      expect(r.reqId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(antwoorden[i].headers.get('x-request-id')).toBe(r.reqId);
      expect(ids[i]).toBe(r.reqId);
    });
    const tekst = v.tekst();
    for (const s of ['lpk_', 'GEHEIM', 'Bearer', 'Jan', 'sessie', BSN, 'status=', '?', 'user-agent', 'authorization']) expect(tekst).not.toContain(s);
  });

  it('reuses a valid incoming x-request-id and replaces an invalid one', async () => {
    const voor = v.regels().length;
    const geldig = ['abc-123', 'A.b_c:d-9', 'x'.repeat(128), '0f8fad5b-d9cb-469f-a165-7086772b950e'];
    const ongeldig = ['', 'met spatie', '0f8fad5b-d9cb-469f-a165-708677289501', 'x'.repeat(129), 'y'.repeat(500), 'a/b', 'é', 'a,b', BSN, '111.222.333', '111-222-333', `req-${BSN}`, 'Jan Jansen'];
    const uit: [string, string][] = [];
    for (const id of [...geldig, ...ongeldig]) {
      const r = await fetch(`${basis}/health`, { headers: { 'x-request-id': id } });
      uit.push([id, r.headers.get('x-request-id')!]);
    }
    // a newline (or any control character) cannot travel in a header: node's parser refuses the request
    const regels = (await wachtOp(voor + uit.length)).slice(voor);
    expect(regels).toHaveLength(uit.length);
    uit.forEach(([gestuurd, terug], i) => {
      expect(regels[i].reqId).toBe(terug);
      if (i < geldig.length) expect(terug).toBe(gestuurd);
      else expect(terug).toMatch(/^[0-9a-f-]{36}$/);
    });
    for (const s of SPELLINGEN) expect(v.tekst()).not.toContain(s);
    expect(v.tekst()).not.toContain('Jan');
  });

  it('logs an aborted request once, and paths other than known routes by a placeholder', async () => {
    const voor = v.regels().length;
    await fetch(`${basis}/Jan%20Jansen/${BSN}?x=1`);
    const ac = new AbortController();
    const p = fetch(`${basis}/graphql?hang=1`, { signal: ac.signal }).catch(() => undefined);
    await new Promise((ok) => setTimeout(ok, 100));
    ac.abort();
    await p;
    const regels = (await wachtOp(voor + 2)).slice(voor);
    await new Promise((ok) => setTimeout(ok, 100));
    expect(v.regels().length - voor).toBe(2);
    expect(regels[0]).toMatchObject({ path: '(other)', status: 200 });
    expect(regels[1]).toMatchObject({ path: '/graphql', afgebroken: true, msg: 'request aborted' });
    expect(v.tekst()).not.toContain('Jan');
    expect(v.tekst()).not.toContain(BSN);
  });
});
