import os from "node:os";

/**
 * Ids for rows the prepared-statement writes insert, made exactly as Prisma makes the
 * schema's `@default(cuid())` (cuid v1, the generator bundled in @prisma/client's runtime):
 * "c", the time in ms (base 36), a 4-digit counter, a 4-character host fingerprint (process
 * id and host name), 8 random characters.
 */
const pad = (value: string, size: number) => ("000000000" + value).slice(-size);

function hostname(): string {
  try {
    return os.hostname();
  } catch {
    return process.env._CLUSTER_NETWORK_NAME_ || process.env.COMPUTERNAME || "hostname";
  }
}

const host = hostname();
const fingerprint =
  pad(process.pid.toString(36), 2) +
  pad(
    host
      .split("")
      .reduce((sum, ch) => sum + ch.charCodeAt(0), host.length + 36)
      .toString(36),
    2,
  );

const BLOCK = Math.pow(36, 4);
let counter = 0;
const randomBlock = () => pad(((Math.random() * BLOCK) << 0).toString(36), 4);

export function cuid(): string {
  counter = counter < BLOCK ? counter : 0;
  const count = counter++;
  return "c" + new Date().getTime().toString(36) + pad(count.toString(36), 4) + fingerprint + randomBlock() + randomBlock();
}
