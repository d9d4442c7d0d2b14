-- The few SQLite functions JLGC Desk's statements use, defined on a
-- PostgreSQL server with SQLite's meaning, so that one statement serves both
-- engines. Each is small, written in SQL or PL/pgSQL, and immutable where
-- SQLite's is.

-- instr(haystack, needle): the 1-based position of needle, 0 when absent.
CREATE OR REPLACE FUNCTION instr(text, text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT strpos($1, $2) $$;

-- unicode(text): the code point of its first character.
CREATE OR REPLACE FUNCTION unicode(text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN $1 = '' THEN NULL ELSE ascii($1) END $$;

-- printf(format, n) for the formats used: an optional text before one %0Nd.
CREATE OR REPLACE FUNCTION printf(fmt text, n bigint) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    m text[] := regexp_match(fmt, '^(.*)%0?([0-9]*)d(.*)$');
BEGIN
    IF n IS NULL THEN
        RETURN NULL;
    END IF;
    IF m IS NULL THEN
        RETURN fmt;
    END IF;
    IF m[2] = '' THEN
        RETURN m[1] || n::text || m[3];
    END IF;
    RETURN m[1] || CASE WHEN n < 0 THEN '-' || lpad((-n)::text, m[2]::int - 1, '0')
                        ELSE lpad(n::text, m[2]::int, '0') END || m[3];
END $$;

-- strftime(format, 'now') in UTC, for %Y %m %d %H %M %S and %f (seconds with
-- milliseconds), as SQLite writes them.
CREATE OR REPLACE FUNCTION strftime(fmt text, what text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    t timestamp := CASE WHEN what = 'now' THEN (clock_timestamp() AT TIME ZONE 'UTC')
                        ELSE what::timestamp END;
    r text := fmt;
BEGIN
    r := replace(r, '%Y', to_char(t, 'YYYY'));
    r := replace(r, '%m', to_char(t, 'MM'));
    r := replace(r, '%d', to_char(t, 'DD'));
    r := replace(r, '%H', to_char(t, 'HH24'));
    r := replace(r, '%M', to_char(t, 'MI'));
    r := replace(r, '%S', to_char(t, 'SS'));
    r := replace(r, '%f', to_char(t, 'SS.MS'));
    RETURN r;
END $$;

-- julianday(date or date-time text): days since noon, 24 November 4714 BC,
-- as a fraction (SQLite's meaning); NULL for text that is not a date.
CREATE OR REPLACE FUNCTION julianday(text) RETURNS double precision
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN extract(epoch FROM ($1::timestamp AT TIME ZONE 'UTC')) / 86400.0 + 2440587.5;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

-- group_concat(value[, separator]): non-null values joined, as SQLite's.
CREATE OR REPLACE FUNCTION jlgc_concat_step(acc text, v text, sep text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN v IS NULL THEN acc WHEN acc IS NULL THEN v ELSE acc || sep || v END $$;
CREATE OR REPLACE FUNCTION jlgc_concat_step(acc text, v text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT jlgc_concat_step(acc, v, ',') $$;
DROP AGGREGATE IF EXISTS group_concat(text, text);
CREATE AGGREGATE group_concat(text, text) (SFUNC = jlgc_concat_step, STYPE = text);
DROP AGGREGATE IF EXISTS group_concat(text);
CREATE AGGREGATE group_concat(text) (SFUNC = jlgc_concat_step, STYPE = text);

-- json_extract(json text, '$.key'): the value as text (NULL for JSON null).
CREATE OR REPLACE FUNCTION json_extract(doc text, path text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ($1::jsonb) #>> string_to_array(replace(substr($2, 3), '"', ''), '.') $$;

-- The person working, for history and the Trash: set at the start of each
-- write transaction (set_config(…, true) lasts until its end).
CREATE OR REPLACE FUNCTION jlgc_actor(what text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT nullif(current_setting('jlgc.' || what, true), '') $$;

-- date('now', 'localtime'): today's date where the application runs (its
-- time zone is given at connecting, as jlgc.time_zone; UTC when the server
-- does not know it), as SQLite says it.
CREATE OR REPLACE FUNCTION date(what text, modifier text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    t timestamptz := CASE WHEN what = 'now' THEN now() ELSE what::timestamptz END;
    zone text := CASE WHEN modifier = 'localtime'
                      THEN coalesce(nullif(current_setting('jlgc.time_zone', true), ''), 'UTC')
                      ELSE 'UTC' END;
BEGIN
    RETURN to_char(t AT TIME ZONE zone, 'YYYY-MM-DD');
EXCEPTION WHEN others THEN
    RETURN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD');
END $$;
