// type-graphql gives every plain @Field a resolver of its own (a context object and a middleware
// check per value): in a bulk answer that is 10,000 × every selected leaf. For output types whose
// plain fields have no roles and no middlewares, graphql-js's default resolver (read the property,
// the same value) is put back. A field with @Authorized or a middleware keeps type-graphql's.
import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

export function gewoneVelden(schema: GraphQLSchema, klassen: readonly (abstract new () => object)[]): GraphQLSchema {
  const opslag = getMetadataStorage();
  for (const klasse of klassen) {
    const type = schema.getType(klasse.name);
    if (!isObjectType(type)) throw new Error(`schema: ${klasse.name} is not an object type`);
    const velden = type.getFields();
    const metResolver = new Set(opslag.fieldResolvers.filter((r) => r.getObjectType?.() === klasse).map((r) => r.schemaName));
    for (const f of opslag.fields) {
      if (f.target !== klasse || metResolver.has(f.schemaName) || (f.params?.length ?? 0) > 0) continue;
      if ((f.roles !== undefined) || (f.middlewares?.length ?? 0) > 0) continue;
      const veld = velden[f.schemaName];
      if (veld !== undefined && f.schemaName === f.name) veld.resolve = undefined;
    }
  }
  return schema;
}
