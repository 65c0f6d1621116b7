// Build of the Leerplichtcheck page: served by the API server itself at /leerplichtcheck/ from
// web/dist (so the bundle carries everything it needs, the holiday regions included). CommonJS,
// like the rest of the package (type: commonjs), so Vite loads it without a module warning.
const path = require('node:path');

module.exports = {
  root: __dirname,
  base: '/leerplichtcheck/',
  logLevel: 'warn',
  // Two pages, one build: the Leerplichtcheck (index.html) and the jaarcijfers page (jaarcijfers.html,
  // served at /jaarcijfers; its assets share /leerplichtcheck/assets/).
  build: {
    outDir: 'dist', emptyOutDir: true, target: 'es2022',
    rollupOptions: { input: { index: path.join(__dirname, 'index.html'), jaarcijfers: path.join(__dirname, 'jaarcijfers.html') } },
  },
};
