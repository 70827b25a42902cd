-- Accent-insensitive, Unicode-normalised search (DESIGN.md §7): "trong hoa", "Trọng Hóa" and the decomposed
-- form of the same text all normalise to the same key. unaccent() is only STABLE, so an IMMUTABLE wrapper with
-- the dictionary named explicitly lets the key be indexed.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create or replace function search_key(t text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, normalize(t, NFC))) $$;
