// Health and metrics: /health/live (process up), /health/ready (database answers, rules loaded;
// 503 otherwise), /health = ready, /metrics in Prometheus format; and the event loop stays free
// while a maximal allowed request runs on a worker thread.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import http from 'node:http';
import { startClient, type Client } from '../api/client';
import { startServer } from '../../src/server/start';
import { ALLE_VELDEN, bulkBody, situaties } from './maximaal-verzoek';

const basis = (c: Client) => c.server.url.replace('/graphql', '');

describe('health', () => {
  let client: Client;
  beforeAll(async () => { client = await startClient(); });
  afterAll(() => client.stop());

  it('is live and ready, /health is ready', async () => {
    const live = await fetch(`${basis(client)}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live' });
    for (const pad of ['/health/ready', '/health']) {
      const r = await fetch(`${basis(client)}${pad}`);
      expect(r.status).toBe(200);
      expect(await r.json()).toMatchObject({ status: 'ready', database: 'ok', regelsetHash: client.server.context.regelset.hash });
    }
  });

  it('serves Prometheus metrics: requests by operation and code, latency, evaluations, pools, event-loop lag', async () => {
    await client.ruw({ query: '{ beoordeling(situatie: { geboortedatum: "2015-01-01" }, peildatum: "2024-03-15") { leeftijd } }' });
    await client.ruw({ query: '{ beoordeling(situatie: { geboortedatum: "2015-02-30" }, peildatum: "2024-03-15") { leeftijd } }' });
    const r = await fetch(`${basis(client)}/metrics`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
    const tekst = await r.text();
    expect(tekst).toMatch(/^leerplicht_http_requests_total\{route="graphql",operatie="query beoordeling",code="OK",status="200"\} 1$/m);
    expect(tekst).toMatch(/^leerplicht_http_requests_total\{route="graphql",operatie="query beoordeling",code="BAD_USER_INPUT",status="200"\} 1$/m);
    expect(tekst).toMatch(/^leerplicht_http_request_duration_seconds_bucket\{le="0.1",route="graphql",operatie="query beoordeling"\} \d+$/m);
    expect(tekst).toMatch(/^leerplicht_evaluaties_total [1-9]\d*$/m);
    expect(tekst).toMatch(/^leerplicht_db_pool_connections\{state="free"\} \d+$/m);
    expect(tekst).toMatch(/^leerplicht_worker_threads\{state="threads"\} \d+$/m);
    expect(tekst).toMatch(/^leerplicht_nodejs_eventloop_lag_seconds [0-9.e-]+$/m);
  });

  it('echoes x-request-id on every response, and makes one when none is given', async () => {
    const eigen = await fetch(`${basis(client)}/health/live`, { headers: { 'x-request-id': 'abc-123' } });
    expect(eigen.headers.get('x-request-id')).toBe('abc-123');
    const gemaakt = await fetch(client.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(gemaakt.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps /health/live under 100 ms while a maximal allowed request (10,000 situaties, every field) runs', async () => {
    // the server runs in its own process: in this one, the test's own work (building the request,
    // reading a large answer) would share the event loop it measures
    const kind = spawn(process.execPath, ['-r', require.resolve('ts-node/register/transpile-only'), path.join(__dirname, '..', '..', 'src', 'main.ts')], {
      env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, PORT: '0', HOST: '127.0.0.1', LEERPLICHT_WORKERS_EAGER: 'true', LEERPLICHT_API_KEYS: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const poort = await new Promise<number>((ok, nietOk) => {
        let uit = '';
        kind.stdout!.on('data', (d) => { uit += d; const m = /127\.0\.0\.1:(\d+)|localhost:(\d+)/.exec(uit); if (m) ok(Number(m[1] ?? m[2])); });
        kind.on('exit', (c) => nietOk(new Error(`server exited ${c}: ${uit}`)));
      });
      const url = `http://127.0.0.1:${poort}`;
      const body = bulkBody(situaties(10_000), ALLE_VELDEN);
      // warm the worker with a small heavy request, so the figure is about evaluation, not thread start
      const stuur = (b: string) => new Promise<{ status: number; bytes: number; staart: string }>((ok, nietOk) => {
        const req = http.request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          let bytes = 0; let staart = '';
          res.on('data', (d: Buffer) => { bytes += d.length; staart = (staart + d.toString('latin1')).slice(-200); });
          res.on('end', () => ok({ status: res.statusCode!, bytes, staart }));
        });
        req.on('error', nietOk);
        req.end(b);
      });
      await stuur(bulkBody(situaties(500), 'leeftijd'));
      const peiler = spawn(process.execPath, ['-r', require.resolve('ts-node/register/transpile-only'), path.join(__dirname, 'peiler.ts'), `${url}/health/live`, '170', '20'], { stdio: ['pipe', 'pipe', 'inherit'] });
      let uit = '';
      const gestart = new Promise<void>((ok) => peiler.stdout.on('data', (d) => { uit += d; if (uit.startsWith('klaar\n')) ok(); }));
      const klaar = new Promise<void>((ok) => peiler.on('exit', () => ok()));
      await gestart;
      const t = performance.now();
      const a = await stuur(body);
      const duur = performance.now() - t;
      peiler.stdin.end();
      await klaar;
      expect(a.status).toBe(200);
      expect(a.staart).toMatch(/\}\]\}\}\s*$/); // a whole answer, no errors member after the data
      const { tijden, fouten } = JSON.parse(uit.slice('klaar\n'.length)) as { tijden: number[]; fouten: string[] };
      const gesorteerd = [...tijden].sort((x, y) => x - y);
      const p99 = gesorteerd[Math.floor(tijden.length * 0.99)];
      console.log(`maximal request ${Math.round(duur)} ms, ${(a.bytes / 1e6).toFixed(0)} MB; /health/live during it: ${tijden.length} polls, median ${gesorteerd[Math.floor(tijden.length / 2)].toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${gesorteerd.at(-1)!.toFixed(1)} ms`);
      expect(fouten).toEqual([]);
      expect(tijden.length).toBeGreaterThan(10);
      // the machine is shared (2 cores, the worker busy on one): the scheduler alone can delay one poll,
      // so 99 % of the polls must be under 100 ms and none may wait for the evaluation (seconds)
      expect(p99).toBeLessThan(100);
      expect(gesorteerd.at(-1)!).toBeLessThan(500);
    } finally {
      kind.kill('SIGTERM');
      await new Promise((r) => kind.once('exit', r));
    }
  }, 180_000);
});

describe('readiness without the database', () => {
  it('answers /health/ready 503 while the database refuses connections, 200 again after', async () => {
    const beheer = new PgClient({ connectionString: process.env.TEST_DATABASE_URL });
    await beheer.connect();
    const naam = `gereed_${process.pid}`;
    await beheer.query(`create database ${naam}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${naam}`;
    const server = await startServer({ port: 0, databaseUrl: url.toString(), sleutels: [], instellingen: { werkersVooraf: false } });
    const ready = () => fetch(server.url.replace('/graphql', '/health/ready'));
    try {
      expect((await ready()).status).toBe(200);
      await beheer.query(`alter database ${naam} allow_connections false`);
      await beheer.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [naam]);
      const weg = await ready();
      expect(weg.status).toBe(503);
      expect(await weg.json()).toMatchObject({ status: 'not ready', database: 'unreachable' });
      expect((await fetch(server.url.replace('/graphql', '/health/live'))).status).toBe(200);
      await beheer.query(`alter database ${naam} allow_connections true`);
      let terug = 0;
      for (let i = 0; i < 20 && terug !== 200; i++) { terug = (await ready()).status; if (terug !== 200) await new Promise((r) => setTimeout(r, 250)); }
      expect(terug).toBe(200);
    } finally {
      await beheer.query(`alter database ${naam} allow_connections true`).catch(() => {});
      await server.stop().catch(() => {});
      await beheer.query(`drop database if exists ${naam} with (force)`);
      await beheer.end();
    }
  }, 60_000);
});
