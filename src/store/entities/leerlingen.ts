// The entities of stored leerlingen and their facts, in one list for the MikroORM config.
import { Auditregel } from './audit.entity';
import { Diploma } from './diploma.entity';
import { Identiteitsmelding } from './identiteitsmelding.entity';
import { Inschrijving } from './inschrijving.entity';
import { Leerling } from './leerling.entity';
import { Melding } from './melding.entity';
import { Schooljaar } from './schooljaar.entity';
import { Verlof } from './verlof.entity';
import { VerzuimImport } from './verzuimimport.entity';
import { Verzuimregistratie } from './verzuimregistratie.entity';
import { Vrijstelling } from './vrijstelling.entity';
import { Woonperiode } from './woonperiode.entity';
import { Leerlingnummer } from './leerlingnummer.entity';
import { Signaal } from './signaal.entity';
import { Afhandeling } from './afhandeling.entity';
import { Maatregel } from './maatregel.entity';

export { Auditregel, Diploma, Identiteitsmelding, Inschrijving, Leerling, Melding, Schooljaar, Verlof, VerzuimImport, Verzuimregistratie, Vrijstelling, Woonperiode, Afhandeling, Maatregel };
export const LEERLING_ENTITEITEN = [Auditregel, Leerling, Inschrijving, Schooljaar, Diploma, Vrijstelling, Verlof, VerzuimImport, Verzuimregistratie, Melding, Woonperiode, Identiteitsmelding, Leerlingnummer, Signaal, Afhandeling, Maatregel];
