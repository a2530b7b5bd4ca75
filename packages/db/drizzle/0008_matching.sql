CREATE TABLE "catalogue_profile_changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"profile_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_shortlist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"kind" text NOT NULL,
	"subject_profile_id" uuid,
	"candidate_profile_id" uuid NOT NULL,
	"candidate_organisation_id" uuid NOT NULL,
	"day" date,
	"score" real NOT NULL,
	"config_context" text NOT NULL,
	"config_version" text NOT NULL,
	"request" jsonb NOT NULL,
	"breakdown" jsonb NOT NULL,
	"note" text,
	"status" text DEFAULT 'saved' NOT NULL,
	"hold_requested_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_shortlist_kind_check" CHECK ("matching_shortlist"."kind" in ('venues-for-artist','artists-for-venue','technicians','street-arts','campsite')),
	CONSTRAINT "matching_shortlist_status_check" CHECK ("matching_shortlist"."status" in ('saved','hold_requested')),
	CONSTRAINT "matching_shortlist_score_check" CHECK ("matching_shortlist"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "matching_weight_configs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"context" text NOT NULL,
	"version" text NOT NULL,
	"weights" jsonb NOT NULL,
	"label" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_weight_configs_context_check" CHECK ("matching_weight_configs"."context" in ('artist-venue','technician','street-arts','campsite'))
);
--> statement-breakpoint
ALTER TABLE "matching_shortlist" ADD CONSTRAINT "matching_shortlist_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_shortlist" ADD CONSTRAINT "matching_shortlist_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_shortlist" ADD CONSTRAINT "matching_shortlist_subject_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("subject_profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_shortlist" ADD CONSTRAINT "matching_shortlist_candidate_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("candidate_profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_shortlist" ADD CONSTRAINT "matching_shortlist_candidate_organisation_id_organisations_id_fk" FOREIGN KEY ("candidate_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_weight_configs" ADD CONSTRAINT "matching_weight_configs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_weight_configs" ADD CONSTRAINT "matching_weight_configs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_profile_changes_changed_idx" ON "catalogue_profile_changes" USING btree ("changed_at");--> statement-breakpoint
CREATE INDEX "matching_shortlist_org_idx" ON "matching_shortlist" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_shortlist_once_idx" ON "matching_shortlist" USING btree ("organisation_id","kind",coalesce("subject_profile_id", '00000000-0000-0000-0000-000000000000'::uuid),"candidate_profile_id",coalesce("day", '0001-01-01'::date));--> statement-breakpoint
CREATE UNIQUE INDEX "matching_weight_configs_version_idx" ON "matching_weight_configs" USING btree ("organisation_id","context","version") WHERE "matching_weight_configs"."organisation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "matching_weight_configs_platform_idx" ON "matching_weight_configs" USING btree ("context","version") WHERE "matching_weight_configs"."organisation_id" is null;