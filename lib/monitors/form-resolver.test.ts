import { zodResolver } from "@hookform/resolvers/zod";
import { type Resolver } from "react-hook-form";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type z } from "zod";
import { monitorCreateSchema, type MonitorCreateBody, type MonitorFormValues } from "./create-schema";
import { editSchemaFor, type MonitorEditBody } from "./edit-schema";
import { emptyMonitorFormValues } from "./form-values";

// What `useForm<z.input<typeof s>, unknown, z.output<typeof s>>({ resolver: zodResolver(s) })` needs.
const createResolver: Resolver<
  z.input<typeof monitorCreateSchema>,
  unknown,
  z.output<typeof monitorCreateSchema>
> = zodResolver(monitorCreateSchema);
// The edit form holds every field (formValuesFromUpstream) and submits an edit body.
const editResolver: Resolver<MonitorFormValues, unknown, MonitorEditBody> = zodResolver(
  editSchemaFor({ id: "1", interval: 15 }),
);

const resolverOptions = { fields: {}, shouldUseNativeValidation: false } as const;

describe("react-hook-form resolver", () => {
  it("types line up with useForm's input and output", () => {
    expectTypeOf<MonitorFormValues>().toEqualTypeOf<z.input<typeof monitorCreateSchema>>();
    expectTypeOf<MonitorCreateBody>().toEqualTypeOf<z.output<typeof monitorCreateSchema>>();
    expectTypeOf(emptyMonitorFormValues).toExtend<MonitorFormValues>();
    expectTypeOf<MonitorFormValues["interval"]>().toEqualTypeOf<string | number | undefined>();
    expectTypeOf<MonitorCreateBody["interval"]>().toEqualTypeOf<number | undefined>();
  });

  it("puts required-field and cross-field errors beside their fields", async () => {
    const result = await createResolver(
      {
        ...emptyMonitorFormValues,
        name: "Support",
        interval: "1",
        timeout: "90",
        locations: ["10"],
        home_location: "40",
        monitor_location_count: "2",
      },
      undefined,
      resolverOptions,
    );
    expect(Object.keys(result.errors).sort()).toEqual(
      [
        "billing_plancode",
        "email",
        "home_location",
        "monitor_location_count",
        "pop3_hostname",
        "smtp_hostname",
        "timeout",
      ].sort(),
    );
    expect(result.errors.timeout?.message).toMatch(/at most 59 seconds/);
  });

  it("gives the API body as the form's submitted values", async () => {
    const result = await createResolver(
      {
        ...emptyMonitorFormValues,
        billing_plancode: "UBM - A/A",
        name: "Support",
        smtp_hostname: "smtp.example.com",
        pop3_hostname: "pop.example.com",
        email: "roundtrip@example.com",
        interval: "15",
        enabled: "false",
      },
      undefined,
      resolverOptions,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      billing_plancode: "UBM - A/A",
      name: "Support",
      smtp_hostname: "smtp.example.com",
      pop3_hostname: "pop.example.com",
      email: "roundtrip@example.com",
      interval: 15,
      enabled: false,
    });
  });

  it("edit form: maps row and cross-field errors to their fields", async () => {
    const filled = {
      billing_plancode: "P",
      name: "N",
      smtp_hostname: "smtp.example.com",
      pop3_hostname: "pop.example.com",
      email: "a@example.com",
      interval: "15",
    };
    const result = await editResolver(
      { ...emptyMonitorFormValues, ...filled, custom_properties: [{ id: "1", value_id: "" }] },
      undefined,
      resolverOptions,
    );
    expect(result.errors.custom_properties?.[0]?.value_id?.message).toBe("Choose a value for this property.");
    expect(Object.keys(result.errors)).toEqual(["custom_properties"]);
    expect(await editResolver({ ...filled, interval: "1", timeout: "60" }, undefined, resolverOptions)).toMatchObject({
      errors: { timeout: { message: expect.stringMatching(/at most 59 seconds/) } },
    });
  });
});
