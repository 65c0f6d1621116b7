// The boot script of the GraphQL IDE, served as a file of its own (the page's CSP admits no inline
// script): it mounts GraphiQL with a fetcher that POSTs JSON to /graphql — a request Apollo's CSRF
// prevention lets through, as it does any JSON POST — and with the example tabs preloaded.
import { graphiqlTabs, SLEUTEL_PLAATSHOUDER } from './voorbeelden';

export function ideStartScript(endpoint = '/graphql'): string {
  return `// GraphQL IDE of the Leerplicht rules API: GraphiQL, served by this server (no CDN).
(function () {
  'use strict';
  var script = document.currentScript;
  // the style elements GraphiQL's dialogs add carry this page's CSP nonce
  if (script && script.dataset.nonce) window.__webpack_nonce__ = script.dataset.nonce;
  var ENDPOINT = ${JSON.stringify(endpoint)};
  var PLAATSHOUDER = ${JSON.stringify(SLEUTEL_PLAATSHOUDER)};
  var TABS = ${JSON.stringify(graphiqlTabs(), null, 2)};

  function fetcher(params, opties) {
    var headers = { 'content-type': 'application/json', accept: 'application/json' };
    var eigen = (opties && opties.headers) || {};
    Object.keys(eigen).forEach(function (naam) {
      // a key not filled in yet is not sent: the schema still loads, the API says a key is needed
      if (eigen[naam] !== PLAATSHOUDER) headers[naam] = eigen[naam];
    });
    return fetch(ENDPOINT, { method: 'POST', headers: headers, body: JSON.stringify(params), credentials: 'omit' })
      .then(function (antwoord) { return antwoord.json(); });
  }

  var props = { fetcher: fetcher, defaultTabs: TABS, defaultEditorToolsVisibility: 'variables', shouldPersistHeaders: false };
  // GraphiQL 3 fills the variables and headers editors of the first default tab only from these
  // props; given on a first visit only, so later visits keep what the user stored
  var bewaard = null;
  try { bewaard = window.localStorage.getItem('graphiql:tabState'); } catch (e) { /* no storage */ }
  if (!bewaard) {
    props.variables = TABS[0].variables;
    if (TABS[0].headers) props.headers = TABS[0].headers;
  }
  var wortel = document.getElementById('graphiql');
  wortel.textContent = '';
  ReactDOM.createRoot(wortel).render(React.createElement(GraphiQL, props));
})();
`;
}
