CREATE TABLE "revoked_session" (
	"session_id" text PRIMARY KEY NOT NULL,
	"until" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempt" (
	"attempt_id" uuid NOT NULL,
	"throttle_key" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "revoked_session_until_idx" ON "revoked_session" USING btree ("until");--> statement-breakpoint
CREATE INDEX "sign_in_attempt_key_idx" ON "sign_in_attempt" USING btree ("throttle_key","at");--> statement-breakpoint
CREATE INDEX "sign_in_attempt_id_idx" ON "sign_in_attempt" USING btree ("attempt_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempt_expiry_idx" ON "sign_in_attempt" USING btree ("expires_at");