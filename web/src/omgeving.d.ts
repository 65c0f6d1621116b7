// Vite turns imported CSS into a stylesheet of the build.
declare module '*.css';
