CREATE TYPE "public"."history_action" AS ENUM('create', 'edit', 'pause', 'resume', 'delete', 'test');--> statement-breakpoint
CREATE TYPE "public"."history_answer_lost" AS ENUM('timeout', 'connection-lost', 'gateway-error', 'unreadable-answer');--> statement-breakpoint
CREATE TYPE "public"."history_outcome" AS ENUM('pending', 'done', 'refused', 'not-made', 'unknown');--> statement-breakpoint
CREATE TABLE "history_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"monitor_id" text,
	"monitor_name" text NOT NULL,
	"action" "history_action" NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outcome" "history_outcome" DEFAULT 'pending' NOT NULL,
	"message" text,
	"answer_lost" "history_answer_lost",
	"outcome_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"bulk_action_id" uuid
);
--> statement-breakpoint
CREATE INDEX "history_entry_at_idx" ON "history_entry" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "history_entry_monitor_idx" ON "history_entry" USING btree ("monitor_id","at","id");--> statement-breakpoint
CREATE INDEX "history_entry_actor_idx" ON "history_entry" USING btree ("actor","at","id");--> statement-breakpoint
CREATE INDEX "history_entry_action_idx" ON "history_entry" USING btree ("action","at","id");--> statement-breakpoint
CREATE INDEX "history_entry_outcome_idx" ON "history_entry" USING btree ("outcome","at","id");--> statement-breakpoint
CREATE INDEX "history_entry_bulk_idx" ON "history_entry" USING btree ("bulk_action_id") WHERE "history_entry"."bulk_action_id" is not null;