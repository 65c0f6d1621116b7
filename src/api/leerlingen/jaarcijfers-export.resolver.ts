// exportJaarcijfers: jaarcijfers (one gemeente) or regiocijfers (the RMC key's regio) as CSV
// (layout in jaarcijfers-csv.ts), computed by the same resolvers with the same access checks.
import { Arg, Authorized, Ctx, Query, Resolver, registerEnumType } from 'type-graphql';
import type { ApiContext } from '../context';
import { invoerFout } from '../fouten';
import { jaarcijfersCsv, regiocijfersCsv } from './jaarcijfers-csv';
import { JaarcijfersResolver } from './jaarcijfers.resolver';
import { opslag } from './opslag';

export enum JaarcijfersFormaat { CSV = 'CSV' }
registerEnumType(JaarcijfersFormaat, {
  name: 'JaarcijfersFormaat',
  description: 'Bestandsformaat van exportJaarcijfers. — Format of exportJaarcijfers.',
  valuesConfig: { CSV: { description: 'CSV in lang formaat: schooljaar;gebied;sectie;kenmerk1;kenmerk2;kenmerk3;aantal (puntkomma, UTF-8, met kopregel). — Long-format CSV.' } },
});

@Resolver()
export class JaarcijfersExportResolver {
  @Authorized(['LEERPLICHTAMBTENAAR', 'RMC'])
  @Query(() => String, { description: 'De jaarcijfers als bestand (CSV, lang formaat: één regel per cijfer, kolommen schooljaar;gebied;sectie;kenmerk1;kenmerk2;kenmerk3;aantal; sectie is de veldnaam van Jaarcijfers). Met gemeente: die gemeente (als jaarcijfers); zonder gemeente, met een RMC-sleutel: elke gemeente van de regio en de regio als geheel (gebied "regio:<naam>", als regiocijfers). — The yearly figures as a CSV file.' })
  async exportJaarcijfers(
    @Arg('schooljaar', { description: 'Schooljaar als "2023/2024". — The schooljaar.' }) schooljaar: string,
    @Arg('gemeente', () => String, { nullable: true, description: 'CBS-gemeentecode (4 cijfers); leeg: de regio van de RMC-sleutel. — CBS code; empty: the RMC key\'s regio.' }) gemeente: string | null,
    @Arg('formaat', () => JaarcijfersFormaat, { nullable: true, defaultValue: JaarcijfersFormaat.CSV, description: 'Formaat (standaard CSV). — Format.' }) _formaat: JaarcijfersFormaat,
    @Ctx() ctx: ApiContext,
  ): Promise<string> {
    const r = new JaarcijfersResolver();
    if (gemeente !== null) return jaarcijfersCsv(await r.jaarcijfers(gemeente, schooljaar, ctx));
    if (opslag(ctx).toegang.rol !== 'RMC') throw invoerFout('gemeente', 'a gemeente is required unless the key is an RMC key (then the regio is exported)');
    return regiocijfersCsv(await r.regiocijfers(schooljaar, ctx));
  }
}
