CREATE TABLE "booking_audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hold_id" uuid,
	"offer_id" uuid,
	"validation_item_id" uuid,
	"action" text NOT NULL,
	"actor" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"venue_profile_id" uuid NOT NULL,
	"artist_profile_id" uuid NOT NULL,
	"venue_organisation_id" uuid NOT NULL,
	"artist_organisation_id" uuid NOT NULL,
	"placed_by_organisation_id" uuid NOT NULL,
	"placed_by" uuid,
	"stage" text DEFAULT 'main' NOT NULL,
	"day" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"challenged_by_hold_id" uuid,
	"challenge_deadline" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_holds_status_check" CHECK ("booking_holds"."status" in ('active','challenged','offered','booked','released','expired'))
);
--> statement-breakpoint
CREATE TABLE "booking_offer_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"fee_cents" integer NOT NULL,
	"currency" text NOT NULL,
	"terms" jsonb NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_offer_revisions_fee_check" CHECK ("booking_offer_revisions"."fee_cents" > 0),
	CONSTRAINT "booking_offer_revisions_currency_check" CHECK ("booking_offer_revisions"."currency" in ('EUR','CHF'))
);
--> statement-breakpoint
CREATE TABLE "booking_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hold_id" uuid NOT NULL,
	"venue_organisation_id" uuid NOT NULL,
	"artist_organisation_id" uuid NOT NULL,
	"awaiting_organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"current_revision" integer DEFAULT 1 NOT NULL,
	"match_score" real,
	"tier" text,
	"contract_id" uuid,
	"signatories" jsonb NOT NULL,
	"signature_request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_offers_status_check" CHECK ("booking_offers"."status" in ('pending','accepted','declined','withdrawn')),
	CONSTRAINT "booking_offers_tier_check" CHECK ("booking_offers"."tier" is null or "booking_offers"."tier" in ('complete','pre_generated','assisted'))
);
--> statement-breakpoint
CREATE TABLE "booking_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"challenge_seconds" integer DEFAULT 172800 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_settings_challenge_check" CHECK ("booking_settings"."challenge_seconds" between 3600 and 1209600)
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"venue_profile_id" uuid NOT NULL,
	"artist_profile_id" uuid NOT NULL,
	"venue_organisation_id" uuid NOT NULL,
	"artist_organisation_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"day" date NOT NULL,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_status_check" CHECK ("bookings"."status" in ('confirmed','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "validation_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"contract_id" uuid,
	"reasons" text[] NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"escalated_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "validation_items_status_check" CHECK ("validation_items"."status" in ('pending','changes_requested','approved','rejected'))
);
--> statement-breakpoint
ALTER TABLE "booking_audit" ADD CONSTRAINT "booking_audit_hold_id_booking_holds_id_fk" FOREIGN KEY ("hold_id") REFERENCES "public"."booking_holds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_audit" ADD CONSTRAINT "booking_audit_offer_id_booking_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."booking_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_audit" ADD CONSTRAINT "booking_audit_validation_item_id_validation_items_id_fk" FOREIGN KEY ("validation_item_id") REFERENCES "public"."validation_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_holds" ADD CONSTRAINT "booking_holds_venue_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("venue_profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_holds" ADD CONSTRAINT "booking_holds_artist_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("artist_profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_holds" ADD CONSTRAINT "booking_holds_venue_organisation_id_organisations_id_fk" FOREIGN KEY ("venue_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_holds" ADD CONSTRAINT "booking_holds_artist_organisation_id_organisations_id_fk" FOREIGN KEY ("artist_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_holds" ADD CONSTRAINT "booking_holds_placed_by_organisation_id_organisations_id_fk" FOREIGN KEY ("placed_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_holds" ADD CONSTRAINT "booking_holds_placed_by_users_id_fk" FOREIGN KEY ("placed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_offer_revisions" ADD CONSTRAINT "booking_offer_revisions_offer_id_booking_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."booking_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_offer_revisions" ADD CONSTRAINT "booking_offer_revisions_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_offer_revisions" ADD CONSTRAINT "booking_offer_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_offers" ADD CONSTRAINT "booking_offers_hold_id_booking_holds_id_fk" FOREIGN KEY ("hold_id") REFERENCES "public"."booking_holds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_offers" ADD CONSTRAINT "booking_offers_venue_organisation_id_organisations_id_fk" FOREIGN KEY ("venue_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_offers" ADD CONSTRAINT "booking_offers_artist_organisation_id_organisations_id_fk" FOREIGN KEY ("artist_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_offers" ADD CONSTRAINT "booking_offers_awaiting_organisation_id_organisations_id_fk" FOREIGN KEY ("awaiting_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_offers" ADD CONSTRAINT "booking_offers_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_settings" ADD CONSTRAINT "booking_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_offer_id_booking_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."booking_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_venue_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("venue_profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_artist_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("artist_profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_venue_organisation_id_organisations_id_fk" FOREIGN KEY ("venue_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_artist_organisation_id_organisations_id_fk" FOREIGN KEY ("artist_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "validation_items" ADD CONSTRAINT "validation_items_offer_id_booking_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."booking_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "validation_items" ADD CONSTRAINT "validation_items_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "validation_items" ADD CONSTRAINT "validation_items_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_audit_hold_idx" ON "booking_audit" USING btree ("hold_id","occurred_at");--> statement-breakpoint
CREATE INDEX "booking_audit_offer_idx" ON "booking_audit" USING btree ("offer_id","occurred_at");--> statement-breakpoint
CREATE INDEX "booking_holds_slot_idx" ON "booking_holds" USING btree ("venue_profile_id","stage","day","created_at");--> statement-breakpoint
CREATE INDEX "booking_holds_artist_idx" ON "booking_holds" USING btree ("artist_profile_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_holds_live_once_idx" ON "booking_holds" USING btree ("venue_profile_id","stage","day","artist_profile_id") WHERE "booking_holds"."status" in ('active','challenged','offered');--> statement-breakpoint
CREATE UNIQUE INDEX "booking_offer_revisions_once_idx" ON "booking_offer_revisions" USING btree ("offer_id","revision");--> statement-breakpoint
CREATE INDEX "booking_offers_hold_idx" ON "booking_offers" USING btree ("hold_id");--> statement-breakpoint
CREATE INDEX "booking_offers_venue_org_idx" ON "booking_offers" USING btree ("venue_organisation_id");--> statement-breakpoint
CREATE INDEX "booking_offers_artist_org_idx" ON "booking_offers" USING btree ("artist_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_offers_hold_open_idx" ON "booking_offers" USING btree ("hold_id") WHERE "booking_offers"."status" in ('pending','accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_venue_day_confirmed_idx" ON "bookings" USING btree ("venue_profile_id","stage","day") WHERE "bookings"."status" = 'confirmed';--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_artist_day_confirmed_idx" ON "bookings" USING btree ("artist_profile_id","day") WHERE "bookings"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "bookings_venue_org_idx" ON "bookings" USING btree ("venue_organisation_id");--> statement-breakpoint
CREATE INDEX "bookings_artist_org_idx" ON "bookings" USING btree ("artist_organisation_id");--> statement-breakpoint
CREATE INDEX "validation_items_status_idx" ON "validation_items" USING btree ("status","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "validation_items_offer_open_idx" ON "validation_items" USING btree ("offer_id") WHERE "validation_items"."status" in ('pending','changes_requested');