-- Archived documents are write-once: never updated, deleted only after their retention end.
CREATE OR REPLACE FUNCTION municipal_archive_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'municipal_archive is write-once: % refused', TG_OP USING ERRCODE = 'P0001';
  END IF;
  IF OLD.retain_until >= CURRENT_DATE THEN
    RAISE EXCEPTION 'municipal_archive retention until %: deletion refused', OLD.retain_until USING ERRCODE = 'P0002';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER municipal_archive_write_once
  BEFORE UPDATE OR DELETE ON municipal_archive
  FOR EACH ROW EXECUTE FUNCTION municipal_archive_guard();
--> statement-breakpoint
-- Invoice numbers are an unbroken sequence: an issued invoice is never deleted nor renumbered.
CREATE OR REPLACE FUNCTION municipal_invoice_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW.number <> OLD.number OR NEW.xml <> OLD.xml
     OR NEW.total_incl_vat_cents <> OLD.total_incl_vat_cents THEN
    RAISE EXCEPTION 'issued invoice % cannot be deleted or altered', OLD.number USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER municipal_invoice_immutable
  BEFORE UPDATE OR DELETE ON municipal_invoices
  FOR EACH ROW EXECUTE FUNCTION municipal_invoice_guard();
