// The one outcome a policy rule may give: a signaal. It decides nothing the law decides; it says
// that a local protocol (verzuimprotocol) asks for attention. Every matching signaal rule counts.
import { isFeitVerwijzing, type RegelJson } from '../regel';

export const SIGNAAL = 'signaal';

/**
 * How serious a signaal is, lowest first:
 * INFO — ter kennisname (noted, no action asked);
 * AANDACHT — de school onderneemt actie (a talk with the pupil and parents, prevention);
 * ZORG — de leerplichtambtenaar of het zorgoverleg wordt ingeschakeld.
 */
export const ERNSTEN = ['INFO', 'AANDACHT', 'ZORG'] as const;
export type Ernst = (typeof ERNSTEN)[number];

export const SIGNAALCODE = /^[A-Z][A-Z0-9_]*$/;

export interface SignaalParams { code: string; ernst: Ernst; omschrijving: { nl: string; en: string } }

const isTekst = (w: unknown): w is string => typeof w === 'string' && w.trim().length > 0;

/** Findings on a signaal event's params (paths relative to the rule). Params are constants: a signaal names a protocol step. */
export function controleerSignaal(regel: RegelJson): { pad: string; bericht: string }[] {
  const uit: { pad: string; bericht: string }[] = [];
  const params = regel.event.params ?? {};
  const { code, ernst, omschrijving } = params as Record<string, unknown>;
  for (const [naam, w] of Object.entries(params)) if (isFeitVerwijzing(w)) uit.push({ pad: `event.params.${naam}`, bericht: 'a signaal param is a constant, not a fact' });
  if (!isTekst(code) || !SIGNAALCODE.test(code)) uit.push({ pad: 'event.params.code', bericht: `needs a code in capitals, digits and _ (e.g. "SIGNAAL_12_UUR"), got ${JSON.stringify(code)}` });
  if (!(ERNSTEN as readonly unknown[]).includes(ernst)) uit.push({ pad: 'event.params.ernst', bericht: `${JSON.stringify(ernst)} is not one of ${ERNSTEN.join(', ')}` });
  const o = omschrijving as Record<string, unknown> | undefined;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) uit.push({ pad: 'event.params.omschrijving', bericht: 'needs { "nl": "…", "en": "…" }' });
  else {
    for (const taal of ['nl', 'en']) if (!isTekst(o[taal])) uit.push({ pad: `event.params.omschrijving.${taal}`, bericht: 'missing or empty' });
    for (const k of Object.keys(o)) if (k !== 'nl' && k !== 'en') uit.push({ pad: `event.params.omschrijving.${k}`, bericht: 'unknown language (nl, en)' });
  }
  for (const naam of Object.keys(params)) if (!['code', 'ernst', 'omschrijving'].includes(naam)) uit.push({ pad: `event.params.${naam}`, bericht: 'unknown param of signaal (code, ernst, omschrijving)' });
  return uit;
}

/** The findings on who emits what: signaal only from a policy rule, a policy rule only signaal, per situatie. */
export function beleidsVondsten(regel: RegelJson): { pad: string; bericht: string }[] {
  const signaal = regel.event.type === SIGNAAL;
  if (signaal && !regel.beleid) return [{ pad: 'event.type', bericht: 'only a policy rule ("beleid": true, in rules/beleid/<gemeentecode or regio>/) may emit signaal; a statutory rule never does' }];
  if (!signaal) return [{ pad: 'event.type', bericht: `a policy rule may only emit signaal, not the statutory outcome "${regel.event.type}"` }];
  const uit = controleerSignaal(regel);
  if ((regel.onderwerp ?? 'situatie') !== 'situatie') uit.unshift({ pad: 'onderwerp', bericht: 'a policy rule is about the situatie (one signaal per jongere), not per record' });
  return uit;
}
