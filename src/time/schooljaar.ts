// A schooljaar runs from 1 August to 31 July and is named by its start year Y ("Y/Y+1").
import { Dag, dag, datumGetal } from './dag';

// Module-local alias: a global lookup of Math is slow inside vm contexts such as jest's.
const floor = Math.floor;

export function schooljaarVan(d: Dag): number {
  const g = datumGetal(d);
  const jaar = floor(g / 10000);
  return floor(g / 100) % 100 >= 8 ? jaar : jaar - 1;
}

export function beginSchooljaar(jaar: number): Dag {
  return dag(jaar, 8, 1);
}

export function eindeSchooljaar(jaar: number): Dag {
  return dag(jaar + 1, 7, 31);
}

/** Accepts exactly "YYYY/YYYY" with consecutive years. */
export function parseSchooljaar(s: string): number | null {
  const m = /^(\d{4})\/(\d{4})$/.exec(s);
  if (m === null) return null;
  const van = Number(m[1]);
  return Number(m[2]) === van + 1 ? van : null;
}

export function formatSchooljaar(jaar: number): string {
  return `${String(jaar).padStart(4, '0')}/${String(jaar + 1).padStart(4, '0')}`;
}
