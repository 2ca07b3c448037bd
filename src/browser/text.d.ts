// The browser build embeds word lists as text (esbuild's text loader).
declare module '*.utf8' {
  const text: string;
  export default text;
}
