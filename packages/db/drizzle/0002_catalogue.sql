CREATE TABLE "availability_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"weekdays" smallint[] NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "availability_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"source_id" uuid,
	"external_uid" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "availability_slots_status_check" CHECK ("availability_slots"."status" in ('available','option','booked','unavailable')),
	CONSTRAINT "availability_slots_range_check" CHECK ("availability_slots"."start_date" <= "availability_slots"."end_date")
);
--> statement-breakpoint
CREATE TABLE "calendar_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"url" text,
	"label" text NOT NULL,
	"last_synced_at" timestamp with time zone,
	"event_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_collaborations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"partner_organisation_id" uuid NOT NULL,
	"worked_on" date NOT NULL,
	"reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"verification" text DEFAULT 'unverified' NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"country" text NOT NULL,
	"region" text,
	"departement" text,
	"city" text,
	"postcode" text,
	"insee_code" text,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"genres" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"features" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity_min" integer,
	"capacity_max" integer,
	"price_min_cents" integer,
	"price_max_cents" integer,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"travel_radius_m" integer,
	"rating_avg" real,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"completion" smallint DEFAULT 0 NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"media_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"calendar_token" text DEFAULT encode(gen_random_bytes(18), 'hex') NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_profiles_kind_check" CHECK ("catalogue_profiles"."kind" in ('artist','venue','street_arts_company','technician','service_provider','municipality','campsite','audiovisual_production')),
	CONSTRAINT "catalogue_profiles_status_check" CHECK ("catalogue_profiles"."status" in ('draft','published')),
	CONSTRAINT "catalogue_profiles_verification_check" CHECK ("catalogue_profiles"."verification" in ('unverified','pending','verified','rejected')),
	CONSTRAINT "catalogue_profiles_country_check" CHECK ("catalogue_profiles"."country" in ('FR','BE','CH','LU')),
	CONSTRAINT "catalogue_profiles_coordinates_check" CHECK ("catalogue_profiles"."latitude" between -90 and 90 and "catalogue_profiles"."longitude" between -180 and 180),
	CONSTRAINT "catalogue_profiles_capacity_check" CHECK ("catalogue_profiles"."capacity_min" >= 0 and "catalogue_profiles"."capacity_min" <= "catalogue_profiles"."capacity_max"),
	CONSTRAINT "catalogue_profiles_price_check" CHECK ("catalogue_profiles"."price_min_cents" >= 0 and "catalogue_profiles"."price_min_cents" <= "catalogue_profiles"."price_max_cents"),
	CONSTRAINT "catalogue_profiles_rating_check" CHECK ("catalogue_profiles"."rating_avg" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "catalogue_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"author_organisation_id" uuid NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_reviews_rating_check" CHECK ("catalogue_reviews"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "towns" (
	"id" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"insee_code" text,
	"departement" text,
	"region" text,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"population" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_slots" ADD CONSTRAINT "availability_slots_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_sources" ADD CONSTRAINT "calendar_sources_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_collaborations" ADD CONSTRAINT "catalogue_collaborations_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_collaborations" ADD CONSTRAINT "catalogue_collaborations_partner_organisation_id_organisations_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_profiles" ADD CONSTRAINT "catalogue_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_reviews" ADD CONSTRAINT "catalogue_reviews_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_reviews" ADD CONSTRAINT "catalogue_reviews_author_organisation_id_organisations_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "availability_rules_profile_idx" ON "availability_rules" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "availability_slots_source_idx" ON "availability_slots" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "calendar_sources_profile_idx" ON "calendar_sources" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "catalogue_collaborations_profile_idx" ON "catalogue_collaborations" USING btree ("profile_id","partner_organisation_id");--> statement-breakpoint
CREATE INDEX "catalogue_profiles_org_idx" ON "catalogue_profiles" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_profiles_calendar_token_idx" ON "catalogue_profiles" USING btree ("calendar_token");--> statement-breakpoint
CREATE INDEX "catalogue_profiles_genres_idx" ON "catalogue_profiles" USING gin ("genres");--> statement-breakpoint
CREATE INDEX "catalogue_profiles_kind_price_idx" ON "catalogue_profiles" USING btree ("kind","price_min_cents","id") WHERE "catalogue_profiles"."status" = 'published';--> statement-breakpoint
CREATE INDEX "catalogue_profiles_kind_rating_idx" ON "catalogue_profiles" USING btree ("kind","rating_avg","id") WHERE "catalogue_profiles"."status" = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_reviews_once_idx" ON "catalogue_reviews" USING btree ("profile_id","author_organisation_id");--> statement-breakpoint
CREATE INDEX "towns_population_idx" ON "towns" USING btree ("population");