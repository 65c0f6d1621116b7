// The deadline of one verzuimmelding as output (Verzuimmelding.termijn, TeMelden.termijn): the
// meldingTermijn outcome of its evaluation (rules/leerplichtwet/art-21a-meldtermijn.json).
import { verzuimmeldtermijn } from '../engine/schoolbesluit';
import type { Taal } from '../engine/uitleg';
import type { Feiten } from '../facts/feiten';
import { formatDatum } from '../time/dag';
import type { Termijnsoort } from './termijnsoort';
import type { Meldtermijn } from './uitvoer';

export function meldtermijnVan(melding: Feiten, taal: Taal): Meldtermijn | null {
  const t = verzuimmeldtermijn(melding, taal);
  return t === null ? null : { soort: t.soort as Termijnsoort, termijn: t.termijn, uiterlijk: t.uiterlijk === null ? null : formatDatum(t.uiterlijk), parameter: t.parameter, uitleg: t.uitleg };
}
