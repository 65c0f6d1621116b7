import type { Regelset } from '../engine/regelset';
import type { RegelsetInfo } from './uitvoer';

export interface ApiContext {
  regelset: Regelset;
  /** the rule set as registered in the database at start-up */
  regelsetInfo: RegelsetInfo | null;
}
