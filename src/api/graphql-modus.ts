// graphql-js in its production mode, whatever NODE_ENV says. Outside production graphql-js
// replaces every `instanceof` of its type checks (isListType, isNonNullType … — called for every
// input value it coerces and every field value it completes) by a function that, when the test
// fails, also compares class names to warn about a second copy of graphql in node_modules. That
// cost a tenth of a bulk request. This project has one copy (package-lock.json), so the plain test
// (graphql-js's own production implementation) is used. Introspection and field suggestions keep
// following NODE_ENV / LEERPLICHT_INTROSPECTION (src/server/instellingen.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const module_ = require('graphql/jsutils/instanceOf') as { instanceOf: (waarde: unknown, klasse: abstract new (...a: never[]) => unknown) => boolean };

module_.instanceOf = function instanceOf(waarde, klasse) {
  return waarde instanceof klasse;
};
