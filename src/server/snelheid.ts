// Rate limits (rate-limiter-flexible, in memory): requests per minute per API key, and per IP
// address for requests without a key. Above it: HTTP 429 with Retry-After (seconds).
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Toegang } from '../toegang/toegang';

export interface Oordeel { toegestaan: boolean; opnieuwNaSeconden: number }

export class Snelheidsgrens {
  private readonly perSleutel: RateLimiterMemory | null;
  private readonly perIp: RateLimiterMemory | null;

  constructor(perMinuut: { sleutel: number; publiek: number }) {
    this.perSleutel = perMinuut.sleutel > 0 ? new RateLimiterMemory({ points: perMinuut.sleutel, duration: 60 }) : null;
    this.perIp = perMinuut.publiek > 0 ? new RateLimiterMemory({ points: perMinuut.publiek, duration: 60 }) : null;
  }

  async neem(toegang: Toegang, ip: string): Promise<Oordeel> {
    const grens = toegang.rol === 'PUBLIC' ? this.perIp : this.perSleutel;
    if (!grens) return { toegestaan: true, opnieuwNaSeconden: 0 };
    try {
      await grens.consume(toegang.rol === 'PUBLIC' ? `ip:${ip}` : `sleutel:${toegang.sleutelId}`);
      return { toegestaan: true, opnieuwNaSeconden: 0 };
    } catch (e) {
      if (e instanceof RateLimiterRes) return { toegestaan: false, opnieuwNaSeconden: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
      throw e;
    }
  }
}
