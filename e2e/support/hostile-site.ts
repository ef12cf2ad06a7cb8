import { createServer } from "node:http";

export type HostileSite = {
  /** The same server as a cross-site origin (`localhost`: no cookies of 127.0.0.1 go with its requests). */
  crossSiteOrigin: string;
  /** And as a same-site one (127.0.0.1 on another port: the browser sends the console's Lax cookies). */
  sameSiteOrigin: string;
  close(): Promise<void>;
};

/**
 * An attacker's page on loopback, served for real: a page Playwright fulfils itself counts as a
 * public address, and Chromium's private-network rules would then block the attack before the
 * console ever saw it, proving nothing about the console.
 */
export async function startHostileSite(html: string): Promise<HostileSite> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    crossSiteOrigin: `http://localhost:${port}`,
    sameSiteOrigin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
