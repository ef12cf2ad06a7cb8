import { describe, expect, it } from "vitest";
import { copyOfMonitor, prefillFromSearchParams, searchParamsFromMonitor } from "./prefill";
import { upstream } from "./upstream-fixture";
import { monitorCreateSchema } from "./create-schema";

describe("prefillFromSearchParams", () => {
  it("puts parameters named after fields into the form as strings", () => {
    const params = new URLSearchParams(
      "name=Support%20mailbox&email=roundtrip%40example.com&interval=15&enabled=false&mode=Global%20Verify&note=Hi",
    );
    expect(prefillFromSearchParams(params)).toEqual({
      name: "Support mailbox",
      email: "roundtrip@example.com",
      interval: "15",
      enabled: "false",
      mode: "Global Verify",
      note: "Hi",
    });
  });

  it("reads locations as a comma list or repeated parameters", () => {
    expect(prefillFromSearchParams(new URLSearchParams("locations=10,40")).locations).toEqual(["10", "40"]);
    expect(prefillFromSearchParams(new URLSearchParams("locations=10&locations=40")).locations).toEqual(["10", "40"]);
    expect(prefillFromSearchParams(new URLSearchParams("locations= 10 ,,40,")).locations).toEqual(["10", "40"]);
  });

  it("reads custom properties as id:value_id pairs", () => {
    expect(prefillFromSearchParams(new URLSearchParams("custom_properties=1:11,2:21")).custom_properties).toEqual([
      { id: "1", value_id: "11" },
      { id: "2", value_id: "21" },
    ]);
    expect(prefillFromSearchParams(new URLSearchParams("custom_properties=3")).custom_properties).toEqual([
      { id: "3", value_id: "" },
    ]);
  });

  it("never takes the password, read-only fields or unknown parameters", () => {
    const params = new URLSearchParams(
      "email_password=s3cret&id=123&access_type=rw&blackout_ids=1&utm_source=mail&name=N",
    );
    expect(prefillFromSearchParams(params)).toEqual({ name: "N" });
  });

  it("accepts Next.js searchParams objects, taking the first of repeated values", () => {
    expect(
      prefillFromSearchParams({
        name: ["First", "Second"],
        locations: ["10", "40"],
        interval: undefined,
        email_password: "s3cret",
      }),
    ).toEqual({ name: "First", locations: ["10", "40"] });
  });

  it("ignores prototype keys in a plain object", () => {
    const params: Record<string, string> = JSON.parse('{"__proto__": "x", "constructor": "y", "name": "N"}');
    expect(prefillFromSearchParams(params)).toEqual({ name: "N" });
    expect(prefillFromSearchParams({})).toEqual({});
  });

  it("caps silly lengths and list sizes, leaving the form to explain what is too long", () => {
    const values = prefillFromSearchParams(
      new URLSearchParams({
        note: "a".repeat(100_000),
        locations: Array.from({ length: 500 }, (_, index) => index + 1).join(","),
      }),
    );
    expect(values.note).toHaveLength(2000);
    expect(values.locations).toHaveLength(100);
  });

  it("keeps values as typed so the form reports them", () => {
    const values = prefillFromSearchParams(new URLSearchParams("interval=soon&enabled=maybe"));
    expect(values).toEqual({ interval: "soon", enabled: "maybe" });
  });
});

describe("searchParamsFromMonitor", () => {
  const values = {
    billing_plancode: "UBM - A/A",
    name: "Support mailbox",
    smtp_hostname: "smtps://smtp.example.com:465",
    pop3_hostname: "pop3s://pop.example.com:995",
    email: "roundtrip@example.com",
    email_username: "roundtrip",
    email_password: "s3cret",
    enabled: "true",
    interval: "15",
    timeout: "",
    locations: ["10", "40"],
    home_location: "10",
    mode: "Primary",
    custom_properties: [{ id: "1", value_id: "11" }],
  };

  it("leaves the password and empty fields out", () => {
    const params = searchParamsFromMonitor(values);
    expect(params.has("email_password")).toBe(false);
    expect(params.has("timeout")).toBe(false);
    expect(params.toString()).not.toContain("s3cret");
    expect(params.get("locations")).toBe("10,40");
    expect(params.get("custom_properties")).toBe("1:11");
  });

  it("round-trips through prefillFromSearchParams (without the password)", () => {
    const { email_password: _password, timeout: _empty, ...rest } = values;
    expect(prefillFromSearchParams(searchParamsFromMonitor(values))).toEqual(rest);
  });

  it("takes numbers, booleans and {id} locations too", () => {
    const params = searchParamsFromMonitor({ interval: 15, enabled: false, locations: [{ id: 10 }, 40] });
    expect(params.toString()).toBe("enabled=false&interval=15&locations=10%2C40");
  });

  it("clones into a form that validates to the same body, minus the password", () => {
    const original = monitorCreateSchema.parse(values);
    const clone = monitorCreateSchema.parse(prefillFromSearchParams(searchParamsFromMonitor(values)));
    const { email_password: _password, ...expected } = original;
    expect(clone).toEqual(expected);
  });
});

describe("copyOfMonitor", () => {
  it("copies every setting but the password and the mailbox, as “Copy of …”", () => {
    const copy = copyOfMonitor(upstream);
    expect(copy.name).toBe("Copy of Support mailbox");
    expect(copy.email).toBe("");
    expect(copy.email_password).toBe("");
    expect(copy.smtp_hostname).toBe(upstream.smtp_hostname);
    expect(copy.interval).toBe("15");
    expect(copy.locations).toEqual(["10", "40"]);
  });

  it("names a copy of an unnamed monitor after its ID", () => {
    expect(copyOfMonitor({ id: "7" }).name).toBe("Copy of monitor 7");
  });
});
