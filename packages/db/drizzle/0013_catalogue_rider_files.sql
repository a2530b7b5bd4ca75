CREATE TABLE "catalogue_rider_files" (
	"profile_id" uuid NOT NULL,
	"rider" text NOT NULL,
	"filename" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_rider_files_profile_id_rider_pk" PRIMARY KEY("profile_id","rider"),
	CONSTRAINT "catalogue_rider_files_rider_check" CHECK ("catalogue_rider_files"."rider" in ('technical','hospitality')),
	CONSTRAINT "catalogue_rider_files_size_check" CHECK ("catalogue_rider_files"."size_bytes" > 0 and "catalogue_rider_files"."size_bytes" = octet_length("catalogue_rider_files"."content"))
);
--> statement-breakpoint
ALTER TABLE "catalogue_rider_files" ADD CONSTRAINT "catalogue_rider_files_profile_id_catalogue_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."catalogue_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_rider_files" ADD CONSTRAINT "catalogue_rider_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;