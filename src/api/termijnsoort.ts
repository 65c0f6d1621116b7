// Whether a reporting term comes from the law or from practice (a parameter): its own file, so that
// uitvoer.ts and schoolbesluit-typen.ts can both use it without importing each other.
import { registerEnumType } from 'type-graphql';

export enum Termijnsoort { WET = 'WET', PRAKTIJK = 'PRAKTIJK' }
registerEnumType(Termijnsoort, {
  name: 'Termijnsoort',
  description: 'Of de termijn in de wet staat of uit de praktijk komt. — Whether the term is statutory or practice.',
  valuesConfig: {
    WET: { description: 'De wet noemt de termijn (bijv. "binnen zeven dagen", "terstond", "onverwijld"); waar de wet geen aantal dagen noemt, volgt de dag uit een gekozen lezing of praktijkparameter. — Statutory term.' },
    PRAKTIJK: { description: 'De wet noemt geen termijn; de dag volgt uit een praktijkparameter (geen wet). — Practice, not law.' },
  },
});
