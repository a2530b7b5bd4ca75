-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index
-- expression; this wrapper pins the dictionary and is declared IMMUTABLE, the usual recipe.
CREATE OR REPLACE FUNCTION fs_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
-- Accent-insensitive, typo-tolerant name search (pg_trgm: %, <%, ILIKE all use this index).
CREATE INDEX catalogue_profiles_search_trgm_idx ON catalogue_profiles
  USING gin ((fs_unaccent(lower(name || ' ' || coalesce(city, '')))) gin_trgm_ops);--> statement-breakpoint
-- Radius search: earth_box(...) @> ll_to_earth(...) uses this GiST index; btree_gist lets the
-- kind equality ride in the same index so one scan serves "venues within 150 km".
CREATE INDEX catalogue_profiles_geo_idx ON catalogue_profiles
  USING gist (kind, ll_to_earth(latitude, longitude)) WHERE status = 'published';--> statement-breakpoint
CREATE INDEX catalogue_profiles_kind_idx ON catalogue_profiles (kind, id) WHERE status = 'published';--> statement-breakpoint
-- Busy-day lookups by profile and overlapping day range ("available from … to …").
CREATE INDEX availability_slots_profile_range_idx ON availability_slots
  USING gist (profile_id, daterange(start_date, end_date, '[]'));--> statement-breakpoint
CREATE INDEX towns_name_trgm_idx ON towns USING gin ((fs_unaccent(lower(name))) gin_trgm_ops);
