// Prometheus metrics (prom-client) on /metrics: requests by operation and code, latency, evaluated
// situaties, the database pool, the worker pool, and the default process metrics (event-loop lag,
// heap, GC). Labels are schema-bounded (never a client's free text).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface PoolStand { gebruikt: number; vrij: number; wachtend: number }

export class Metrieken {
  readonly register = new Registry();
  private readonly verzoeken = new Counter({ name: 'leerplicht_http_requests_total', help: 'HTTP requests by route, GraphQL operation and outcome code', labelNames: ['route', 'operatie', 'code', 'status'] as const, registers: [this.register] });
  private readonly duur = new Histogram({ name: 'leerplicht_http_request_duration_seconds', help: 'Request latency by route and GraphQL operation', labelNames: ['route', 'operatie'] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60], registers: [this.register] });
  private readonly evaluaties = new Counter({ name: 'leerplicht_evaluaties_total', help: 'Situaties evaluated (stateless and stored)', registers: [this.register] });

  constructor(bronnen: { dbPool?: () => PoolStand | null; werkers?: () => { threads: number; wachtrij: number; afgebroken: number; delen: number } | null } = {}) {
    collectDefaultMetrics({ register: this.register, prefix: 'leerplicht_' });
    new Gauge({
      name: 'leerplicht_db_pool_connections', help: 'Database pool connections of the main thread by state', labelNames: ['state'] as const, registers: [this.register],
      collect() {
        const p = bronnen.dbPool?.();
        if (!p) return;
        this.set({ state: 'used' }, p.gebruikt); this.set({ state: 'free' }, p.vrij); this.set({ state: 'pending' }, p.wachtend);
      },
    });
    new Gauge({
      name: 'leerplicht_worker_threads', help: 'Worker threads for heavy requests, and requests waiting for one', labelNames: ['state'] as const, registers: [this.register],
      collect() {
        const w = bronnen.werkers?.();
        if (!w) return;
        this.set({ state: 'threads' }, w.threads); this.set({ state: 'queued' }, w.wachtrij);
      },
    });
    new Gauge({
      name: 'leerplicht_worker_aborted_total', help: 'Heavy requests stopped on their worker (time limit or client gone)', registers: [this.register],
      collect() { const w = bronnen.werkers?.(); if (w) this.set(w.afgebroken); },
    });
    new Gauge({
      name: 'leerplicht_list_batches_shared_total', help: 'Batches of stored lists (meldingen, jaarcijfers) evaluated by another, idle worker thread', registers: [this.register],
      collect() { const w = bronnen.werkers?.(); if (w) this.set(w.delen); },
    });
  }

  verzoek(route: string, operatie: string, codes: readonly string[], status: number, seconden: number, situaties: number): void {
    const code = codes[0] ?? (status < 400 ? 'OK' : `HTTP_${status}`);
    this.verzoeken.inc({ route, operatie, code, status: String(status) });
    this.duur.observe({ route, operatie }, seconden);
    if (situaties > 0) this.evaluaties.inc(situaties);
  }

  tekst(): Promise<string> { return this.register.metrics(); }
  get contentType(): string { return this.register.contentType; }
}

/** The main thread's knex/tarn pool, as MikroORM 6 keeps it. */
export function poolStand(orm: { em: { getConnection(): unknown } }): PoolStand | null {
  try {
    const pool = (orm.em.getConnection() as { getKnex(): { client: { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } } } }).getKnex().client.pool;
    if (!pool) return null;
    return { gebruikt: pool.numUsed(), vrij: pool.numFree(), wachtend: pool.numPendingAcquires() };
  } catch {
    return null;
  }
}
