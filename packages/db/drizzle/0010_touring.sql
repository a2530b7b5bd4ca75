CREATE TABLE "tours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"problem" jsonb NOT NULL,
	"stop_details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result" jsonb,
	"selection" jsonb,
	"locked" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"seed" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"planned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tours_status_check" CHECK ("tours"."status" in ('draft','planned','chosen'))
);
--> statement-breakpoint
ALTER TABLE "tours" ADD CONSTRAINT "tours_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tours" ADD CONSTRAINT "tours_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tours_org_idx" ON "tours" USING btree ("organisation_id","created_at");