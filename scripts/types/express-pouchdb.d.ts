/** express-pouchdb ships no types; the server script describes the part it uses (ExpressPouch). */
declare module 'express-pouchdb' {
  const expressPouchDB: (pouch: unknown, options: Record<string, unknown>) => unknown;
  export default expressPouchDB;
}
