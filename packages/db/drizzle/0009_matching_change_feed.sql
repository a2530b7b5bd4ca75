-- Change feed of catalogue profiles for the in-memory matching index of every API process:
-- statement-level triggers (one insert … select per statement, so bulk imports stay fast) on
-- the profile table and the calendar tables; NOTIFY wakes the listeners at commit.
CREATE OR REPLACE FUNCTION fs_profile_rows_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalogue_profile_changes (profile_id) SELECT DISTINCT id FROM changed_rows;
  PERFORM pg_notify('catalogue_profile_changes', '');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION fs_profile_children_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalogue_profile_changes (profile_id) SELECT DISTINCT profile_id FROM changed_rows;
  PERFORM pg_notify('catalogue_profile_changes', '');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER catalogue_profiles_changes_ins AFTER INSERT ON catalogue_profiles
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fs_profile_rows_changed();--> statement-breakpoint
CREATE TRIGGER catalogue_profiles_changes_upd AFTER UPDATE ON catalogue_profiles
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fs_profile_rows_changed();--> statement-breakpoint
CREATE TRIGGER catalogue_profiles_changes_del AFTER DELETE ON catalogue_profiles
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fs_profile_rows_changed();--> statement-breakpoint
CREATE TRIGGER availability_slots_changes_ins AFTER INSERT ON availability_slots
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fs_profile_children_changed();--> statement-breakpoint
CREATE TRIGGER availability_slots_changes_upd AFTER UPDATE ON availability_slots
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fs_profile_children_changed();--> statement-breakpoint
CREATE TRIGGER availability_slots_changes_del AFTER DELETE ON availability_slots
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fs_profile_children_changed();--> statement-breakpoint
CREATE TRIGGER availability_rules_changes_ins AFTER INSERT ON availability_rules
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fs_profile_children_changed();--> statement-breakpoint
CREATE TRIGGER availability_rules_changes_upd AFTER UPDATE ON availability_rules
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fs_profile_children_changed();--> statement-breakpoint
CREATE TRIGGER availability_rules_changes_del AFTER DELETE ON availability_rules
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION fs_profile_children_changed();--> statement-breakpoint
-- Platform default weights: the domain's V1 configurations (packages/domain/src/matching).
INSERT INTO matching_weight_configs (organisation_id, context, version, weights, label) VALUES
  (NULL, 'artist-venue', '2026-06.1', '{"capacity":25,"budget":20,"calendar":15,"geography":10,"affinity":15,"history":10,"exclusivity":5}', 'Flow Stage default'),
  (NULL, 'technician', '2026-06.1', '{"geography":25,"expertise":20,"venueKnowledge":15,"availability":15,"budget":15,"reputation":10}', 'Flow Stage default'),
  (NULL, 'street-arts', '2026-06.1', '{"budget":25,"publicSpace":20,"municipalExperience":15,"proximity":15,"audience":15,"availability":10}', 'Flow Stage default'),
  (NULL, 'campsite', '2026-06.1', '{"budget":25,"family":20,"circuit":20,"availability":15,"space":10,"experience":10}', 'Flow Stage default');
