export default async function globalTeardown() {
  await globalThis.__LALALAND_PG__?.stop();
}
