// The questions of the page, asked through the typed client (clients/ts) at this server's own
// /graphql: PUBLIC questions only, so no key.
import { LeerplichtFout, maakLeerplichtClient } from '../../clients/ts/src/index';
import type { Vraag } from './formulieren';
import type { Taal } from './teksten';
import { leerplichtAntwoord, verlofAntwoord } from './weergave';

const client = maakLeerplichtClient({ url: new URL('/graphql', location.href).toString() });

/** The answer as nodes for the answer region; a LeerplichtFout when the API refused the question. */
export async function beantwoord(v: Vraag, taal: Taal): Promise<() => Node[]> {
  const TAAL = taal === 'nl' ? 'NL' : 'EN';
  if (v.soort === 'LEERPLICHT') {
    const vars = { situatie: v.situatie, peildatum: v.peildatum, taal: TAAL } as const;
    const [status, tijdlijn] = await Promise.all([client.leerplichtStatus(vars), client.tijdlijn(vars)]);
    return () => leerplichtAntwoord(status, tijdlijn.tijdlijn);
  }
  const vars = { situatie: v.situatie, aanvraag: v.aanvraag, taal: TAAL } as const;
  const besluit = v.soort === 'VAKANTIE' ? await client.vakantieverlof(vars) : await client.gewichtigeOmstandigheden(vars);
  return () => verlofAntwoord(v.soort as 'VAKANTIE' | 'GEWICHTIG', besluit, v.reden);
}

export { LeerplichtFout };
