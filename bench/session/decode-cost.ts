// CPU time of one session-cookie decode, next-auth's own decoder against the console's pinned one,
// for three cookies: a real session, garbage, and a crafted PBES2 cookie (p2c 10,000, the most jose
// accepts). Run: npx tsx bench/session/decode-cost.ts
import { randomBytes } from "node:crypto";
import { EncryptJWT } from "jose";
import { decode as nextAuthDecode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";

const SECRET = randomBytes(32).toString("base64url");
const ROUNDS = 400;

type Decoder = (params: { token: string; secret: string }) => Promise<unknown>;

async function cpuMsPerDecode(decoder: Decoder, token: string): Promise<number> {
  for (let i = 0; i < 20; i += 1) await decoder({ token, secret: SECRET }).catch(() => null);
  const start = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i += 1) await decoder({ token, secret: SECRET }).catch(() => null);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / ROUNDS;
}

async function main(): Promise<void> {
  const cookies = {
    "real session": await encodeSessionToken({
      token: { email: "ops@example.com", alertSiteToken: "tok" },
      secret: SECRET,
      maxAge: 3300,
    }),
    garbage: `${randomBytes(40).toString("base64url")}.x.y.z.w`,
    // Any key will do: the cost is the PBKDF2 that runs before the key is found wrong.
    "crafted PBES2 (p2c 10000)": await new EncryptJWT({ email: "x" })
      .setProtectedHeader({ alg: "PBES2-HS512+A256KW", enc: "A256GCM" })
      .setKeyManagementParameters({ p2c: 10_000 })
      .encrypt(randomBytes(32)),
  };
  const decoders: Record<string, Decoder> = { "next-auth decode": nextAuthDecode, "pinned decode": decodeSessionToken };
  console.log(`CPU ms per decode (mean of ${ROUNDS})`);
  for (const [cookie, token] of Object.entries(cookies)) {
    const figures = [];
    for (const [name, decoder] of Object.entries(decoders))
      figures.push(`${name} ${(await cpuMsPerDecode(decoder, token)).toFixed(3)}`);
    console.log(`${cookie.padEnd(28)} ${figures.join("   ")}`);
  }
}

void main();
