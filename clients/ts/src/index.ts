// The typed Leerplicht client: maakLeerplichtClient, its error, and the generated documents and types.
export { maakLeerplichtClient, type LeerplichtClient, type LeerplichtClientOpties } from './client';
export { LeerplichtFout, type GraphQLFoutmelding } from './fout';
export * from './gql/graphql';
