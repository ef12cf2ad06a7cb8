import { CircleAlertIcon, CircleCheckIcon, CircleDashedIcon, CircleHelpIcon, CircleSlashIcon } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { OUTCOME_EXPLANATIONS, OUTCOME_LABELS } from "@/lib/history/describe-entry";
import { type HistoryOutcome } from "@/lib/history/entry";

const VARIANTS: Readonly<Record<HistoryOutcome, BadgeProps["variant"]>> = {
  done: "success",
  refused: "destructive",
  "not-made": "secondary",
  unknown: "warning",
  pending: "outline",
};

const ICONS = {
  done: CircleCheckIcon,
  refused: CircleAlertIcon,
  "not-made": CircleSlashIcon,
  unknown: CircleHelpIcon,
  pending: CircleDashedIcon,
} as const;

/** Done, Refused, Not made, Outcome unknown or Pending; what it means in the title. */
export function OutcomeBadge({ outcome }: { outcome: HistoryOutcome }) {
  const Icon = ICONS[outcome];
  return (
    <Badge variant={VARIANTS[outcome]} title={OUTCOME_EXPLANATIONS[outcome]}>
      <Icon aria-hidden />
      {OUTCOME_LABELS[outcome]}
    </Badge>
  );
}
