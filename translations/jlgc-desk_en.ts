<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
        <source>The backup could not be copied next to the database (is the disk full or the folder read-only?). Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be replaced. Nothing was restored.</source>
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
        <source>The backup %1 does not exist.</source>
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
        <source>This cohort no longer exists; it was removed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this cohort after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cohort still has records (%1). Remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 cannot be read. Check that it exists and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Someone else saved this fellow after you opened the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fellow is still named in other records (%1). Change or remove those first.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message>
        <source>This itinerary item no longer exists; it was removed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this itinerary item after you opened it.</source>
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
    <message>
        <source>Someone else saved this homestay after you opened it.</source>
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
    <name>HostFamilyRepository</name>
    <message>
        <source>This host family no longer exists; the record was removed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this host family after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host family is still named in other records (%1). Change or remove those first.</source>
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
    <name>Messages</name>
    <message numerus="yes">
        <source>room for %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>This organization no longer exists; it was removed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this organization after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization is still used by other records (%1). Change or remove those first.</source>
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
    <name>PersonRepository</name>
    <message>
        <source>This person no longer exists; the record was removed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this person after you opened the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is still named in other records (%1). Change or remove those first.</source>
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
    <name>jlgc::CohortTableModel</name>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to place</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) not yet confirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) taking part have no host family yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>jlgc::DateRangeField</name>
    <message>
        <source>to</source>
        <comment>between the first and the last day of a range</comment>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n state(s) or province(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet confirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Not removed</source>
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
    <name>jlgc::HomestayGridModel</name>
    <message>
        <source>Fellow #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over capacity: %n fellow(s) placed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>room for %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(-ies) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) over a family&apos;s capacity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) outside the programme</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow-night(s) without a family</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) not placed at all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Not removed</source>
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
        <source>Number</source>
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
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::HostFamilyTableModel</name>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with nothing planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Not removed</source>
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
        <source>today&apos;s backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup could be made: %1</source>
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
</context>
<context>
    <name>jlgc::OrganizationTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese name</source>
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
        <source>City</source>
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
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIR Fellowship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jlgc::PeopleTableModel</name>
    <message>
        <source>Name</source>
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
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
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
        <source>Delete “%1”?

This cannot be undone.</source>
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
</TS>
