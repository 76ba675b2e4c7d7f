import { mkdirSync } from "node:fs";
import path from "node:path";
import { freshDatabase, migrateAndSeed, startInstances } from "./cluster";

/**
 * Playwright global setup of the two-instance suite (playwright.instances.config.ts): a fresh
 * database (PostgreSQL when FACTDESK_PG_URL is set), migrated and seeded, and two production
 * servers on it. Their addresses reach the tests as INSTANCE_A_URL and INSTANCE_B_URL.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const [portA, portB] = (process.env.INSTANCES_PORTS ?? "3260,3261").split(",").map(Number);
  const databaseUrl = await freshDatabase("factdesk_instances");
  migrateAndSeed(databaseUrl);
  const logDir = path.resolve(__dirname, "../../test-results/instances");
  mkdirSync(logDir, { recursive: true });
  const instances = await startInstances({ databaseUrl, ports: [portA, portB], logDir });
  process.env.INSTANCE_A_URL = `http://localhost:${portA}`;
  process.env.INSTANCE_B_URL = `http://localhost:${portB}`;
  process.env.INSTANCES_DATABASE = databaseUrl.startsWith("file:") ? "sqlite" : "postgresql";
  console.log(`Two instances on ${process.env.INSTANCES_DATABASE}: ${process.env.INSTANCE_A_URL}, ${process.env.INSTANCE_B_URL}`);
  return () => instances.stop();
}
