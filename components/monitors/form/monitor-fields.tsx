"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { type MonitorChoices, locationLabel } from "@/lib/monitors/choices";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { COMMON_INTERVALS, MONITOR_MODES } from "@/lib/monitors/field-names";
import { FIELD_GROUPS, type FieldGroup as FieldGroupId, fieldsInGroup } from "@/lib/monitors/fields";
import { plural } from "@/lib/plural";
import { CustomPropertiesField } from "./custom-properties-field";
import { SelectControl, TextAreaControl, TextControl, YesNoControl } from "./field-controls";
import { FieldGroup } from "./field-group";
import { LocationsField } from "./locations-field";

type MonitorFieldsProps = {
  choices: MonitorChoices;
  /** Edit forms say that an empty password keeps the current one; create forms don't. */
  purpose: "create" | "edit";
  /** Optional groups to show open from the start (they hold values the user should see). */
  openGroups?: ReadonlySet<FieldGroupId>;
};

const MODE_OPTIONS = MONITOR_MODES.map((mode) => ({ value: mode, label: mode }));

const PASSWORD_HELP = {
  create: "The password of the test mailbox, if it needs one. AlertSite stores it and never shows it again.",
  edit: "Leave empty to keep the current password. Type a new one only to change it; AlertSite never shows it.",
} as const;

function useGroupErrors(): (group: FieldGroupId) => boolean {
  const { formState } = useFormContext<MonitorFormValues>();
  const errors = formState.errors;
  return (group) => fieldsInGroup(group).some((field) => errors[field] !== undefined);
}

function HomeLocationControl({ choices }: { choices: MonitorChoices }) {
  const chosen = useWatch<MonitorFormValues, "locations">({ name: "locations" }) ?? [];
  const chosenIds = new Set(chosen.map((item) => (typeof item === "object" ? String(item.id) : String(item))));
  const named = new Map(choices.locations.map((location) => [String(location.id), location]));
  const candidates = chosenIds.size > 0 ? [...chosenIds] : [...named.keys()];
  const options = candidates.map((id) => ({
    value: id,
    label: locationLabel(named.get(id) ?? { id: Number(id), name: undefined }),
  }));
  return <SelectControl name="home_location" options={options} />;
}

/** Every field of a round-trip email monitor, required ones first, optional ones in groups. */
export function MonitorFields({ choices, purpose, openGroups = new Set() }: MonitorFieldsProps) {
  const groupHasErrors = useGroupErrors();
  const group = (id: FieldGroupId) => {
    const info = FIELD_GROUPS.find((candidate) => candidate.id === id);
    return {
      title: info?.title ?? id,
      description: info?.description ?? "",
      hasErrors: groupHasErrors(id),
      defaultOpen: openGroups.has(id),
    };
  };

  return (
    <div className="space-y-6">
      <section aria-labelledby="group-required" className="space-y-5 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="group-required" className="text-lg font-semibold">
          {group("required").title}
        </h2>
        <datalist id="known-plans">
          {choices.plans.map((plan) => (
            <option key={plan} value={plan} />
          ))}
        </datalist>
        <TextControl name="billing_plancode" listId="known-plans" />
        <TextControl name="name" />
        <TextControl name="smtp_hostname" inputMode="url" placeholder="smtps://smtp.example.com:465" />
        <TextControl name="pop3_hostname" inputMode="url" placeholder="pop3s://pop.example.com:995" />
        <TextControl name="email" type="email" inputMode="email" placeholder="roundtrip@example.com" />
      </section>

      <FieldGroup {...group("mailbox-login")}>
        <TextControl name="email_username" autoComplete="off" />
        <TextControl name="email_password" type="password" autoComplete="new-password" help={PASSWORD_HELP[purpose]} />
      </FieldGroup>

      <FieldGroup {...group("schedule")}>
        <YesNoControl name="enabled" />
        <datalist id="common-intervals">
          {COMMON_INTERVALS.map((minutes) => (
            <option key={minutes} value={minutes} label={plural(minutes, "minute", "minutes")} />
          ))}
        </datalist>
        <TextControl name="interval" inputMode="numeric" listId="common-intervals" placeholder="15" />
        <TextControl name="timeout" inputMode="numeric" placeholder="300" />
      </FieldGroup>

      <FieldGroup {...group("locations")}>
        <LocationsField known={choices.locations} />
        <HomeLocationControl choices={choices} />
        <SelectControl name="mode" options={MODE_OPTIONS} />
        <YesNoControl name="rotate_locations" />
        <TextControl name="monitor_location_count" inputMode="numeric" />
      </FieldGroup>

      <FieldGroup {...group("alerts")}>
        <YesNoControl name="notify_on_error" />
        <YesNoControl name="retry_on_failure" />
        <TextAreaControl name="alert_note" rows={4} />
      </FieldGroup>

      <FieldGroup {...group("notes")}>
        <TextAreaControl name="note" />
      </FieldGroup>

      <FieldGroup {...group("advanced")}>
        <YesNoControl name="allow_internal_testing" />
        <CustomPropertiesField known={choices.customProperties} />
      </FieldGroup>
    </div>
  );
}
