CREATE TABLE "municipal_archive" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"event_id" uuid,
	"company_organisation_id" uuid,
	"reference" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"retain_until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipal_archive_kind_check" CHECK ("municipal_archive"."kind" in ('contract','purchase_order','invoice','cahier_des_charges')),
	CONSTRAINT "municipal_archive_sha_check" CHECK ("municipal_archive"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "municipal_counters" (
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "municipal_counters_organisation_id_kind_year_pk" PRIMARY KEY("organisation_id","kind","year")
);
--> statement-breakpoint
CREATE TABLE "municipal_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'planning' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"start_time" text DEFAULT '18:00' NOT NULL,
	"end_time" text DEFAULT '23:00' NOT NULL,
	"place_type" text NOT NULL,
	"place_name" text NOT NULL,
	"address" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"expected_audience" integer NOT NULL,
	"audience_target" text DEFAULT 'all' NOT NULL,
	"free" boolean DEFAULT true NOT NULL,
	"need" text NOT NULL,
	"formats" jsonb NOT NULL,
	"technical_constraints" text DEFAULT '' NOT NULL,
	"power_kw" integer DEFAULT 0 NOT NULL,
	"sound_autonomy_required" boolean DEFAULT false NOT NULL,
	"bad_weather" text DEFAULT 'indoor_fallback' NOT NULL,
	"pmr_accessible" boolean DEFAULT true NOT NULL,
	"accessibility_notes" text DEFAULT '' NOT NULL,
	"response_deadline" date,
	"budget_year" integer NOT NULL,
	"budget_allocated_cents" bigint NOT NULL,
	"imputation_chapter" text NOT NULL,
	"imputation_article" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipal_events_kind_check" CHECK ("municipal_events"."kind" in ('fete_locale','marche','festival','inauguration','commemoration','other')),
	CONSTRAINT "municipal_events_status_check" CHECK ("municipal_events"."status" in ('planning','published','contracted','completed')),
	CONSTRAINT "municipal_events_place_check" CHECK ("municipal_events"."place_type" in ('place-publique','parc','rue','salle')),
	CONSTRAINT "municipal_events_dates_check" CHECK ("municipal_events"."end_date" >= "municipal_events"."start_date"),
	CONSTRAINT "municipal_events_budget_check" CHECK ("municipal_events"."budget_allocated_cents" >= 0),
	CONSTRAINT "municipal_events_audience_check" CHECK ("municipal_events"."expected_audience" > 0)
);
--> statement-breakpoint
CREATE TABLE "municipal_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"issuer_organisation_id" uuid NOT NULL,
	"buyer_organisation_id" uuid NOT NULL,
	"number" text NOT NULL,
	"issue_date" date NOT NULL,
	"received_on" date NOT NULL,
	"due_date" date NOT NULL,
	"total_excl_vat_cents" bigint NOT NULL,
	"tax_cents" bigint NOT NULL,
	"total_incl_vat_cents" bigint NOT NULL,
	"xml" text NOT NULL,
	"pdf_archive_id" uuid NOT NULL,
	"paid_on" date,
	"late_interest_cents" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipal_purchase_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"quote_id" uuid NOT NULL,
	"company_organisation_id" uuid NOT NULL,
	"number" text NOT NULL,
	"issue_date" date NOT NULL,
	"year" integer NOT NULL,
	"amount_excl_vat_cents" bigint NOT NULL,
	"vat_rate_basis_points" integer NOT NULL,
	"amount_incl_vat_cents" bigint NOT NULL,
	"imputation_chapter" text NOT NULL,
	"imputation_article" text NOT NULL,
	"billing" jsonb NOT NULL,
	"signed_by" uuid NOT NULL,
	"signatory_name" text NOT NULL,
	"signatory_capacity" text NOT NULL,
	"budget_override" jsonb,
	"status" text DEFAULT 'issued' NOT NULL,
	"service_done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipal_po_status_check" CHECK ("municipal_purchase_orders"."status" in ('issued','service_done','invoiced','paid')),
	CONSTRAINT "municipal_po_amount_check" CHECK ("municipal_purchase_orders"."amount_excl_vat_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "municipal_purchases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"event_id" uuid,
	"label" text NOT NULL,
	"category" text NOT NULL,
	"purchase_kind" text NOT NULL,
	"buyer_type" text NOT NULL,
	"purchase_date" date NOT NULL,
	"year" integer NOT NULL,
	"amount_excl_vat_cents" bigint NOT NULL,
	"homogeneous_total_before_cents" bigint NOT NULL,
	"procedure" text NOT NULL,
	"artistic_justification" text,
	"determination" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipal_purchases_amount_check" CHECK ("municipal_purchases"."amount_excl_vat_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "municipal_quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"company_organisation_id" uuid NOT NULL,
	"company_name" text NOT NULL,
	"show_title" text NOT NULL,
	"performance_type" text NOT NULL,
	"amount_excl_vat_cents" bigint NOT NULL,
	"vat_rate_basis_points" integer NOT NULL,
	"power_needed_kw" integer DEFAULT 0 NOT NULL,
	"gauge_min" integer NOT NULL,
	"gauge_max" integer NOT NULL,
	"pmr_accessible" boolean DEFAULT true NOT NULL,
	"base_latitude" double precision,
	"base_longitude" double precision,
	"base_label" text,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipal_quotes_status_check" CHECK ("municipal_quotes"."status" in ('submitted','selected','rejected')),
	CONSTRAINT "municipal_quotes_amount_check" CHECK ("municipal_quotes"."amount_excl_vat_cents" > 0)
);
--> statement-breakpoint
ALTER TABLE "municipal_archive" ADD CONSTRAINT "municipal_archive_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_archive" ADD CONSTRAINT "municipal_archive_event_id_municipal_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."municipal_events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_archive" ADD CONSTRAINT "municipal_archive_company_organisation_id_organisations_id_fk" FOREIGN KEY ("company_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_counters" ADD CONSTRAINT "municipal_counters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_events" ADD CONSTRAINT "municipal_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_invoices" ADD CONSTRAINT "municipal_invoices_purchase_order_id_municipal_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."municipal_purchase_orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_invoices" ADD CONSTRAINT "municipal_invoices_issuer_organisation_id_organisations_id_fk" FOREIGN KEY ("issuer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_invoices" ADD CONSTRAINT "municipal_invoices_buyer_organisation_id_organisations_id_fk" FOREIGN KEY ("buyer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_purchase_orders" ADD CONSTRAINT "municipal_purchase_orders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_purchase_orders" ADD CONSTRAINT "municipal_purchase_orders_event_id_municipal_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."municipal_events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_purchase_orders" ADD CONSTRAINT "municipal_purchase_orders_quote_id_municipal_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."municipal_quotes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_purchase_orders" ADD CONSTRAINT "municipal_purchase_orders_company_organisation_id_organisations_id_fk" FOREIGN KEY ("company_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_purchase_orders" ADD CONSTRAINT "municipal_purchase_orders_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_purchases" ADD CONSTRAINT "municipal_purchases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_purchases" ADD CONSTRAINT "municipal_purchases_event_id_municipal_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."municipal_events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_purchases" ADD CONSTRAINT "municipal_purchases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_quotes" ADD CONSTRAINT "municipal_quotes_event_id_municipal_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."municipal_events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_quotes" ADD CONSTRAINT "municipal_quotes_company_organisation_id_organisations_id_fk" FOREIGN KEY ("company_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "municipal_archive_lookup_idx" ON "municipal_archive" USING btree ("organisation_id","year","kind");--> statement-breakpoint
CREATE INDEX "municipal_archive_event_idx" ON "municipal_archive" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "municipal_archive_company_idx" ON "municipal_archive" USING btree ("company_organisation_id");--> statement-breakpoint
CREATE INDEX "municipal_events_org_date_idx" ON "municipal_events" USING btree ("organisation_id","start_date");--> statement-breakpoint
CREATE INDEX "municipal_events_status_date_idx" ON "municipal_events" USING btree ("status","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "municipal_invoices_number_idx" ON "municipal_invoices" USING btree ("issuer_organisation_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "municipal_invoices_po_idx" ON "municipal_invoices" USING btree ("purchase_order_id");--> statement-breakpoint
CREATE INDEX "municipal_invoices_buyer_due_idx" ON "municipal_invoices" USING btree ("buyer_organisation_id","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "municipal_purchase_orders_number_idx" ON "municipal_purchase_orders" USING btree ("organisation_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "municipal_purchase_orders_quote_idx" ON "municipal_purchase_orders" USING btree ("quote_id");--> statement-breakpoint
CREATE INDEX "municipal_purchase_orders_company_idx" ON "municipal_purchase_orders" USING btree ("company_organisation_id");--> statement-breakpoint
CREATE INDEX "municipal_purchase_orders_event_idx" ON "municipal_purchase_orders" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "municipal_purchases_homogeneous_idx" ON "municipal_purchases" USING btree ("organisation_id","category","year");--> statement-breakpoint
CREATE UNIQUE INDEX "municipal_quotes_event_company_idx" ON "municipal_quotes" USING btree ("event_id","company_organisation_id");--> statement-breakpoint
CREATE INDEX "municipal_quotes_company_idx" ON "municipal_quotes" USING btree ("company_organisation_id");