<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Backups</name>
    <message>
        <source>The backups folder %1 cannot be created.</source>
        <translation>バックアップ用フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日（自動）</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>バージョンアップ前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>取込み前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>Damaged file kept</source>
        <translation>破損ファイルの保存</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 は既に存在します。バックアップには新しいファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The current database could not be kept before the restore, so nothing was restored.</source>
        <translation>復元の前に現在のデータベースを保存できなかったため、復元は行いませんでした。</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database (is the disk full or the folder read-only?). Nothing was restored.</source>
        <translation>バックアップをデータベースと同じフォルダーにコピーできませんでした（ディスクの空き容量不足、またはフォルダーが読み取り専用の可能性があります）。復元は行っていません。</translation>
    </message>
    <message>
        <source>The database file could not be replaced. Nothing was restored.</source>
        <translation>データベースファイルを置き換えられませんでした。復元は行っていません。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Print the schema version and the number of records of each kind (--json for JSON)</source>
        <translation>スキーマのバージョンと種類ごとのレコード件数を表示します（--json で JSON 形式）</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>既定のデータベースの代わりに、データベース FILE を使用します。</translation>
    </message>
    <message>
        <source>Language of the window: en or ja.</source>
        <translation>画面の表示言語（en または ja）。</translation>
    </message>
    <message>
        <source>JLGC Desk: the records desk of the Japan Local Government Center.

Without a command, opens the window. Commands run without a display:</source>
        <translation>JLGC Desk：自治体国際化協会ニューヨーク事務所（JLGC）の記録管理システムです。

コマンドを指定しない場合はウィンドウを開きます。コマンドを指定すると、画面を表示せずに実行します：</translation>
    </message>
    <message>
        <source>A command (see below).</source>
        <translation>コマンド（下記参照）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです：%1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON 形式で出力します。</translation>
    </message>
    <message>
        <source>info takes no arguments besides --json.</source>
        <translation>info には --json 以外の引数を指定できません。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>スキーマのバージョン：%1</translation>
    </message>
    <message>
        <source>Usage: jlgc-desk [--database FILE] %1 FILE</source>
        <translation>使い方：jlgc-desk [--database FILE] %1 FILE</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>%1 を %2 にバックアップしました</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check には引数を指定できません。</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 は破損しています：</translation>
    </message>
    <message>
        <source>%1: no problems found (schema version %2).</source>
        <translation>%1：問題は見つかりませんでした（スキーマのバージョン %2）。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The previous file is kept in %3.</source>
        <translation>%2 から %1 を復元しました。復元前のファイルは %3 に保存してあります。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE</source>
        <translation>データベースの整合性のとれたコピーを FILE に書き出します</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity (exit 1 on a problem)</source>
        <translation>データベースの整合性を検査します（問題があれば終了コード 1）</translation>
    </message>
    <message>
        <source>Replace the database with the backup FILE (the current file is kept as a backup)</source>
        <translation>データベースをバックアップ FILE で置き換えます（現在のファイルはバックアップとして保存します）</translation>
    </message>
    <message>
        <source>Find records of any kind by any name or text</source>
        <translation>名前や文字列で、あらゆる種類のレコードを検索します</translation>
    </message>
    <message>
        <source>Names in en or ja.</source>
        <translation>名前の表示言語（en または ja）。</translation>
    </message>
    <message>
        <source>Usage: jlgc-desk [--database FILE] search QUERY [--json]</source>
        <translation>使い方：jlgc-desk [--database FILE] search 検索語 [--json]</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>「%1」に一致するレコードはありません。</translation>
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
        <translation>データベースファイル %1 を読み込めません。ファイルが存在すること、開く権限があることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a JLGC Desk database. It was left unchanged.</source>
        <translation>%1 は JLGC Desk のデータベースではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>A new database cannot be created in %1: the folder cannot be written to.</source>
        <translation>%1 に新しいデータベースを作成できません。このフォルダーには書き込めません。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of JLGC Desk (database version %2; this version reads up to %3). Please update JLGC Desk. The file was left unchanged.</source>
        <translation>%1 は新しいバージョンの JLGC Desk で保存されています（データベースのバージョン %2。このバージョンで読み込めるのは %3 までです）。JLGC Desk を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened, so that nothing more is lost. Restore it from a backup.</source>
        <translation>%1 は破損しているため、これ以上データが失われないよう、開きませんでした。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The database is in use by another program and did not become free in time. Nothing was changed; try again in a moment.</source>
        <translation>データベースが他のプログラムで使用中のため、処理できませんでした。何も変更していません。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database cannot be written to (the file or its folder is read-only). Nothing was changed.</source>
        <translation>データベースに書き込めません（ファイルまたはフォルダーが読み取り専用です）。何も変更していません。</translation>
    </message>
    <message>
        <source>The disk is full. The change was not saved; what was saved before is safe.</source>
        <translation>ディスクの空き容量が不足しています。今回の変更は保存されませんでしたが、それまでに保存した内容は失われていません。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>データベースファイルが破損しています。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The file is not a JLGC Desk database.</source>
        <translation>このファイルは JLGC Desk のデータベースではありません。</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>データベースファイルを開けません。</translation>
    </message>
    <message>
        <source>This record is still used by other records and cannot be removed.</source>
        <translation>このレコードは他のレコードで使用されているため、削除できません。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database (a duplicate or a missing value).</source>
        <translation>この変更はデータベースの規則に反します（値の重複、または必須の値の未入力）。</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>データベースでエラーが発生しました。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 が見つかりません。</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation type="unfinished">
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
        <translation>市</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>町</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Special ward</source>
        <translation>特別区</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>State</source>
        <translation>州</translation>
    </message>
    <message>
        <source>Federal district</source>
        <translation>連邦区</translation>
    </message>
    <message>
        <source>Outlying area</source>
        <translation>海外領土</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>州</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>準州</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>アメリカ合衆国</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>room for %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationKinds</name>
    <message>
        <source>Give the organization a name in English or Japanese.</source>
        <translation>団体の名称を英語または日本語で入力してください。</translation>
    </message>
    <message>
        <source>A Japanese government is in Japan.</source>
        <translation>種別が「日本の政府・自治体」の場合、国は「日本」を選択してください。</translation>
    </message>
    <message>
        <source>The state or province is not in the country chosen.</source>
        <translation>選択した州・準州は、選択した国にありません。</translation>
    </message>
    <message>
        <source>Association of governments</source>
        <translation>自治体の連合組織</translation>
    </message>
    <message>
        <source>State or provincial government</source>
        <translation>州政府</translation>
    </message>
    <message>
        <source>City or county government</source>
        <translation>市・郡政府</translation>
    </message>
    <message>
        <source>Japanese government</source>
        <translation>日本の政府・自治体</translation>
    </message>
    <message>
        <source>Consulate or embassy</source>
        <translation>領事館・大使館</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>This organization no longer exists; it was removed elsewhere.</source>
        <translation>この団体は既に削除されています（別の画面などで削除されました）。</translation>
    </message>
    <message>
        <source>Someone else saved this organization after you opened it.</source>
        <translation>この団体は、開いた後に他の利用者が保存しています。</translation>
    </message>
    <message>
        <source>This organization is still used by other records (%1). Change or remove those first.</source>
        <translation>この団体は他のレコード（%1）で使用されています。先にそれらを変更または削除してください。</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Enter a name in Latin letters or in kanji.</source>
        <translation>氏名をローマ字または漢字で入力してください。</translation>
    </message>
    <message>
        <source>Each affiliation needs an organization.</source>
        <translation>所属にはそれぞれ団体を指定してください。</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>This person no longer exists; the record was removed elsewhere.</source>
        <translation>この人物のレコードは既に削除されています（別の画面などで削除されました）。</translation>
    </message>
    <message>
        <source>Someone else saved this person after you opened the record.</source>
        <translation>この人物のレコードは、開いた後に他の利用者が保存しています。</translation>
    </message>
    <message>
        <source>This person is still named in other records (%1). Change or remove those first.</source>
        <translation>この人物は他のレコード（%1）に記載されています。先にそれらを変更または削除してください。</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Prefectures</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Wards of designated cities</source>
        <translation>政令指定都市の区</translation>
    </message>
    <message>
        <source>States and provinces</source>
        <translation>州・準州</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>People&apos;s affiliations</source>
        <translation>人物の所属</translation>
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
        <translation>参照データファイル %1 が、この JLGC Desk のビルドに含まれていません。</translation>
    </message>
    <message>
        <source>The reference data file %1 has no column %2.</source>
        <translation>参照データファイル %1 に列 %2 がありません。</translation>
    </message>
    <message>
        <source>The reference data names a city that is not in the list of municipalities: %1</source>
        <translation>参照データに、市区町村の一覧にない市が含まれています：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Prefectures</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市区町村</translation>
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
        <translation>「%1」はメールアドレスの形式になっていません。</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>「%1」はウェブアドレス（URL）の形式になっていません。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>A reading is written in kana only (for example やまだ).</source>
        <translation>読みは、かなのみで入力してください（例：やまだ）。</translation>
    </message>
</context>
<context>
    <name>jlgc::AboutDialog</name>
    <message>
        <source>About JLGC Desk</source>
        <translation>JLGC Desk について</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The records desk of the Japan Local Government Center (CLAIR New York): delegations, the CLAIR Fellowship, JET alumni chapters, sister-city affiliations, partners and events.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2 (LGPL-3.0), and SQLite. The licences of the software, reference data and fonts it uses are in the other tabs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;自治体国際化協会ニューヨーク事務所（CLAIR ニューヨーク）の記録管理システムです。視察団、CLAIRフェローシップ、JETAA支部、姉妹都市提携、関係団体、イベントの記録を管理します。&lt;/p&gt;&lt;p&gt;MIT ライセンスで公開しています。&lt;/p&gt;&lt;p&gt;Qt %1 でビルドし、Qt %2（LGPL-3.0）と SQLite で動作しています。使用しているソフトウェア、参照データ、フォントのライセンスはほかのタブをご覧ください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>第三者ソフトウェアの表示</translation>
    </message>
    <message>
        <source>Reference data sources</source>
        <translation>参照データの出典</translation>
    </message>
</context>
<context>
    <name>jlgc::AffiliationDialog</name>
    <message>
        <source>Edit affiliation</source>
        <translation>所属の編集</translation>
    </message>
    <message>
        <source>Add affiliation</source>
        <translation>所属の追加</translation>
    </message>
    <message>
        <source>Type a name or abbreviation…</source>
        <translation>名称または略称を入力…</translation>
    </message>
    <message>
        <source>e.g. Director of International Affairs</source>
        <translation>例：国際交流課長</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Choose the organization from the list.</source>
        <translation>団体は一覧から選択してください。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
</context>
<context>
    <name>jlgc::CohortTableModel</name>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to place</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) not yet confirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) taking part have no host family yet</source>
        <translation type="unfinished">
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
        <translation type="unfinished">名称または略称を入力…</translation>
    </message>
    <message>
        <source>Type a state or province, e.g. Ohio or OH…</source>
        <translation type="unfinished">州・準州を入力（例：Ohio、OH）…</translation>
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
        <translation type="unfinished">州・準州</translation>
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
        <translation type="unfinished">電話</translation>
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
        <translation type="unfinished">備考</translation>
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
        <translation type="unfinished">州・準州</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">役職</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n state(s) or province(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet confirmed</source>
        <translation type="unfinished">
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
        <translation type="unfinished">追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">編集…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">削除</translation>
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
        <translation type="unfinished">保存できませんでした</translation>
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
        <translation type="unfinished">備考</translation>
    </message>
    <message>
        <source>Type kanji, kana, romaji or a code, e.g. きたいばらき…</source>
        <translation type="unfinished">漢字、かな、ローマ字またはコードを入力（例：きたいばらき）…</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>room for %n</source>
        <translation type="unfinished">
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(-ies) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) over a family&apos;s capacity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) outside the programme</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow-night(s) without a family</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) not placed at all</source>
        <translation type="unfinished">
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
        <translation type="unfinished">編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">削除</translation>
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
        <translation type="unfinished">ローマ字</translation>
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
        <translation type="unfinished">備考</translation>
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
        <translation type="unfinished">漢字、かな、ローマ字またはコードを入力（例：きたいばらき）…</translation>
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
        <translation type="unfinished">役割</translation>
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
        <translation type="unfinished">使用言語</translation>
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
        <translation type="unfinished">名称または略称を入力…</translation>
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
        <translation type="unfinished">備考</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with nothing planned</source>
        <translation type="unfinished">
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
        <translation type="unfinished">追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">削除</translation>
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
        <translation>団体コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
</context>
<context>
    <name>jlgc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>新規レコード(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>変更を元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>レコードを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find in List</source>
        <translation>一覧内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About JLGC Desk</source>
        <translation>JLGC Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>データベースなし</translation>
    </message>
    <message>
        <source>JLGC Desk — %1</source>
        <translation>JLGC Desk — %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>JLGC Desk databases (*.sqlite *.db)</source>
        <translation>JLGC Desk データベース (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open Database.</source>
        <translation>%1 は既に存在します。別の名前を指定するか、「ファイル」→「データベースを開く」で開いてください。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>JLGC Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>JLGC Desk データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Restore from a Bac&amp;kup…</source>
        <translation>バックアップから復元(&amp;K)…</translation>
    </message>
    <message>
        <source>today&apos;s backup was made</source>
        <translation>本日のバックアップを作成しました</translation>
    </message>
    <message>
        <source>no backup could be made: %1</source>
        <translation>バックアップを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1?

The database as it is now is kept as a backup first.</source>
        <translation>データベースを %1 のバックアップで置き換えますか？

現在のデータベースは、先にバックアップとして保存します。</translation>
    </message>
    <message>
        <source>Find &amp;Anything…</source>
        <translation>全体を検索(&amp;A)…</translation>
    </message>
    <message>
        <source>The records were changed in another window; the lists are up to date.</source>
        <translation>別のウィンドウでレコードが変更されたため、一覧を最新の状態に更新しました。</translation>
    </message>
</context>
<context>
    <name>jlgc::OrganizationTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州・準州</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
</context>
<context>
    <name>jlgc::OrganizationsPage</name>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Other or not known</source>
        <translation>その他・不明</translation>
    </message>
    <message>
        <source>No one is recorded at this organization yet.</source>
        <translation>この団体に所属する人物は、まだ登録されていません。</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>新しい団体</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Name in Japanese</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>読み（かな）</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州・準州</translation>
    </message>
    <message>
        <source>Prefecture or municipality</source>
        <translation>都道府県・市区町村</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Type a state or province, e.g. Ohio or OH…</source>
        <translation>州・準州を入力（例：Ohio、OH）…</translation>
    </message>
    <message>
        <source>Type kanji, kana, romaji or a code, e.g. きたいばらき…</source>
        <translation>漢字、かな、ローマ字またはコードを入力（例：きたいばらき）…</translation>
    </message>
    <message>
        <source>People at this organization</source>
        <translation>この団体に所属する人物</translation>
    </message>
</context>
<context>
    <name>jlgc::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新しい人物</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Family name (kanji)</source>
        <translation>姓（漢字）</translation>
    </message>
    <message>
        <source>Given name (kanji)</source>
        <translation>名（漢字）</translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation>姓（かな）</translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation>名（かな）</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>姓（ローマ字）</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>名（ローマ字）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>e.g. 山田</source>
        <translation>例：山田</translation>
    </message>
    <message>
        <source>e.g. 太郎</source>
        <translation>例：太郎</translation>
    </message>
    <message>
        <source>e.g. やまだ</source>
        <translation>例：やまだ</translation>
    </message>
    <message>
        <source>e.g. たろう</source>
        <translation>例：たろう</translation>
    </message>
    <message>
        <source>e.g. Yamada</source>
        <translation>例：Yamada</translation>
    </message>
    <message>
        <source>e.g. Taro</source>
        <translation>例：Taro</translation>
    </message>
    <message>
        <source>e.g. Japanese, English</source>
        <translation>例：日本語、英語</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
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
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>氏名（ローマ字）</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属団体</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
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
        <translation type="unfinished">備考</translation>
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
        <translation>一覧からレコードを選択するか、新しいレコードを作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <source>Filter by any name, reading or text (Ctrl+F)</source>
        <translation>名前、読み、任意の文字列で絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>新規レコード（Ctrl+N）</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>レコードを保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Go back to the record as it was saved</source>
        <translation>保存済みの内容に戻す</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>レコードを削除</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>「%1」には保存されていない変更があります。</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>変更を保存しますか？</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>レコードの削除</translation>
    </message>
    <message>
        <source>Delete “%1”?

This cannot be undone.</source>
        <translation>「%1」を削除しますか？

この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>保存できませんでした。赤く表示された項目を修正してください。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他の利用者による変更</translation>
    </message>
    <message>
        <source>Reload their version (your changes are dropped), or keep editing and copy your changes elsewhere first?</source>
        <translation>他の利用者が保存した内容を再読み込みしますか（こちらの変更は破棄されます）？ それとも編集を続け、先に変更内容を別の場所へ控えますか？</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
</context>
<context>
    <name>jlgc::ReferencePage</name>
    <message>
        <source>Local governments</source>
        <translation>地方自治体</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>すべての都道府県</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message numerus="yes">
        <source>%n local government(s)</source>
        <translation>
            <numerusform>%n 自治体</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Local government code</source>
        <translation>地方公共団体コード</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>ISO 3166-2</source>
        <translation>ISO 3166-2</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>都道府県庁所在地</translation>
    </message>
    <message numerus="yes">
        <source>Wards of this designated city (%n)</source>
        <translation>
            <numerusform>この政令指定都市の区（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Japan: prefectures and municipalities</source>
        <translation>日本：都道府県・市区町村</translation>
    </message>
    <message>
        <source>United States and Canada</source>
        <translation>アメリカ合衆国・カナダ</translation>
    </message>
    <message>
        <source>Search by kanji, kana, romaji, English or code (e.g. 北茨, きたいばらき, kitaibaraki)</source>
        <translation>漢字、かな、ローマ字、英語またはコードで検索（例：北茨、きたいばらき、kitaibaraki）</translation>
    </message>
    <message>
        <source>Search by name or abbreviation</source>
        <translation>名称または略称で検索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO コード</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
</context>
<context>
    <name>jlgc::RestoreDialog</name>
    <message>
        <source>Restore from a Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept as a backup of its own first, so a restore can itself be undone.
Backups are kept in %1.</source>
        <translation>戻したい時点のバックアップを選んでください。現在のデータベースは先にバックアップとして保存するため、復元を取り消すこともできます。
バックアップの保存先：%1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
</context>
<context>
    <name>jlgc::SearchDialog</name>
    <message>
        <source>Find Anything</source>
        <translation>全体を検索</translation>
    </message>
    <message>
        <source>Type any name or text: kanji, kana, romaji or English (e.g. 山田, やまだ, yamada)</source>
        <translation>名前や文字列を入力（漢字・かな・ローマ字・英語。例：山田、やまだ、yamada）</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>該当するレコードはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
</TS>
