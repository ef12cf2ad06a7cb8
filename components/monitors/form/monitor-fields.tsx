"use client";

import { useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { type MonitorChoices } from "@/lib/monitors/choices";
import { type MonitorFormValues } from "@/lib/monitors/create-schema";
import { COMMON_INTERVALS, MONITOR_MODES } from "@/lib/monitors/field-names";
import { valueLookupFromChoices } from "@/lib/monitors/changes";
import {
  type FieldGroup,
  fieldLabel,
  fieldsInGroup,
  formatFieldValue,
  groupInfo,
  type ValueLookup,
} from "@/lib/monitors/fields";
import { isBlank } from "@/lib/monitors/values";
import { plural } from "@/lib/plural";
import { CustomPropertiesField } from "./custom-properties-field";
import { SelectControl, SuggestControl, TextAreaControl, TextControl, YesNoControl } from "./field-controls";
import { FormSection, Wide } from "./form-section";
import { MailboxControl } from "./mailbox-control";
import { LocationsField, locationOptions, selectedLocationIds } from "./locations-field";

type MonitorFieldsProps = {
  choices: MonitorChoices;
  /** Edit forms say that an empty password keeps the current one; create forms don't. */
  purpose: "create" | "edit";
  /** Folded sections to show open from the start (they hold values the user should see). */
  openGroups?: ReadonlySet<FieldGroup>;
  /** The monitor being edited: its own mailbox is not "used by another monitor". */
  monitorId?: string;
  /** A copy of another monitor, whose mailbox is left for the user to fill in. */
  isCopy?: boolean;
};

const MODE_OPTIONS = MONITOR_MODES.map((mode) => ({ value: mode, label: mode }));
const INTERVAL_SUGGESTIONS = COMMON_INTERVALS.map((minutes) => ({
  value: String(minutes),
  label: plural(minutes, "minute", "minutes"),
}));

const PASSWORD_HELP = {
  create: "The test mailbox's password, if it needs one. AlertSite stores it and never shows it again.",
  edit: "Leave empty to keep the current password. Type a new one only to change it; AlertSite never shows it.",
} as const;

function useGroupErrors(): (group: FieldGroup) => boolean {
  const { formState } = useFormContext<MonitorFormValues>();
  const errors = formState.errors;
  return (group) => fieldsInGroup(group).some((field) => errors[field] !== undefined);
}

function HomeLocationControl({ choices }: { choices: MonitorChoices }) {
  const chosen = selectedLocationIds(useWatch<MonitorFormValues, "locations">({ name: "locations" }));
  const all = locationOptions(choices.locations, chosen);
  const options = chosen.length > 0 ? all.filter((option) => chosen.includes(option.value)) : all;
  return <SelectControl name="home_location" options={options} />;
}

/** A folded section's values in one line: "Run every: 15 minutes · Monitoring locations: Sydney, AU". */
function SectionValues({ group, lookup }: { group: FieldGroup; lookup: ValueLookup }) {
  const fields = fieldsInGroup(group).filter((field) => field !== "email_password");
  const values = useWatch<MonitorFormValues>({ name: fields });
  const parts = fields.flatMap((field, index) => {
    const value: unknown = values[index];
    return isBlank(value) ? [] : [`${fieldLabel(field)}: ${formatFieldValue(field, value, lookup)}`];
  });
  return parts.length === 0 ? null : <>{parts.join(" · ")}</>;
}

/** Every field of a round-trip email monitor, in sections: required ones first, always open. */
export function MonitorFields({
  choices,
  purpose,
  openGroups = new Set(),
  monitorId,
  isCopy = false,
}: MonitorFieldsProps) {
  const groupHasErrors = useGroupErrors();
  const lookup = useMemo(() => valueLookupFromChoices(choices), [choices]);
  const section = (id: FieldGroup) => {
    return {
      info: groupInfo(id),
      hasErrors: groupHasErrors(id),
      defaultOpen: openGroups.has(id),
      summary: <SectionValues group={id} lookup={lookup} />,
    };
  };
  const planSuggestions = choices.plans.map((plan) => ({ value: plan, label: plan }));

  return (
    <div className="space-y-5">
      <FormSection {...section("basics")}>
        <Wide>
          <TextControl name="name" />
        </Wide>
        <Wide>
          <SuggestControl name="billing_plancode" suggestions={planSuggestions} />
        </Wide>
      </FormSection>

      <FormSection {...section("mail")}>
        <TextControl name="smtp_hostname" inputMode="url" />
        <TextControl name="pop3_hostname" inputMode="url" />
        <Wide>
          <MailboxControl exceptId={monitorId} isCopy={isCopy} />
        </Wide>
        <TextControl name="email_username" autoComplete="off" />
        <TextControl name="email_password" type="password" autoComplete="new-password" help={PASSWORD_HELP[purpose]} />
      </FormSection>

      <FormSection {...section("schedule")}>
        <SuggestControl name="interval" suggestions={INTERVAL_SUGGESTIONS} inputMode="numeric" />
        <TextControl name="timeout" inputMode="numeric" />
        <YesNoControl name="enabled" />
        <div className="hidden md:block" />
        <Wide>
          <LocationsField known={choices.locations} />
        </Wide>
        <HomeLocationControl choices={choices} />
        <SelectControl name="mode" options={MODE_OPTIONS} />
        <YesNoControl name="rotate_locations" />
        <TextControl name="monitor_location_count" inputMode="numeric" />
      </FormSection>

      <FormSection {...section("alerts")}>
        <YesNoControl name="notify_on_error" />
        <YesNoControl name="retry_on_failure" />
        <Wide>
          <TextAreaControl name="alert_note" rows={3} />
        </Wide>
      </FormSection>

      <FormSection {...section("notes")}>
        <Wide>
          <TextAreaControl name="note" rows={2} />
        </Wide>
        <Wide>
          <CustomPropertiesField known={choices.customProperties} />
        </Wide>
        <YesNoControl name="allow_internal_testing" />
      </FormSection>
    </div>
  );
}
