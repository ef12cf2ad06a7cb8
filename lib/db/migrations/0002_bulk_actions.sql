CREATE TYPE "public"."bulk_action_state" AS ENUM('running', 'cancelling', 'cancelled', 'finished');--> statement-breakpoint
CREATE TYPE "public"."bulk_item_status" AS ENUM('queued', 'sending', 'waiting', 'done', 'failed', 'unknown', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."bulk_kind" AS ENUM('pause', 'resume', 'delete', 'edit', 'create');--> statement-breakpoint
CREATE TABLE "bulk_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor" text NOT NULL,
	"request_key" uuid NOT NULL,
	"kind" "bulk_kind" NOT NULL,
	"state" "bulk_action_state" DEFAULT 'running' NOT NULL,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone,
	"heartbeat_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bulk_item" (
	"bulk_action_id" uuid NOT NULL,
	"index" integer NOT NULL,
	"monitor_id" text,
	"monitor_name" text NOT NULL,
	"row" integer,
	"patch" jsonb,
	"status" "bulk_item_status" DEFAULT 'queued' NOT NULL,
	"message" text,
	"alert_site" text,
	"history_entry_id" uuid,
	CONSTRAINT "bulk_item_bulk_action_id_index_pk" PRIMARY KEY("bulk_action_id","index")
);
--> statement-breakpoint
CREATE TABLE "bulk_retry" (
	"bulk_action_id" uuid NOT NULL,
	"request_key" uuid NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulk_retry_bulk_action_id_request_key_pk" PRIMARY KEY("bulk_action_id","request_key")
);
--> statement-breakpoint
ALTER TABLE "bulk_item" ADD CONSTRAINT "bulk_item_bulk_action_id_bulk_action_id_fk" FOREIGN KEY ("bulk_action_id") REFERENCES "public"."bulk_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_retry" ADD CONSTRAINT "bulk_retry_bulk_action_id_bulk_action_id_fk" FOREIGN KEY ("bulk_action_id") REFERENCES "public"."bulk_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bulk_action_request_key_idx" ON "bulk_action" USING btree ("actor","request_key");--> statement-breakpoint
CREATE INDEX "bulk_action_actor_idx" ON "bulk_action" USING btree ("actor","started_at");