// Thuiszitters over a schooljaar for the jaarverslag table (Purmerend-Beemster 2018/2019: bij aanvang,
// nieuwe gevallen, waarvan > 3 maanden, verhuisd, 18 jaar geworden, opgelost, nieuwe schooljaar monitoren).
// The verdict on each day is Beoordeling.thuiszitter (rules/regelingen/thuiszitter.json); this file only
// chooses the days to ask: the verdict can only turn to "thuiszitter" on the (drempel+1)-th schooldag of a
// run of absence or of a period without inschrijving, so those days (and the first and last day) are asked.
import { leerplicht } from '../../engine/leerplicht';
import { thuiszitter, type ThuiszitterUitkomst } from '../../engine/thuiszitter';
import { schooldagenGedekt, type ThuiszitterCategorie } from '../../facts/catalogus-thuiszitter';
import type { FeitenRijen } from '../../store/laders';
import { formatDatum, parseDatum, plusMaanden, type Dag } from '../../time/dag';
import type { Schoolkalender } from '../../time/kalender';
import { beginSchooljaar, eindeSchooljaar } from '../../time/schooljaar';
import type { Regelcontext } from '../context';
import type { Evaluatie } from './jaarcijfers';

export interface ThuiszitterVerloop {
  /** thuiszitter on the schooljaar's first day (1 augustus) */
  aanvang: boolean;
  /** the first day after it on which the leerling became a thuiszitter (only when not one at the start) */
  nieuwOp: Dag | null;
  /** the category of the first counted episode */
  categorie: ThuiszitterCategorie | null;
  /** a thuiszitter for at least thuiszitterLangdurigMaanden on some day asked */
  langdurig: boolean;
  /** thuiszitter on the schooljaar's last day (31 juli) */
  einde: boolean;
  /** leer- or kwalificatieplichtig on the last day (not: 18 geworden, or a startkwalificatie) */
  plichtigAanEinde: boolean;
}

const dag = (s: string) => parseDatum(s)!;

/** The n-th schooldag (1-based) from d on, or null after `tot`. */
function nDeSchooldag(k: Schoolkalender, d: Dag, n: number, tot: Dag): Dag | null {
  for (let x = d, i = 0; x <= tot; x++) if (k.isSchooldag(x) && ++i === n) return x;
  return null;
}

/** The thuiszitter verdict on the days that matter in schooljaar `jaar`; null when the leerling was not born yet. */
export function thuiszitterVerloop(ctx: Regelcontext, l: FeitenRijen, jaar: number, ev: Evaluatie): ThuiszitterVerloop | null {
  const eind = eindeSchooljaar(jaar);
  const begin = Math.max(beginSchooljaar(jaar), dag(l.leerling.geboortedatum));
  if (begin > eind) return null;
  const op = (d: Dag): ThuiszitterUitkomst => thuiszitter(ev(formatDatum(d)), 'NL');
  const eerste = ev(formatDatum(begin));
  const k = eerste.ctx.kalender;
  const drempel = eerste.ctx.parameters.get('thuiszitterDrempelSchooldagen') as number;
  const maanden = eerste.ctx.parameters.get('thuiszitterLangdurigMaanden') as number;
  const kandidaten = new Set<Dag>();
  // absoluut verzuim: the day after a period (inschrijving, vrijstelling) ends, and the first day of a plicht
  const lp = leerplicht(eerste);
  const starts: Dag[] = [begin, lp.leerplichtigVanaf];
  if (lp.kwalificatieplichtigVanaf !== null) starts.push(lp.kwalificatieplichtigVanaf);
  for (const x of [...l.inschrijvingen, ...l.vrijstellingen]) if (x.tot !== null) starts.push(dag(x.tot) + 1);
  for (const s of starts) {
    // a period that began before the schooljaar counts its earlier schooldagen (a lower bound before the calendar data)
    const d = s <= eind ? nDeSchooldag(k, Math.max(s, begin), drempel + 1 - (s < begin ? schooldagenGedekt(k, s, begin - 1) : 0), eind) : null;
    if (d !== null) kandidaten.add(d);
  }
  // relatief verzuim: the (drempel+1)-th day of each run of registered absence on consecutive schooldagen
  const dagen = [...new Set(l.verzuim.map((v) => dag(v.datum)))].filter((d) => d <= eind && k.isSchooldag(d)).sort((a, b) => a - b);
  for (let i = 0, run = 0; i < dagen.length; i++) {
    run = i > 0 && nDeSchooldag(k, dagen[i - 1] + 1, 1, dagen[i]) === dagen[i] ? run + 1 : 1;
    if (run === drempel + 1 && dagen[i] >= begin) kandidaten.add(dagen[i]);
  }
  const aanvang = op(begin);
  const einde = op(eind);
  let nieuwOp: Dag | null = null;
  let categorie = aanvang.thuiszitter ? aanvang.categorie : null;
  let langdurig = aanvang.langerDanDrieMaanden || einde.langerDanDrieMaanden;
  const gezien: ThuiszitterUitkomst[] = [aanvang];
  for (const d of [...kandidaten].sort((a, b) => a - b)) {
    if (d === begin || d === eind) continue;
    const t = op(d);
    if (!t.thuiszitter) continue;
    gezien.push(t);
    if (!aanvang.thuiszitter && nieuwOp === null) { nieuwOp = d; categorie = t.categorie; }
  }
  if (!aanvang.thuiszitter && nieuwOp === null && einde.thuiszitter) { nieuwOp = eind; categorie = einde.categorie; }
  // "> 3 maanden": asked on the day the episode's months are complete, when that day is in the schooljaar
  for (const t of gezien) {
    if (langdurig || !t.thuiszitter || t.sinds === null) continue;
    const d = plusMaanden(t.sinds, maanden);
    if (d <= eind && d >= begin) langdurig = op(d).langerDanDrieMaanden;
  }
  const status = leerplicht(ev(formatDatum(eind))).status;
  return { aanvang: aanvang.thuiszitter, nieuwOp, categorie, langdurig, einde: einde.thuiszitter, plichtigAanEinde: status === 'LEERPLICHTIG' || status === 'KWALIFICATIEPLICHTIG' };
}
