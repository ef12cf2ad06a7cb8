import { FAKE_BASE_PATH, type FakeRule } from "@/lib/alertsite/testing/fake-upstream";
import { runFakeUpstreamProcess } from "@/lib/alertsite/testing/fake-upstream-process";

// The upstream for the proxy-overhead runs: the one fake AlertSite with rules that answer instantly,
// so the figures show what the console's own work costs rather than AlertSite's (or the sandbox's).
// Run as its own process:
//   tsx bench/servers/fast-upstream.ts <port>

const JSON_TYPE = { "content-type": "application/json" };
const WRITE_ANSWER = { status: 200, headers: JSON_TYPE, body: JSON.stringify({ id: "123" }) };
const TOKEN_ANSWER = {
  status: 200,
  headers: JSON_TYPE,
  body: JSON.stringify({ access_token: "bench-token", expires_in: 3600 }),
};

/** What GET /monitors/{id} returns, in case the edit handler reads the current monitor. */
function monitorAnswer(id: string) {
  return {
    status: 200,
    json: {
      id: Number(id),
      type: "email-round-trip",
      name: "Bench monitor",
      billing_plancode: "UBM - A/A",
      smtp_hostname: "smtps://smtp.example.com:465",
      pop3_hostname: "pop3s://pop.example.com:995",
      email: "bench@example.com",
      enabled: true,
      interval: 15,
      timeout: 300,
      locations: [{ id: 10 }, { id: 40 }],
      home_location: 10,
    },
  };
}

const RULES: readonly FakeRule[] = [
  { path: "/health", reply: { status: 200, headers: JSON_TYPE, body: '{"status":"ok"}' } },
  { method: "POST", path: `${FAKE_BASE_PATH}/access-tokens`, reply: TOKEN_ANSWER },
  { method: "POST", path: `${FAKE_BASE_PATH}/monitors/email-round-trip`, reply: WRITE_ANSWER },
  { method: "PATCH", path: new RegExp(`^${FAKE_BASE_PATH}/monitors/email-round-trip/`), reply: WRITE_ANSWER },
  {
    method: "GET",
    path: new RegExp(`^${FAKE_BASE_PATH}/monitors/(\\d+)$`),
    reply: (_request, { groups: [id] }) => (id === undefined ? undefined : monitorAnswer(id)),
  },
];

void runFakeUpstreamProcess("fast upstream", Number(process.argv[2]), {
  rules: RULES,
  answer: () => ({ status: 404, headers: JSON_TYPE, body: '{"errors":[{"code":404,"message":"Not a bench path"}]}' }),
  // Hundreds of thousands of requests per run: keep none.
  recordRequests: false,
});
