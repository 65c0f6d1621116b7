// `npm run key:new -- --rol SCHOOL --brin 12AB [--naam "OBS De Linde"]` (or --rol RMC --regio … --gemeenten 0148,0166): prints a new API key
// (give it to the caller once) and the line to add to LEERPLICHT_API_KEYS (only its sha256).
import { parseArgs } from 'node:util';
import { nieuweSleutel, SleutelFout, type Rol } from '../toegang/toegang';

try {
  const { values } = parseArgs({ options: { rol: { type: 'string' }, brin: { type: 'string' }, gemeente: { type: 'string' }, regio: { type: 'string' }, gemeenten: { type: 'string' }, naam: { type: 'string' } } });
  const { sleutel, regel } = nieuweSleutel({
    rol: (values.rol ?? '').toUpperCase() as Rol, brin: values.brin?.toUpperCase(), gemeente: values.gemeente, naam: values.naam,
    regio: values.regio, gemeenten: values.gemeenten?.split(',').map((g) => g.trim()).filter(Boolean),
  });
  console.log(`API key (shown once; send it as "Authorization: Bearer <key>"):\n  ${sleutel}`);
  console.log(`Add this entry to the JSON array in LEERPLICHT_API_KEYS (or the file it names):\n  ${JSON.stringify(regel)}`);
} catch (e) {
  console.error(e instanceof SleutelFout || e instanceof TypeError ? e.message : e);
  console.error('usage: npm run key:new -- --rol SCHOOL --brin 12AB[01] | --rol LEERPLICHTAMBTENAAR --gemeente 0363 | --rol RMC --regio "IJssel-Vecht" --gemeenten 0148,0166,… | --rol PUBLIC  [--naam "..."]');
  process.exit(1);
}
