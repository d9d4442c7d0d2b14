<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccessLog</name>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AffiliationImport</name>
    <message>
        <source>Line %1 of this file adds the same tie between %2 and %3, also active; a second active one cannot be added (skip this row, or give one of them the status inactive or ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active tie between %1 and %2 is already on file (established %3); a second active one cannot be added: skip this row, merge it into that one, or give it the status inactive or ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a year not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AffiliationLabels</name>
    <message>
        <source>Sister city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister state/province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North American side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backups folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged file kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be kept before the restore, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be replaced. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (another file of that name appeared, or the folder cannot be written to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a backup of a JLGC Desk database. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a backup of a JLGC Desk database. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read, so it was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no JLGC Desk records: it is not a backup. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged, so it was not restored. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be written. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JLGC Desk database. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is being written by another program and did not become free in time. Nothing was restored; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be restored; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and still open in another program or window. Close it there, then restore again. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on an office server keeps no backups of its own beside it. Write a copy of it to a file with Back Up (jlgc-desk backup FILE) and put one back into an empty database with copy-database; the server itself is backed up with PostgreSQL&apos;s pg_dump (see the README). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChapterFunding</name>
    <message>
        <source>Choose the chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fiscal year the funding is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chapter applies in US or Canadian dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding is approved in US or Canadian dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line of the application needs its purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount asked for cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount approved cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget in yen cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each disbursement needs the date it was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each disbursement needs an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot arrive before the application was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount approved before marking the funding approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the disbursement before marking the funding disbursed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the report was received before marking the funding reported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChapterFundingRepository</name>
    <message>
        <source>The chapter no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a funding record for FY%2; open that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChapterStatuses</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Print the schema version and the number of records of each kind (--json for JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window: en or ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JLGC Desk: the records desk of the Japan Local Government Center.

Without a command, opens the window. Commands run without a display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes no arguments besides --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jlgc-desk [--database FILE] %1 FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2. The previous file is kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity (exit 1 on a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup FILE (the current file is kept as a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find records of any kind by any name or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names in en or ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jlgc-desk [--database FILE] search QUERY [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a delegation&apos;s itinerary as an iCalendar file: export-ics DELEGATION_ID FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: export-ics DELEGATION_ID FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a delegation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report as PDF (report --list names them and their options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: none besides the common ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every report: --output FILE.pdf [--lang en|ja|both] [--page-size letter|a4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reports and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report: en, ja or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper: letter (default) or a4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese fiscal year (April Y to March Y+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record the report is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report --list takes no report name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one report (report --list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the PDF with --output FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is en, ja or both, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size is letter or a4, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id needs a record id (a number above 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new database with realistic demo records: demo --scale N (people) [--seed S] [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every record of a kind to a CSV file: export KIND FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “%1”. Kinds: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding: auto (the default), utf-8 or cp932.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter: comma, tab or semicolon (detected when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with rows that look like records on file: skip (the default), add, or merge (fill the record&apos;s empty fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, %n row(s) of %4</source>
        <translation>
            <numerusform>%1: %2, %3, %n row of %4</numerusform>
            <numerusform>%1: %2, %3, %n rows of %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Some bytes are not %1: try another --encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to add, %2 to merge, %3 skipped, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be imported.</source>
        <translation>
            <numerusform>Nothing was imported: %n row cannot be imported.</numerusform>
            <numerusform>Nothing was imported: %n rows cannot be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup taken before the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write personal data (dietary and medical notes, emergency contacts, home addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: export KIND FILE [--include-personal-data]
Kinds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n record written to %1</numerusform>
            <numerusform>%n records written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of people (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random choices (default 1993).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add demo records to a database that already holds records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jlgc-desk [--database FILE] demo --scale N [--seed S] [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale takes a number of people, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo records written to %1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n event written to %1</numerusform>
            <numerusform>%n events written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import records from a CSV file: import KIND FILE [--encoding auto|utf-8|cp932] [--duplicates skip|add|merge] [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” is not a column of this kind of record; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged, so no backup was made of it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates such as “%1” could be read month first or day first, and the file&apos;s other dates do not tell: give --date-order mdy or dmy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates such as “%1” are read month first (month/day/year), as the file&apos;s other dates show; --date-order dmy reads them day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates such as “%1” are read day first (day/month/year), as the file&apos;s other dates show; --date-order mdy reads them month first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row is merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row is added as a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 looks like a record already on file (%3); %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 looks like a record already on file (%3) and like line %4 of this file; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 repeats line %3 of this file; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 looks like line %3 of this file; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file writes dates such as 4/1/2020: mdy (month first, as in the US), dmy (day first) or ymd (year first). Not given: as the file&apos;s other dates show; a date that could be read either way is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: import KIND FILE [--encoding auto|utf-8|cp932] [--delimiter comma|tab|semicolon] [--duplicates skip|add|merge] [--date-order mdy|dmy|ymd] [--dry-run]
Kinds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every record with its history and Trash into a new or empty database, file or server: copy-database FROM TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jlgc-desk copy-database FROM TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM and TO are the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table of the copy holds as many rows as the original&apos;s (%1 tables, %2 rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the logins of an office server and their roles: users list | add NAME --role ROLE | set-role NAME ROLE | disable NAME | enable NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jlgc-desk --database postgresql://… users list
       … users add NAME --role %1 [--password PASSWORD]
       … users set-role NAME %1
       … users disable NAME
       … users enable NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role: %1 (one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login&apos;s password (without it, one is made up and printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the login %1 with the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password (tell it to %1, who should change it): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is disabled: it can no longer connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cohort</name>
    <message>
        <source>Enter both the first and the last day, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These days must fall within the programme (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme began in %1: enter a year from %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the first and the last day of the programme, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme of %1 days is longer than any the office runs; check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host portion begins after the Tokyo portion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host municipality is not in the host prefecture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortRepository</name>
    <message>
        <source>There is already a cohort for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these dates, %1 itinerary items and %2 homestays would fall outside the programme. Move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cohort still has records (%1). Remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvEncodings</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, Excel in Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login&apos;s role does not give access to the personal data of fellows and host families. Export without it, or ask the fellowship coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to “%1” (%2), which every row needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file matches a column of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are mapped to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 values but the header only %2 (a value with a comma in it needs quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to merge into is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported.</source>
        <translation>
            <numerusform>%n row cannot be imported; nothing was imported.</numerusform>
            <numerusform>%n rows cannot be imported; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has %1 columns; a file of records has at most %2. Is it the right file, and is its delimiter the one chosen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>While this file was being checked, records like %n of its rows were added by another window or program. Nothing was imported; check the file again.</source>
        <translation>
            <numerusform>While this file was being checked, a record like %n of its rows was added by another window or program. Nothing was imported; check the file again.</numerusform>
            <numerusform>While this file was being checked, records like %n of its rows were added by another window or program. Nothing was imported; check the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>First such line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of this file, which this row would be merged into, is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” (%2) holds personal data that your login&apos;s role may not write. Leave it out of the import, or ask the fellowship coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>(no records yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR Fellows per year by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister affiliations by state or province (top 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister affiliations by prefecture (top 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR funding approved per fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian dollars (CAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a JLGC Desk database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database cannot be created in %1: the folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of JLGC Desk (database version %2; this version reads up to %3). Please update JLGC Desk. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened, so that nothing more is lost. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another program and did not become free in time. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written to (the file or its folder is read-only). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. The change was not saved; what was saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a JLGC Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is still used by other records and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the database (a duplicate or a missing value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged; nothing more is written to it, so that nothing more is lost. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JLGC Desk database (it belongs to another program). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of JLGC Desk and must be upgraded before it can be used, but it cannot be written (the file or its folder is read-only). Copy it to a folder you may write to. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (an input/output error). The change was not saved; what was saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be completed and nothing of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only (the file or its folder cannot be written to), so nothing can be saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address, not a database file; nothing was created. Give the path of a JLGC Desk database file or the address of an office server (postgresql://host/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JLGC Desk cannot reach PostgreSQL servers on this computer: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 could not be reached or refused the login. Check the address, the user name and the password (PGPASSWORD or ~/.pgpass), and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server %1 holds a database of a newer version of JLGC Desk (database version %2; this version reads up to %3). Please update JLGC Desk. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on the office server is empty: it holds no JLGC Desk records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on the office server is of an earlier version (%2) that this version of JLGC Desk cannot upgrade. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on the office server holds tables of another program, not JLGC Desk records. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on the office server belongs to another program. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague was saving the same records at the same moment. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the office server was lost. The change was not saved; what was saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login may not make this change on the office server. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s disk is full. The change was not saved; what was saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of JLGC Desk is missing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the office server was lost while the change was being saved, so whether it was saved is not known. Look at the record before saving it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on an office server is created at version %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on the office server must be upgraded from version %2 to %3 before this version of JLGC Desk can use it, and your login may not change its tables. Ask the office&apos;s administrator to open it once. It was left at version %4, its records unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1 and %2 are of different versions of JLGC Desk (%3 and %4); open both with this version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 do not have the same tables, so nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds records, so nothing was copied into it. Copy into a new file or an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not complete (%1: %2 rows of %3), so nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the office&apos;s database holds the personal data of fellows and host families, which your login&apos;s role does not give access to. Ask the fellowship coordinator or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delegation</name>
    <message>
        <source>The same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the delegation a name in English or Japanese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation departs before it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confirmed delegation needs its arrival and departure dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of members cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member is a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice as a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delegation has one leader; %1 members are marked as leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each interpreter is a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice as an interpreter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letters are sent after the visit has begun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationItineraryItem</name>
    <message>
        <source>The item belongs to a delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the start time as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the item is: a topic, a place or the organization met.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationItineraryRepository</name>
    <message>
        <source>The delegation of this itinerary item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationItineraryRules</name>
    <message>
        <source>The delegation is here from %1 to %2; the item is on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation arrives on %1; the item is on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation departs on %1; the item is on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time overlaps “%1” (%2). Change the time, or mark the items as parallel if the delegation splits up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationRepository</name>
    <message numerus="yes">
        <source>%n itinerary item(s) would fall outside the new dates. Move them first.</source>
        <translation>
            <numerusform>%n itinerary item would fall outside the new dates. Move it first.</numerusform>
            <numerusform>%n itinerary items would fall outside the new dates. Move them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationRoles</name>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationStatuses</name>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of people must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds records; demo data is only added to a new database. Name a new file with --database, or add --force to add demo records to these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribedTable</name>
    <message>
        <source>%1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditingMarks</name>
    <message>
        <source>%1 has been editing this record since %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Japan Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair or travel show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JET information session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fellow</name>
    <message>
        <source>Choose the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cohort (the year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a US state or a Canadian province or territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure is before the arrival.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FellowRepository</name>
    <message>
        <source>This person is already a fellow of the %1 cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of a status change cannot be before the previous change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fellow no longer exists; the record was removed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fellow has homestays. Choose whether to keep or remove them when withdrawing the fellow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FellowStatuses</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FellowWithdrawal</name>
    <message>
        <source>Withdraw fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 from the %2 cohort?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status becomes Withdrawn as of today. The record and its history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, nights of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has homestays:
%2

Keep them (the family stays booked until you change it), or remove them and free the family&apos;s nights?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep homestays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove homestays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status becomes Withdrawn as of %1. The record and its history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FellowshipFormat</name>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd M/d</source>
        <extracomment>Format of a night in the homestay grid&apos;s column header (QDate format; ddd = weekday).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n nominated</source>
        <translation>
            <numerusform>%n nominated</numerusform>
            <numerusform>%n nominated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmed</numerusform>
            <numerusform>%n confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message>
        <source>No fellows yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FellowshipItemTypes</name>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FellowshipItineraryItem</name>
    <message>
        <source>Choose the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the start time as well as the end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the item in English or Japanese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cohort&apos;s programme dates before its itinerary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must fall within the programme (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FellowshipItineraryRepository</name>
    <message>
        <source>This cohort no longer exists; it was removed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (kanji)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (kanji)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo portion starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo portion ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host portion starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host portion ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (romaji)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room for (fellows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food the family can provide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letters sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the same time as another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subchapter of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (JPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North American partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North American partner (search form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of North American partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingStatuses</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernmentRef</name>
    <message>
        <source>Choose the government: a prefecture, a municipality or another organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one government only: a prefecture, a municipality or another organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverRepository</name>
    <message>
        <source>Choose a successor other than the official who hands over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official or the successor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This kind of record has no history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists; it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Nothing was written; look at its current values and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomestayPlacement</name>
    <message>
        <source>Choose the fellow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the host family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last night is before the first night.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomestayRepository</name>
    <message>
        <source>This fellow no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host family no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This homestay no longer exists; it was removed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomestayRules</name>
    <message>
        <source>vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kosher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gluten-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shellfish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dairy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fellow has withdrawn and is not placed with a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cohort&apos;s programme dates before placing fellows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first night must fall within the programme (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last night must fall within the programme (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 family has room for %2 and is already full on the night of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fellow is already placed with the %1 family on the night of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality of the %1 family is not recorded, so it cannot be checked against the cohort&apos;s host area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 family lives outside the cohort&apos;s host municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 family lives outside the cohort&apos;s host prefecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fellow&apos;s dietary needs (%1) are not among what the %2 family can provide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fellow has dietary notes and the record of the %1 family says nothing about food; check with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family already holds %1 fellows on the night of %2; move a placement before lowering the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomestayWarningKinds</name>
    <message>
        <source>Dietary need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the host area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostFamily</name>
    <message>
        <source>%1 family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the family name in kanji or in Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host family holds at least one fellow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member needs a person or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age is between 0 and 130.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendarExport</name>
    <message>
        <source>The time zone %1 is not known on this computer; the calendar was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no delegation with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day (write 14:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a “?” where a character was probably lost: a file saved as Shift_JIS (Excel&apos;s “CSV”) turns characters such as 𠮷 and ễ into “?”. Save the file as “CSV UTF-8” and import it again, or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>a date in a sentence (QDate format)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date of that era (%2 did not run to that year, month or day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a year of two digits: write it with four (%2/%3/20%4 or 19%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not start with the year, and the file&apos;s dates were said to (year, month, day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3: say how the file writes dates (month/day/year or day/month/year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: the file writes the month first (month/day/year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: the file writes the day first (day/month/year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2025-04-01, 2025年4月1日, 令和7年4月1日 or 4/1/2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year or a date (write 1955, 1955-10, 1955-10-07, 昭和30年 or 10/7/1955).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year (write 2025, 2025年 or 令和7年).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResolver</name>
    <message>
        <source>No prefecture is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality is called “%1” (write its name in kanji, kana or romaji, or its 6-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prefecture or municipality is called “%1” (write its name in kanji, kana or romaji, or its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prefecture, municipality or organization is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No US state or Canadian province is called “%1” (write its name, its abbreviation such as OH, or its code such as US-OH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code (US, CA, JP, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization on record is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 organizations are called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person on record is called “%1” (import the people first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are called “%2”, and the organization does not tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CLAIR Fellowship year %1 is on record (add the year first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JETAA chapter is called “%1” (it must be on record or in the same file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chapters are called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read as %2; %3 has the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could be any of %2: add the prefecture (兵庫県%1, or %1, Hyogo), a suffix (City, Town, Village) or write the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JetaaChapter</name>
    <message>
        <source>Give the chapter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chapter is in the United States or in Canada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state or province is not in the country chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chapter cannot be its own parent chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The founding date is not a date (give a year, a year and month, or a full date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each membership count needs its fiscal year (the JET Programme began in 1987).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1 has two membership counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each officer needs a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the office for an officer whose office is “other”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JetaaChapterRepository</name>
    <message>
        <source>Choose the state or province from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person chosen as an officer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chapter still has subchapters or funding records (%1). Move or remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JetaaRules</name>
    <message>
        <source>An override must say who allowed it, when, why, and up to what amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disbursements (%1) exceed the amount approved (%2). Record who allowed paying more, and why, to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chapter cannot be its own parent chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen parent chapter is one of this chapter&apos;s own subchapters: a chapter cannot be its own ancestor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen parent chapter no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are already registered as an active affiliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are already registered as an active affiliation (established %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the other one inactive or ended first, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prefecture or municipality with the code %1. Choose the Japanese side from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JurisdictionLabels</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlying area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of an organization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North American side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in kanji, kana, romaji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homestays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <comment>of a fellowship cohort</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a fellow&apos;s taking part</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of a funding application</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits to come or under way first, the soonest first; then past visits, the most recent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests first, by due date (those without one after them); then the answered and closed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue requests first, the longest overdue first; then received, in progress, answered and closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogKinds</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>room for %n</source>
        <translation>
            <numerusform>room for %n</numerusform>
            <numerusform>room for %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeEvent</name>
    <message>
        <source>Give the event a title in English or Japanese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the starting time as well as the ending time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each organization taking part must be chosen from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person attending must be chosen from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeEventRepository</name>
    <message>
        <source>A person chosen as attending no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization chosen as taking part no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeLogins</name>
    <message>
        <source>Logins and roles belong to an office server. A file on this computer has one user, who may do everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office server&apos;s database has no roles yet (version %1). Open it once with this version of JLGC Desk as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server has no login named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of JLGC Desk&apos;s roles, not a colleague&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login&apos;s name is one word of Latin letters, digits and . _ - @, beginning with a letter, at most 63 characters (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names beginning with pg_ or jlgc_ belong to the server and to JLGC Desk (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator of the office server may manage logins. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own login&apos;s role or disable it: another administrator must. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server already has a login named %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns the office&apos;s tables and stays an administrator. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerOffices</name>
    <message>
        <source>President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice president</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationKinds</name>
    <message>
        <source>Give the organization a name in English or Japanese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Japanese government is in Japan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state or province is not in the country chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association of governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or provincial government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or county government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulate or embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>No organization has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfTextRepair</name>
    <message>
        <source>The report&apos;s text could not be checked, so no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Enter a name in Latin letters or in kanji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each affiliation needs an organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Erased person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Prefectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards of designated cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States and provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellowship cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellow status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellowship itinerary items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homestays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JETAA chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JETAA chapter officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR funding of chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister city and state affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts of sister affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations taking part in events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People attending events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation itinerary items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of research answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research topic tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations in research logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in research logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of sister affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>research request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fellowship cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>homestay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JETAA chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of chapters by fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funding record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of funding applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding disbursements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved exceptions to funding rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>research topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSql</name>
    <message>
        <source>This %1 no longer exists; it was removed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this %1 after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is still named in other records (%2). Change or remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceLoader</name>
    <message>
        <source>The reference data file %1 is missing from this build of JLGC Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data file %1 has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data names a city that is not in the list of municipalities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>The report could not be drawn on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Reports need the font %1, which is not installed. On Debian, install the package fonts-noto-cjk (scripts/run does).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMessages</name>
    <message>
        <source>No fellowship cohort has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort %1 is the programme of %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no fellowship cohort for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No research topic has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRegistry</name>
    <message>
        <source>The report %1 does not take %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year the office keeps records for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report holds the personal data of fellows (medical and dietary notes, emergency contacts), which your login&apos;s role does not give access to. Ask the fellowship coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Contact directory of partner organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations by country and kind, with their addresses and the people who hold a role in each today; all of them, or one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the database by name, with title, current roles and contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations of governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State and provincial governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City and county governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulates and embassies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people, with their roles as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR Fellowship Programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JLGC staff in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members are not listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One delegation&apos;s schedule by day (time, place, organization and contact, topic, transport), with its members, leader and interpreters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: events: %2; attendance (known counts): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events of a period in date order (all dates when --from and --to are left out): kind, place, attendance and the organizations taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo portion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host portion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host prefecture or municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fellows are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No itinerary is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homestays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No homestays are arranged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR Fellowship Programme: cohort report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One year&apos;s programme: dates, host, theme, the fellows, the itinerary by day and the homestays (no medical or dietary notes). The newest cohort unless --id or --year names one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellows: %1 (withdrawn fellows are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host family: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR Fellowship Programme: medical and dietary notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dietary needs, medical notes and emergency contacts of one cohort&apos;s fellows, for those who must know them; marked sensitive on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive personal information: do not forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research topics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No research topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO HAND OVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research requests assigned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No research requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations in their charge (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research topics: %1 (active, to hand over: %2); open items: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything a staff member owns, for their successor: research topics with their status (active ones marked for handover), the research log, and the requests and delegations assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (JPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chapters funded: %2; reports overdue as of %4: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chapters: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals for %1, by currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR budget for all chapters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in US and Canadian dollars are totalled separately. Requested amounts count in the currency of the application; approved and disbursed amounts in the currency of the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JETAA chapter funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR funding of JETAA chapters for one fiscal year, per country and chapter: requested, approved, disbursed, the JPY budget and the reports due, with totals per currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 overdue and %3 open as of %4; %5 answered in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research requests overdue, open and answered in a period (all dates when --from and --to are left out); overdue ones marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations and people involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log names no one yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report has come out of it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entries: %1; deliverables: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research topic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One research topic: its log in date order, the organizations and people involved, and its deliverables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliations in total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North American side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister city and sister state directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sister-city, sister-state and friendship affiliation by country, then state or province, then prefecture, with counts for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research log (entries: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE (days: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations: %1; current contacts as of %3: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStatuses</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResearchLogEntry</name>
    <message>
        <source>Choose the research topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what happened in the notes or the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each organization is chosen once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person is chosen once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResearchRequest</name>
    <message>
        <source>Enter the question in Japanese or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is due after it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was answered after it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize the answer before marking the request answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization of each source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person of each source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the web address of each link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResearchTopic</name>
    <message>
        <source>Choose the official who researches this topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the topic a title in English or Japanese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each report a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR Fellowship cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JETAA chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister city and state affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search is too long (%1 characters): search for at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search has too many words: search for at most %1 words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not the address of a PostgreSQL server (postgresql://host/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no server: write postgresql://host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the option %2 is not known (sslmode and sslrootcert are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: leave the password out of the address. JLGC Desk reads it from PGPASSWORD or ~/.pgpass, as PostgreSQL&apos;s own tools do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellowship coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SisterAffiliation</name>
    <message>
        <source>Choose the Japanese prefecture or municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a prefecture or municipality code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the North American city, county, state or province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The North American side is in the United States or in Canada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state or province of the North American side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state or province is not in the country chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada has provinces and territories, not states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The United States has states, not provinces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date established is not a date (give a year, a year and month, or a full date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each contact needs a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person is listed twice as a contact on one side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of the activity log needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of the activity log needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sister-state (sister-province) tie is with a whole state or province, but the North American side is given as a city: choose the kind state or province, or the type sister city.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SisterAffiliationRepository</name>
    <message>
        <source>Choose the state or province from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffKinds</name>
    <message>
        <source>Choose the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day of the official&apos;s term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local staff have no sending government.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched official</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>This staff member is still named in other records (%1). Hand them over or change them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <source> · </source>
        <comment>between the parts of a summary line</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicStatuses</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>This record is no longer in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record refers to a record that has since been deleted (%1). Restore that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be restored as it was: a record with the same number or the same unique values was created since. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry of the Trash holds personal data of fellows or host families, which your login&apos;s role does not give access to: only the fellowship coordinator or an administrator may restore or remove it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <source>Edit of %1 (%2)</source>
        <comment>Edit → Undo …: fields and the kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading is written in kana only (for example やまだ).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::AboutDialog</name>
    <message>
        <source>About JLGC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The records desk of the Japan Local Government Center (CLAIR New York): delegations, the CLAIR Fellowship, JET alumni chapters, sister-city affiliations, partners and events.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2 (LGPL-3.0), and SQLite. The licences of the software, reference data and fonts it uses are in the other tabs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::AccessLogDialog</name>
    <message>
        <source>Access Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every export, report or backup that took personal data out of the office&apos;s database: who, when, what and how many records. Entries are never changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Access Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date and say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::AffiliationDialog</name>
    <message>
        <source>Edit affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or abbreviation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Director of International Affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::AffiliationsPage</name>
    <message>
        <source>Sister cities and states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US and Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state and province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as a year (1955), a year and month (1955-12) or a full date (1955-12-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North American side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture or municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type kanji, kana, romaji or a code, e.g. ながさき…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a state or province, e.g. Minnesota or MN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. St. Paul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year, e.g. 1955, or a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By state or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::AllFellowsPage</name>
    <message>
        <source>All fellows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state and province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) shown.</source>
        <translation>
            <numerusform>%n fellow shown.</numerusform>
            <numerusform>%n fellows shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>States and provinces: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, reading, government or title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range of years: 1993 to 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellows by state or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ChapterTableModel</name>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ChaptersPage</name>
    <message>
        <source>JETAA chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US and Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each membership count needs a fiscal year (e.g. 2025) and a number of members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the founding date as a year (1989), a year and month (1989-07) or a full date (1989-07-15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subchapter of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. JETAA New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. JETAANY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year, e.g. 1989, or a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a chapter of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a state or province, e.g. Ohio or OH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::CohortTab</name>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::CohortTableModel</name>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to place</source>
        <translation>
            <numerusform>%n to place</numerusform>
            <numerusform>%n to place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) not yet confirmed</source>
        <translation>
            <numerusform>%n fellow not yet confirmed</numerusform>
            <numerusform>%n fellows not yet confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) taking part have no host family yet</source>
        <translation>
            <numerusform>%n fellow taking part has no host family yet</numerusform>
            <numerusform>%n fellows taking part have no host family yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homestays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s records on its PostgreSQL server, shared by every colleague. Ask the office&apos;s administrator for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example db.jlgc.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s CA certificate (empty: ~/.postgresql/root.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Office&apos;s CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name in any script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. International Relations Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::DashboardChartView</name>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue (due %1)</source>
        <translation>
            <numerusform>%n day overdue (due %1)</numerusform>
            <numerusform>%n days overdue (due %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Research request overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 funding report overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellow not yet confirmed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellow without a host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No host family for %n night(s)</source>
        <translation>
            <numerusform>No host family for %n night</numerusform>
            <numerusform>No host family for %n nights</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to JLGC Desk: this database has no records of its own yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 12px&quot;&gt;&lt;li&gt;Add the &lt;b&gt;organizations&lt;/b&gt; you work with (the eleven partner associations are already there), then the &lt;b&gt;people&lt;/b&gt; in them.&lt;/li&gt;&lt;li&gt;Then record what the office does: delegations, research requests and topics, the CLAIR Fellowship, JETAA chapters, sister cities, events.&lt;/li&gt;&lt;li&gt;Lists kept in Excel come in with &lt;b&gt;File → Import…&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Every page is explained in the user guide (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::DataSafetyActions</name>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records, which can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a person&apos;s request: erase their names, contact details and sensitive notes, keeping the statistics that counted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person on the People page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their names become “%1”; their contact details and sensitive notes are cleared in every record about them, and their history is scrubbed. The records stay, so counts and statistics stay right. This cannot be undone (backups made before still hold the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo: no saved edit in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened, so that nothing more is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restore it? Changes made after it are not in it. The damaged file is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::DateField</name>
    <message>
        <source>Type a date (1/18/2027, 2027/1/18, 2027年1月18日, 令和9年1月18日; 1/18 for the coming one) or press Alt+Down for the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Type it as 1/18/2027, 2027/1/18, 2027年1月18日 or 令和9年1月18日, or press Alt+Down for the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m/d/yyyy</source>
        <comment>placeholder of an empty date field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::DateRangeField</name>
    <message>
        <source>to</source>
        <comment>between the first and the last day of a range</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::DelegationItineraryDialog</name>
    <message>
        <source>Edit itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No set time (free time, travel day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in parallel with other items (the delegation splits up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (English)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::DelegationItineraryView</name>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the itinerary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the delegation to plan its itinerary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∥ %1 (parallel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>a time&apos;s zone, named by its city</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::DelegationsPage</name>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calendar with %n event(s) saved as %1.</source>
        <translation>
            <numerusform>Calendar with %n event saved as %1.</numerusform>
            <numerusform>Calendar with %n events saved as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letters sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 兵庫県議会米国行政視察団</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hyogo Prefectural Assembly Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture or municipality, e.g. 兵庫県</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ministry or other body, if not a local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a staff member&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the delegation as announced, before the members are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the itinerary as an iCalendar file for Outlook or Google Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: kept out of calendars and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: kept out of calendars and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interpreter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interpreter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::DescribedPage</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::DetailTable</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::EventsPage</name>
    <message>
        <source>Add an organization taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fiscal years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as 10:00 or 18:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Japan Day @ Central Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ジャパンデー＠セントラルパーク</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10:00; empty for all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an event of several days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people came, when known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an organization taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a person attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an event kind and how many events</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::FellowDialog</name>
    <message>
        <source>Edit fellow of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fellow to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any form of the name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or abbreviation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a state or province, e.g. Ohio or OH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title held in that year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. vegetarian; no shellfish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: kept out of reports that are not about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs, medical notes and emergency contacts are shown only to the fellowship coordinator and administrators. Saving keeps them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::FellowTableModel</name>
    <message>
        <source>No family yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::FellowsTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cohort to add its fellows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fellows yet. Add the people nominated for %1; a person not yet on record is added on the People page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s)</source>
        <translation>
            <numerusform>%n fellow</numerusform>
            <numerusform>%n fellows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n state(s) or province(s)</source>
        <translation>
            <numerusform>from %n state or province</numerusform>
            <numerusform>from %n states or provinces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet confirmed</source>
        <translation>
            <numerusform>%n not yet confirmed</numerusform>
            <numerusform>%n not yet confirmed</numerusform>
        </translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the %2 cohort?

Use this for a fellow added by mistake; a fellow who leaves the programme is withdrawn instead, which keeps the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fellow to this cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fellow leaves the programme; the record is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::FellowshipDialog</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::FellowshipPage</name>
    <message>
        <source>CLAIR Fellowship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cohort — hosted by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homestays (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homestays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some homestays are in conflict: see the red cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo portion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host portion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host prefecture or municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type kanji, kana, romaji or a code, e.g. きたいばらき…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Disaster recovery and coastal communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 震災復興と沿岸のまちづくり</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::FieldForm</name>
    <message>
        <source>“%1” is not a date: type it as 1/18/2027, 2027/1/18 or 2027年1月18日, or choose it in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::FundingPage</name>
    <message>
        <source>CLAIR funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US and Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian dollars (CAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fiscal years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New funding year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount (e.g. 2,500.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in yen (e.g. 350,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursement %1: give the date (e.g. 2025-06-30) and the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval and payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (JPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a chapter&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty until decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 350,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes and amounts asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments above the approval, and who allowed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::FundingTotalsBox</name>
    <message>
        <source>Totals by country and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (JPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports due: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::HandoverPage</name>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (term ended %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term of %1 ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) to hand over</source>
        <translation>
            <numerusform>%n open item to hand over</numerusform>
            <numerusform>%n open items to hand over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n active topic(s) waiting for a successor).</source>
        <translation>
            <numerusform>(%n active topic waiting for a successor).</numerusform>
            <numerusform>(%n active topics waiting for a successor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the successor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officials whose term has ended with active topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a dispatched official&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the successor&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the open topics, open requests and open delegations (those not completed or cancelled) of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over. Topics: %1; requests: %2; delegations: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dispatched official, above or from the list on the left, to see the research topics, requests and delegations they hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dispatched official above to see the research topics, requests and delegations they hand over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::HistoryDialog</name>
    <message>
        <source>&amp;Restore this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes are recorded for this record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the old value of the chosen change back into the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::HomestayGridModel</name>
    <message>
        <source>Fellow #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over capacity: %n fellow(s) placed</source>
        <translation>
            <numerusform>Over capacity: %n fellow placed</numerusform>
            <numerusform>Over capacity: %n fellows placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>room for %n</source>
        <translation>
            <numerusform>room for %n</numerusform>
            <numerusform>room for %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Double booked: %1 is also placed with another family that night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The night of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a family and the fellows it has room for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Room for %n fellow(s)</source>
        <translation>
            <numerusform>Room for %n fellow</numerusform>
            <numerusform>Room for %n fellows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jlgc::HomestaysTab</name>
    <message>
        <source>Save the cohort to place its fellows with host families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n homestay night(s)</source>
        <translation>
            <numerusform>%n homestay night</numerusform>
            <numerusform>%n homestay nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(-ies) shown</source>
        <translation>
            <numerusform>%n family shown</numerusform>
            <numerusform>%n families shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) over a family&apos;s capacity</source>
        <translation>
            <numerusform>%n night over a family&apos;s capacity</numerusform>
            <numerusform>%n nights over a family&apos;s capacity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>%n double booking</numerusform>
            <numerusform>%n double bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) outside the programme</source>
        <translation>
            <numerusform>%n placement outside the programme</numerusform>
            <numerusform>%n placements outside the programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow-night(s) without a family</source>
        <translation>
            <numerusform>%n fellow-night without a family</numerusform>
            <numerusform>%n fellow-nights without a family</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) not placed at all</source>
        <translation>
            <numerusform>%n fellow not placed at all</numerusform>
            <numerusform>%n fellows not placed at all</numerusform>
        </translation>
    </message>
    <message>
        <source>every fellow has a family every night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over capacity or booked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no homestay that night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove homestay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stay of %1 with the %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a fellow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::HostFamiliesPage</name>
    <message>
        <source>Host families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellows hosted: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellows hosted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the city, town or village, not the whole prefecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address in Japanese (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room for (fellows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food the family can provide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone smokes at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 鈴木</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. すずき</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Suzuki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type kanji, kana, romaji or a code, e.g. きたいばらき…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept out of reports and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Japanese, some English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a cat (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. step-free entrance, guest room upstairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. vegetarian meals, no nuts in the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s address is shown only to the fellowship coordinator and administrators. Saving keeps it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ImportExportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;List to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the records the list shows, as filtered, to a CSV file that Excel opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n record written to %1</numerusform>
            <numerusform>%n records written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jlgc::ImportWizard</name>
    <message>
        <source>Import from a CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of records does the file hold, and where is it? The columns of each kind are described in the user guide and in docs/import-formats.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the names read correctly. If they do not, choose another encoding or delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, values separated by %2: %n row(s).</source>
        <translation>
            <numerusform>Read as %1, values separated by %2: %n row.</numerusform>
            <numerusform>Read as %1, values separated by %2: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some characters could not be read: the file is probably in another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field does each column of the file fill? Headers written in English or Japanese are matched for you; your choices are remembered for the next file of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row was checked with the same rules as a record entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave these rows out and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>The %n row can be imported.</numerusform>
            <numerusform>All %n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported as they are. Correct the file and start again, or leave them out.</source>
        <translation>
            <numerusform>%n row cannot be imported as it is. Correct the file and start again, or leave it out.</numerusform>
            <numerusform>%n rows cannot be imported as they are. Correct the file and start again, or leave them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. A backup of the database is taken first; then all the rows are imported, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n new record</numerusform>
            <numerusform>%n new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) completed by merging</source>
        <translation>
            <numerusform>%n record completed by merging</numerusform>
            <numerusform>%n records completed by merging</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>These rows still cannot be imported (go back):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n record added.</numerusform>
            <numerusform>%n records added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) merged.</source>
        <translation>
            <numerusform>%n record merged.</numerusform>
            <numerusform>%n records merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n row skipped.</numerusform>
            <numerusform>%n rows skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup was taken before the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the file&apos;s other dates show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month/day/year (4/1/2020 is April 1, as in the US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month/year (4/1/2020 is January 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year/month/day only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates such as 4/1/2020 are read as chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each date such as 4/1/2020 in this file can be read only one way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates such as “%1” are read month first, as the file&apos;s other dates show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates such as “%1” are read day first, as the file&apos;s other dates show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates such as “%1” can be read two ways, and the file does not tell which: choose how it writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows look like records already on file or like earlier rows of the file (the same name in another script, spelling or spacing counts). For each, choose to skip the row, add it as a new record, or merge it: fill the record&apos;s empty fields from the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of this file (the same row): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of this file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row looks like a record already on file or an earlier row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) look like records on file or earlier rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read as follows (check them):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ItineraryItemDialog</name>
    <message>
        <source>Edit itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 9:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 11:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or abbreviation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kitaibaraki City Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme runs from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the time as hours and minutes, e.g. 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ItineraryTab</name>
    <message>
        <source>Tokyo → host area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cohort to plan its itinerary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the programme dates above, then plan the itinerary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with nothing planned</source>
        <translation>
            <numerusform>%n day with nothing planned</numerusform>
            <numerusform>%n days with nothing planned</numerusform>
        </translation>
    </message>
    <message>
        <source>every day has a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” on %2 from the itinerary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item on the selected day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::JurisdictionTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::LogEntryDialog</name>
    <message>
        <source>Edit log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About JLGC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JLGC Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JLGC Desk databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JLGC Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a Bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1?

The database as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Anything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records were changed in another window; the lists are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only: the file or its folder cannot be written to, so nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to O&amp;ffice Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Office Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up to a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (office server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept: this computer has no keychain. It will be asked for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Office Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the records of %1 onto the office server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JLGC office %1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up to a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the office server&apos;s records into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server %1/%2 · signed in as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of %1 are on the office server now (%2 rows; every table was counted on both sides). The file itself is left as it was; from now on, work on the server, so that colleagues see each other&apos;s changes.

Open the office server now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague (or another window) changed the records; the lists are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server %1/%2 · signed in as %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins and the access log belong to an office server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator of the office server may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a kind of record and how many there are</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name in any script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. consecutive, Japanese–English, agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 兵庫県副知事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Vice-Governor of Hyogo Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::MyResearchPage</name>
    <message>
        <source>Research log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the topic first, then add to its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this log entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New research topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yourself (remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas, e.g. housing, welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1: &quot;%2&quot; is not a date. Write it as 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <comment>of a research topic or report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <comment>of a research topic or report</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::OfficerDialog</name>
    <message>
        <source>Edit officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name in any script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Events coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::OrganizationsPage</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is recorded at this organization yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture or municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a state or province, e.g. Ohio or OH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type kanji, kana, romaji or a code, e.g. きたいばらき…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People at this organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::OverrideDialog</name>
    <message>
        <source>Pay more than approved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disbursements to %1 for %2 come to %3, more than the %4 approved. To save them, record who allowed paying more and why; the record is kept with the funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who allowed it and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ParticipantDialog</name>
    <message>
        <source>Type any part of the name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. co-host, booth staff, speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (kanji)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (kanji)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 山田</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 太郎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. やまだ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. たろう</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Yamada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Taro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Japanese, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR Fellowship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::PlacementDialog</name>
    <message>
        <source>Edit homestay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a fellow with a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a fellow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the family name in kanji, kana or romaji…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this homestay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check before saving this homestay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it anyway? The warnings are recorded as accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::RecordPage</name>
    <message>
        <source>Choose a record in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by any name, reading or text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the record as it was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload their version (your changes are dropped), or keep editing and copy your changes elsewhere first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this record: when, who, and the values before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?

It goes to the Trash (View → Trash), from which it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes over their version; what they changed in other fields stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they changed since you opened the record (the value you saw → their value):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ReferencePage</name>
    <message>
        <source>Local governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n local government(s)</source>
        <translation>
            <numerusform>%n local government</numerusform>
            <numerusform>%n local governments</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local government code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wards of this designated city (%n)</source>
        <translation>
            <numerusform>Wards of this designated city (%n)</numerusform>
            <numerusform>Wards of this designated city (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Japan: prefectures and municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States and Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by kanji, kana, romaji, English or code (e.g. 北茨, きたいばらき, kitaibaraki)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: 日本語 above English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (for Japan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, or type a name to choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record the report is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::ResearchRequestTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jlgc::ResearchRequestsPage</name>
    <message>
        <source>Research requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue: this request was due on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>Overdue: this request was due on %1 (%n day ago).</numerusform>
            <numerusform>Overdue: this request was due on %1 (%n days ago).</numerusform>
        </translation>
    </message>
    <message>
        <source>New research request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture or municipality, e.g. 茨城県</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ministry or other body, if not a local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a staff member&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::RestoreDialog</name>
    <message>
        <source>Restore from a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept as a backup of its own first, so a restore can itself be undone.
Backups are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::SearchDialog</name>
    <message>
        <source>Find Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any name or text: kanji, kana, romaji or English (e.g. 山田, やまだ, yamada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jlgc::SourceDialog</name>
    <message>
        <source>Source of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post in the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture or municipality, e.g. 兵庫県</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ministry or other body, if not a local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 所長補佐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Assistant Director</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::StaffTableModel</name>
    <message>
        <source>Term ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::TopicTableModel</name>
    <message>
        <source>Active — needs a successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term of %1 ended on %2; hand this topic over to a successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen record back, with everything it held</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(with %n part(s))</source>
        <translation>
            <numerusform>(with %n part)</numerusform>
            <numerusform>(with %n parts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n record(s) in the Trash for good? They cannot be restored afterwards (backups still hold them).</source>
        <translation>
            <numerusform>Delete the %n record in the Trash for good? It cannot be restored afterwards (backups still hold it).</numerusform>
            <numerusform>Delete the %n records in the Trash for good? They cannot be restored afterwards (backups still hold them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash not emptied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::UserGuideWindow</name>
    <message>
        <source>The user guide is missing from this copy of JLGC Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JLGC Desk User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::UsersDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of the Office Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each colleague signs in with a login of their own. Its role decides what the office server lets it read and change: read only (interns, visitors), staff, fellowship coordinator (also fellows&apos; medical and dietary notes, emergency contacts and host families&apos; addresses) or administrator (also logins, the access log and erasing personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own login is changed by another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. akiko.sato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: one is made up and shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 was added. Its one-time password is below: tell it to %1 in person, and ask them to change it. It is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the login %1? It can no longer connect; its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::AffiliationFormat</name>
    <message>
        <source>Sister-city affiliations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::ChapterFormat</name>
    <message>
        <source>JETAA chapters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::DelegationFormat</name>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::FellowFormat</name>
    <message>
        <source>CLAIR fellows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::HostFamilyFormat</name>
    <message>
        <source>Host families</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::OrganizationFormat</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::PersonFormat</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::ResearchRequestFormat</name>
    <message>
        <source>Research requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
