// Build of the Leerplichtcheck page: served by the API server itself at /leerplichtcheck/ from
// web/dist (so the bundle carries everything it needs, the holiday regions included). CommonJS,
// like the rest of the package (type: commonjs), so Vite loads it without a module warning.
module.exports = {
  root: __dirname,
  base: '/leerplichtcheck/',
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
};
