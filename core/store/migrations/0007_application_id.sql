-- Saathi schema: marks the file as Saathi's in the SQLite header (bytes 68-71), so that
-- opening some other app's database (a file picked by mistake, a restore of the wrong
-- backup) is refused and the file moved aside, never migrated into. 0x53616174 is "Saat"
-- in ASCII; src/migrations.rs holds the same number as APPLICATION_ID. Databases made
-- before this migration read 0 here and are known by their schema version and tables.
PRAGMA application_id = 1398890868;
