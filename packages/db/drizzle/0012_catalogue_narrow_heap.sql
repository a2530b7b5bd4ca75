-- Search reads a few narrow columns of many rows; details, description and media links are wide
-- and only read one profile at a time. Moving them out of line (TOAST) from 128 bytes on keeps
-- several times more rows per heap page, so a radius search touches far fewer pages.
ALTER TABLE catalogue_profiles SET (toast_tuple_target = 128);--> statement-breakpoint
-- Capacity and price bounds are checked inside the geographic index (btree_gist), so only rows
-- within the box AND the size/budget ranges are fetched from the heap.
DROP INDEX IF EXISTS catalogue_profiles_geo_idx;--> statement-breakpoint
CREATE INDEX catalogue_profiles_geo_idx ON catalogue_profiles
  USING gist (kind, ll_to_earth(latitude, longitude), capacity_max, capacity_min, price_min_cents)
  WHERE status = 'published';
