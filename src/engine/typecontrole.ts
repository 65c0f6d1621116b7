// Type-checks a rule against the fact catalogue and the event types: unknown facts, operators or
// event params, a date compared with a number, an enum value that does not exist. Returns findings.
import { controleerFeitParams, zonderParamsLeesbaar } from '../facts/feit-params';
import type { Catalogus } from '../facts/feiten';
import type { FeitDefinitie } from '../facts/typen';
import { parseDatum } from '../time/dag';
import type { Vondst } from './fouten';
import { bedoelde } from './gelijkend';
import { OPERATOREN, vereistFeitType } from './operatoren';
import { isFeitVerwijzing, type Conditie, type RegelJson } from './regel';
import { UITKOMSTEN, type ParamDefinitie } from './uitkomsten';
import { beleidsVondsten, SIGNAAL } from './beleid/signaal';

/** Looks a fact up by name; `namen` lists the names a rule may use, for "did you mean". */
export type Zoek = ((naam: string) => FeitDefinitie | undefined) & { namen?: () => Iterable<string> };

export function zoeker(lokaal: Catalogus, situatie: Catalogus): Zoek {
  const zoek: Zoek = (naam) => {
    const i = lokaal.index.get(naam) ?? (lokaal === situatie ? undefined : situatie.index.get(naam));
    if (i !== undefined) return lokaal.index.has(naam) ? lokaal.definities[i] : situatie.definities[i];
    return undefined;
  };
  zoek.namen = () => [lokaal, ...(lokaal === situatie ? [] : [situatie])].flatMap((c) => c.definities.filter((d) => d.type !== 'intern').map((d) => d.naam));
  return zoek;
}

/** ` (did you mean "x"?)` for an unknown fact name. */
const bedoeldFeit = (zoek: Zoek, naam: string) => bedoelde(naam, zoek.namen?.() ?? []);

function past(w: unknown, type: string, nullable: boolean | undefined, enumWaarden?: readonly string[]): string | null {
  if (w === null) return nullable ? null : 'null is not allowed here';
  switch (type) {
    case 'datum': return typeof w === 'string' && parseDatum(w) !== null ? null : `expected a date (YYYY-MM-DD), got ${JSON.stringify(w)}`;
    case 'getal': return typeof w === 'number' ? null : `expected a number, got ${JSON.stringify(w)}`;
    case 'boolean': return typeof w === 'boolean' ? null : `expected a boolean, got ${JSON.stringify(w)}`;
    case 'tekst':
      if (typeof w !== 'string') return `expected a string, got ${JSON.stringify(w)}`;
      return enumWaarden && !enumWaarden.includes(w) ? `${JSON.stringify(w)} is not one of ${enumWaarden.join(', ')}` : null;
    default: return `type ${type} cannot be compared`;
  }
}

export function controleerRegel(regel: RegelJson, zoek: Zoek, bestand: string): Vondst[] {
  const vondsten: Vondst[] = [];
  const fout = (pad: string, bericht: string) => vondsten.push({ bestand, regel: regel.id, pad, bericht });

  const feit = (naam: string, pad: string): FeitDefinitie | undefined => {
    const d = zoek(naam);
    if (d === undefined) fout(pad, `unknown fact "${naam}"${bedoeldFeit(zoek, naam)}`);
    else if (d.type === 'intern') { fout(pad, `fact "${naam}" is internal and cannot be used in rules`); return undefined; }
    return d;
  };
  /** A fact read without params (a value, an event param, an explanation) must not need any. */
  const zonderParams = (d: FeitDefinitie, pad: string) => {
    if (!zonderParamsLeesbaar(d)) fout(pad, `fact "${d.naam}" needs params (${Object.keys(d.params!).join(', ')}): use it as the fact of a condition, with params`);
  };

  const conditie = (c: Conditie, pad: string): void => {
    if (c.all) return c.all.forEach((x, i) => conditie(x, `${pad}.all[${i}]`));
    if (c.any) return c.any.forEach((x, i) => conditie(x, `${pad}.any[${i}]`));
    if (c.not) return conditie(c.not, `${pad}.not`);
    if (c.path !== undefined) fout(`${pad}.path`, 'path is not supported: facts are typed values');
    const d = feit(c.fact!, `${pad}.fact`);
    const op = OPERATOREN[c.operator!];
    if (op === undefined) return void fout(`${pad}.operator`, `unknown operator "${c.operator}"${bedoelde(String(c.operator), Object.keys(OPERATOREN))} (known: ${Object.keys(OPERATOREN).join(', ')})`);
    if (d === undefined) return;
    for (const v of controleerFeitParams(d, c.params, pad)) fout(v.pad, v.onbekend === undefined ? v.bericht : `${v.bericht}${bedoelde(v.onbekend, Object.keys(d.params ?? {}))}`);
    const nodig = vereistFeitType(op.soort);
    if (nodig !== null && d.type !== nodig) return void fout(`${pad}.operator`, `${c.operator} needs a ${nodig} fact, "${d.naam}" is a ${d.type}`);
    const w = c.value;
    if (isFeitVerwijzing(w)) {
      const r = feit(w.fact, `${pad}.value.fact`);
      if (r === undefined) return;
      if ('params' in w) fout(`${pad}.value.params`, 'params are only supported on the fact of a condition, not on a fact in value');
      zonderParams(r, `${pad}.value.fact`);
      const verwacht = op.soort === 'bevat' ? 'tekst' : op.soort === 'bevatLijst' ? 'lijst' : d.type;
      if (op.soort === 'in' ? r.type !== 'lijst' : r.type !== verwacht) fout(`${pad}.value`, `"${d.naam}" (${d.type}) cannot be compared by ${c.operator} with "${r.naam}" (${r.type})`);
      return;
    }
    const p = `${pad}.value`;
    switch (op.soort) {
      case 'datum': case 'getal': case 'gelijk': {
        const m = past(w, d.type, op.soort === 'gelijk' ? d.nullable : false, d.enum);
        if (m) fout(p, `${d.naam} (${d.type}): ${m}`);
        break;
      }
      case 'in':
        if (!Array.isArray(w)) fout(p, `${c.operator} needs a list`);
        else w.forEach((x, i) => { const m = past(x, d.type, false, d.enum); if (m) fout(`${p}[${i}]`, m); });
        break;
      case 'bevat': { const m = past(w, 'tekst', false, d.enum); if (m) fout(p, m); break; }
      case 'bevatLijst':
        if (!Array.isArray(w)) fout(p, `${c.operator} needs a list`);
        else w.forEach((x, i) => { const m = past(x, 'tekst', false, d.enum); if (m) fout(`${p}[${i}]`, m); });
        break;
      default: break;
    }
  };
  conditie(regel.conditions, 'conditions');

  const uitkomst = UITKOMSTEN[regel.event.type];
  const onderwerp = regel.onderwerp ?? 'situatie';
  // a policy rule may only emit signaal, and only a policy rule may (engine/beleid/signaal.ts)
  if (regel.beleid || regel.event.type === SIGNAAL) for (const v of beleidsVondsten(regel)) fout(v.pad, v.bericht);
  else if (uitkomst === undefined) fout('event.type', `unknown event type "${regel.event.type}"${bedoelde(regel.event.type, Object.keys(UITKOMSTEN))} (known: ${Object.keys(UITKOMSTEN).join(', ')})`);
  else {
    if (!uitkomst.onderwerpen.includes(onderwerp)) fout('event.type', `${regel.event.type} is decided per ${uitkomst.onderwerpen.join('/')}, not per ${onderwerp}`);
    const params = regel.event.params ?? {};
    for (const [naam, def] of Object.entries(uitkomst.params) as [string, ParamDefinitie][]) {
      if (!(naam in params)) { fout(`event.params.${naam}`, 'missing'); continue; }
      const w = params[naam];
      if (isFeitVerwijzing(w)) {
        const r = feit(w.fact, `event.params.${naam}.fact`);
        if (r) zonderParams(r, `event.params.${naam}.fact`);
        // a nullable fact may feed a non-null param: the rule's conditions guarantee it is set
        if (r && r.type !== def.type) fout(`event.params.${naam}`, `needs a ${def.type}, fact "${r.naam}" is a ${r.type}`);
      } else {
        const m = past(w, def.type, def.nullable, def.enum);
        if (m) fout(`event.params.${naam}`, m);
      }
    }
    for (const naam of Object.keys(params)) if (!(naam in uitkomst.params)) fout(`event.params.${naam}`, `unknown param of ${regel.event.type}${bedoelde(naam, Object.keys(uitkomst.params))}`);
  }

  for (const taal of ['nl', 'en'] as const) {
    for (const m of regel.uitleg[taal].matchAll(/\{([A-Za-z0-9]+)\}/g)) {
      const d = zoek(m[1]);
      if (d === undefined || d.type === 'intern') fout(`uitleg.${taal}`, `unknown fact {${m[1]}} in the explanation${bedoeldFeit(zoek, m[1])}`);
      else zonderParams(d, `uitleg.${taal}`);
    }
  }
  // impossible dates and tot before vanaf: engine/datumcontrole.ts, for every file when it is read
  return vondsten;
}
