<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessLog</name>
    <message>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>件数</translation>
    </message>
</context>
<context>
    <name>AffiliationImport</name>
    <message>
        <source>Line %1 of this file adds the same tie between %2 and %3, also active; a second active one cannot be added (skip this row, or give one of them the status inactive or ended).</source>
        <translation>このファイルの%1行目で、%2 と %3 の同じ提携を継続中として追加します。継続中の提携を二つ登録することはできません（この行をスキップするか、どちらかの状況を休止中または解消にしてください）。</translation>
    </message>
    <message>
        <source>An active tie between %1 and %2 is already on file (established %3); a second active one cannot be added: skip this row, merge it into that one, or give it the status inactive or ended.</source>
        <translation>%1 と %2 の継続中の提携は登録済みです（提携：%3）。継続中の提携を二つ登録することはできません。この行をスキップするか、登録済みの提携に統合するか、この行の状況を休止中または解消にしてください。</translation>
    </message>
    <message>
        <source>in a year not known</source>
        <translation>年不明</translation>
    </message>
</context>
<context>
    <name>AffiliationLabels</name>
    <message>
        <source>Sister city</source>
        <translation>姉妹都市</translation>
    </message>
    <message>
        <source>Sister state/province</source>
        <translation>姉妹州・姉妹県</translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation>友好提携</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>休止中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>解消</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>郡</translation>
    </message>
    <message>
        <source>State</source>
        <translation>州（米国）</translation>
    </message>
    <message>
        <source>Province or territory</source>
        <translation>州・準州（カナダ）</translation>
    </message>
    <message>
        <source>Japanese side</source>
        <translation>日本側</translation>
    </message>
    <message>
        <source>North American side</source>
        <translation>北米側</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交流</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>周年記念</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>書簡・連絡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
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
        <source>The database file could not be replaced. Nothing was restored.</source>
        <translation>データベースファイルを置き換えられませんでした。復元は行っていません。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written.</source>
        <translation>バックアップ %1 を書き込めません。</translation>
    </message>
    <message>
        <source>%1 cannot be written (another file of that name appeared, or the folder cannot be written to).</source>
        <translation>%1 に書き込めません（同じ名前のファイルが作られたか、フォルダーに書き込めません）。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a backup of a JLGC Desk database. Nothing was restored.</source>
        <translation>%1 は空のファイルで、JLGC Desk データベースのバックアップではありません。復元は行っていません。</translation>
    </message>
    <message>
        <source>%1 is not a backup of a JLGC Desk database. Nothing was restored.</source>
        <translation>%1 は JLGC Desk データベースのバックアップではありません。復元は行っていません。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read, so it was not restored.</source>
        <translation>バックアップ %1 を読み込めないため、復元しませんでした。</translation>
    </message>
    <message>
        <source>%1 holds no JLGC Desk records: it is not a backup. Nothing was restored.</source>
        <translation>%1 には JLGC Desk の記録がなく、バックアップではありません。復元は行っていません。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged, so it was not restored. Choose another backup.</source>
        <translation>バックアップ %1 は破損しているため、復元しませんでした。別のバックアップを選んでください。</translation>
    </message>
    <message>
        <source>The database file could not be written. Nothing was restored.</source>
        <translation>データベースファイルに書き込めませんでした。復元は行っていません。</translation>
    </message>
    <message>
        <source>%1 is not a JLGC Desk database. Nothing was restored.</source>
        <translation>%1 は JLGC Desk のデータベースではありません。復元は行っていません。</translation>
    </message>
    <message>
        <source>The database could not be restored.</source>
        <translation>データベースを復元できませんでした。</translation>
    </message>
    <message>
        <source>The database is being written by another program and did not become free in time. Nothing was restored; try again in a moment.</source>
        <translation>データベースは別のプログラムが書き込み中で、時間内に空きませんでした。復元は行っていません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The database could not be restored; it was left as it was.</source>
        <translation>データベースを復元できませんでした。データベースは元のままです。</translation>
    </message>
    <message>
        <source>%1 is damaged and still open in another program or window. Close it there, then restore again. Nothing was restored.</source>
        <translation>%1 は破損しており、別のプログラムまたはウィンドウでまだ開かれています。そちらで閉じてから、もう一度復元してください。復元は行っていません。</translation>
    </message>
    <message>
        <source>A database on an office server keeps no backups of its own beside it. Write a copy of it to a file with Back Up (jlgc-desk backup FILE) and put one back into an empty database with copy-database; the server itself is backed up with PostgreSQL&apos;s pg_dump (see the README). Nothing was changed.</source>
        <translation>事務所サーバーのデータベースには、その横に自動バックアップを置きません。「ファイルにバックアップ」（jlgc-desk backup ファイル）でファイルに写しを書き出し、copy-database で空のデータベースに戻してください。サーバー自体は PostgreSQL の pg_dump でバックアップします（README を参照）。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>ChapterFunding</name>
    <message>
        <source>Choose the chapter.</source>
        <translation>支部を選択してください。</translation>
    </message>
    <message>
        <source>Give the fiscal year the funding is for.</source>
        <translation>助成の対象年度を入力してください。</translation>
    </message>
    <message>
        <source>A chapter applies in US or Canadian dollars.</source>
        <translation>申請額の通貨は、米ドルまたはカナダドルを選択してください。</translation>
    </message>
    <message>
        <source>Funding is approved in US or Canadian dollars.</source>
        <translation>承認額の通貨は、米ドルまたはカナダドルを選択してください。</translation>
    </message>
    <message>
        <source>Each line of the application needs its purpose.</source>
        <translation>申請内容の各行に使途を入力してください。</translation>
    </message>
    <message>
        <source>An amount asked for cannot be negative.</source>
        <translation>申請額にマイナスの値は入力できません。</translation>
    </message>
    <message>
        <source>The amount approved cannot be negative.</source>
        <translation>承認額にマイナスの値は入力できません。</translation>
    </message>
    <message>
        <source>The budget in yen cannot be negative.</source>
        <translation>予算額（円）にマイナスの値は入力できません。</translation>
    </message>
    <message>
        <source>Each disbursement needs the date it was paid.</source>
        <translation>各支払に支払日を入力してください。</translation>
    </message>
    <message>
        <source>Each disbursement needs an amount above zero.</source>
        <translation>各支払の金額は 0 より大きい値にしてください。</translation>
    </message>
    <message>
        <source>The report cannot arrive before the application was made.</source>
        <translation>報告受領日を申請日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Enter the amount approved before marking the funding approved.</source>
        <translation>状況を「承認済み」にする前に、承認額を入力してください。</translation>
    </message>
    <message>
        <source>Record the disbursement before marking the funding disbursed.</source>
        <translation>状況を「支払済み」にする前に、支払を記録してください。</translation>
    </message>
    <message>
        <source>Enter the date the report was received before marking the funding reported.</source>
        <translation>状況を「報告済み」にする前に、報告受領日を入力してください。</translation>
    </message>
</context>
<context>
    <name>ChapterFundingRepository</name>
    <message>
        <source>The chapter no longer exists.</source>
        <translation>この支部は既に削除されています。</translation>
    </message>
    <message>
        <source>%1 already has a funding record for FY%2; open that one instead.</source>
        <translation>%1 には%2年度の助成のレコードが既に登録されています。そちらを開いて編集してください。</translation>
    </message>
</context>
<context>
    <name>ChapterStatuses</name>
    <message>
        <source>Active</source>
        <translation>活動中</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>設立準備中</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>休止中</translation>
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
    <message>
        <source>Write a delegation&apos;s itinerary as an iCalendar file: export-ics DELEGATION_ID FILE.ics</source>
        <translation>視察団の日程表を iCalendar ファイルに書き出します：export-ics DELEGATION_ID FILE.ics</translation>
    </message>
    <message>
        <source>Usage: export-ics DELEGATION_ID FILE.ics</source>
        <translation>使い方：export-ics DELEGATION_ID FILE.ics</translation>
    </message>
    <message>
        <source>“%1” is not a delegation number.</source>
        <translation>「%1」は視察団の番号ではありません。</translation>
    </message>
    <message>
        <source>Write a report as PDF (report --list names them and their options)</source>
        <translation>報告書を PDF で出力します（report --list で報告書とオプションの一覧を表示）</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>報告書：</translation>
    </message>
    <message>
        <source>Options: none besides the common ones.</source>
        <translation>オプション：共通オプションのみ。</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>オプション：%1</translation>
    </message>
    <message>
        <source>Every report: --output FILE.pdf [--lang en|ja|both] [--page-size letter|a4]</source>
        <translation>すべての報告書：--output FILE.pdf [--lang en|ja|both] [--page-size letter|a4]</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not “%2”.</source>
        <translation>--%1 には整数を指定してください（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>List the reports and their options.</source>
        <translation>報告書とそのオプションの一覧を表示します。</translation>
    </message>
    <message>
        <source>Write the PDF to FILE.</source>
        <translation>PDF を FILE に出力します。</translation>
    </message>
    <message>
        <source>Language of the report: en, ja or both.</source>
        <translation>報告書の言語：en、ja または both（日英併記）。</translation>
    </message>
    <message>
        <source>Paper: letter (default) or a4.</source>
        <translation>用紙：letter（既定）または a4。</translation>
    </message>
    <message>
        <source>Calendar year.</source>
        <translation>暦年。</translation>
    </message>
    <message>
        <source>Japanese fiscal year (April Y to March Y+1).</source>
        <translation>年度（Y 年 4 月～Y+1 年 3 月）。</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>開始日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>終了日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The record the report is about.</source>
        <translation>報告書の対象となるレコード。</translation>
    </message>
    <message>
        <source>report --list takes no report name.</source>
        <translation>report --list には報告書名を指定できません。</translation>
    </message>
    <message>
        <source>Name one report (report --list shows them).</source>
        <translation>報告書を 1 つ指定してください（一覧は report --list で表示できます）。</translation>
    </message>
    <message>
        <source>There is no report called %1.</source>
        <translation>%1 という報告書はありません。</translation>
    </message>
    <message>
        <source>Say where to write the PDF with --output FILE.pdf.</source>
        <translation>--output FILE.pdf で PDF の出力先を指定してください。</translation>
    </message>
    <message>
        <source>--lang is en, ja or both, not “%1”.</source>
        <translation>--lang には en、ja または both を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>--page-size is letter or a4, not “%1”.</source>
        <translation>--page-size には letter または a4 を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>--id needs a record id (a number above 0).</source>
        <translation>--id にはレコード ID（1 以上の数値）を指定してください。</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2).</source>
        <translation>%1 を出力しました（%2ページ）。</translation>
    </message>
    <message>
        <source>Fill a new database with realistic demo records: demo --scale N (people) [--seed S] [--force]</source>
        <translation>デモ用の架空レコードで新しいデータベースを作成します：demo --scale N（人物の数） [--seed S] [--force]</translation>
    </message>
    <message>
        <source>Write every record of a kind to a CSV file: export KIND FILE</source>
        <translation>指定した種類のすべてのレコードを CSV ファイルに書き出します：export KIND FILE</translation>
    </message>
    <message>
        <source>Unknown kind “%1”. Kinds: %2</source>
        <translation>不明な種類です：「%1」。指定できる種類：%2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: auto (the default), utf-8 or cp932.</source>
        <translation>ファイルの文字コード：auto（既定）、utf-8 または cp932。</translation>
    </message>
    <message>
        <source>The delimiter: comma, tab or semicolon (detected when not given).</source>
        <translation>区切り文字：comma、tab または semicolon（指定しない場合は自動検出）。</translation>
    </message>
    <message>
        <source>What to do with rows that look like records on file: skip (the default), add, or merge (fill the record&apos;s empty fields).</source>
        <translation>登録済みのレコードと重複しているとみられる行の扱い：skip（既定、スキップ）、add（新規追加）、merge（統合：登録済みレコードの空欄を補完）。</translation>
    </message>
    <message>
        <source>Check every row; write nothing.</source>
        <translation>すべての行を検査します（書き込みは行いません）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, %n row(s) of %4</source>
        <translation>
            <numerusform>%1：%2、%3区切り、%4 %n行</numerusform>
        </translation>
    </message>
    <message>
        <source>Some bytes are not %1: try another --encoding.</source>
        <translation>%1 として読み込めないバイトがあります。別の --encoding を指定してください。</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>インポートは行いませんでした。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message>
        <source>%1 to add, %2 to merge, %3 skipped, %4 rejected.</source>
        <translation>追加%1件、統合%2件、スキップ%3件、インポート不可%4件。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be imported.</source>
        <translation>
            <numerusform>インポートできない行が%n行あるため、インポートは行いませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>ドライラン：書き込みは行っていません。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged, %3 skipped.</source>
        <translation>インポートしました：追加%1件、統合%2件、スキップ%3件。</translation>
    </message>
    <message>
        <source>Backup taken before the import: %1</source>
        <translation>インポート前のバックアップ：%1</translation>
    </message>
    <message>
        <source>Also write personal data (dietary and medical notes, emergency contacts, home addresses).</source>
        <translation>個人情報（食事・健康上の配慮事項、緊急連絡先、自宅住所）も書き出します。</translation>
    </message>
    <message>
        <source>Usage: export KIND FILE [--include-personal-data]
Kinds: %1</source>
        <translation>使い方：export KIND FILE [--include-personal-data]
種類：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n件のレコードを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of people (default 1000).</source>
        <translation>人物の数（既定は 1000）。</translation>
    </message>
    <message>
        <source>Seed of the random choices (default 1993).</source>
        <translation>乱数のシード値（既定は 1993）。</translation>
    </message>
    <message>
        <source>Add demo records to a database that already holds records.</source>
        <translation>既にレコードが登録されているデータベースにデモ用レコードを追加します。</translation>
    </message>
    <message>
        <source>Usage: jlgc-desk [--database FILE] demo --scale N [--seed S] [--force]</source>
        <translation>使い方：jlgc-desk [--database FILE] demo --scale N [--seed S] [--force]</translation>
    </message>
    <message>
        <source>--scale takes a number of people, 1 or more.</source>
        <translation>--scale には人物の数（1 以上）を指定してください。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed には整数を指定してください。</translation>
    </message>
    <message>
        <source>Demo records written to %1 in %2 s.</source>
        <translation>デモ用レコードを %1 に書き込みました（所要時間%2秒）。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n件のイベントを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Import records from a CSV file: import KIND FILE [--encoding auto|utf-8|cp932] [--duplicates skip|add|merge] [--dry-run]</source>
        <translation>CSV ファイルから記録をインポート：import 種類 ファイル [--encoding auto|utf-8|cp932] [--duplicates skip|add|merge] [--dry-run]</translation>
    </message>
    <message>
        <source>Column “%1” is not a column of this kind of record; it is ignored.</source>
        <translation>列「%1」はこの種類の記録の列ではないため、無視します。</translation>
    </message>
    <message>
        <source>%1 is damaged, so no backup was made of it:</source>
        <translation>%1 は破損しているため、バックアップを作成しませんでした：</translation>
    </message>
    <message>
        <source>Checking the file again.</source>
        <translation>ファイルをもう一度確認します。</translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written to.</source>
        <translation>読み取り専用：ファイルまたはフォルダーに書き込めません。</translation>
    </message>
    <message>
        <source>Dates such as “%1” could be read month first or day first, and the file&apos;s other dates do not tell: give --date-order mdy or dmy.</source>
        <translation>「%1」のような日付は月が先とも日が先とも読め、ファイル内のほかの日付からも判断できません。--date-order mdy または dmy を指定してください。</translation>
    </message>
    <message>
        <source>Dates such as “%1” are read month first (month/day/year), as the file&apos;s other dates show; --date-order dmy reads them day first.</source>
        <translation>ファイル内のほかの日付に従い、「%1」のような日付は月が先（月/日/年）として読みます。日が先として読むには --date-order dmy を指定してください。</translation>
    </message>
    <message>
        <source>Dates such as “%1” are read day first (day/month/year), as the file&apos;s other dates show; --date-order mdy reads them month first.</source>
        <translation>ファイル内のほかの日付に従い、「%1」のような日付は日が先（日/月/年）として読みます。月が先として読むには --date-order mdy を指定してください。</translation>
    </message>
    <message>
        <source>this row is skipped</source>
        <translation>この行はスキップします</translation>
    </message>
    <message>
        <source>this row cannot be imported</source>
        <translation>この行はインポートできません</translation>
    </message>
    <message>
        <source>this row is merged into it</source>
        <translation>この行は既存の記録に統合します</translation>
    </message>
    <message>
        <source>this row is added as a new record</source>
        <translation>この行は新規に追加します</translation>
    </message>
    <message>
        <source>Line %1: %2 looks like a record already on file (%3); %4.</source>
        <translation>%1行目：%2 は登録済みの記録（%3）と重複している可能性があります。%4。</translation>
    </message>
    <message>
        <source>Line %1: %2 looks like a record already on file (%3) and like line %4 of this file; %5.</source>
        <translation>%1行目：%2 は登録済みの記録（%3）およびこのファイルの%4行目と重複している可能性があります。%5。</translation>
    </message>
    <message>
        <source>Line %1: %2 repeats line %3 of this file; %4.</source>
        <translation>%1行目：%2 はこのファイルの%3行目と同じ内容です。%4。</translation>
    </message>
    <message>
        <source>Line %1: %2 looks like line %3 of this file; %4.</source>
        <translation>%1行目：%2 はこのファイルの%3行目と重複している可能性があります。%4。</translation>
    </message>
    <message>
        <source>How the file writes dates such as 4/1/2020: mdy (month first, as in the US), dmy (day first) or ymd (year first). Not given: as the file&apos;s other dates show; a date that could be read either way is refused.</source>
        <translation>4/1/2020 のような日付の書き方：mdy（月が先。米国式）、dmy（日が先）、ymd（年が先）。指定しない場合はファイル内のほかの日付から判断し、どちらにも読める日付はインポートしません。</translation>
    </message>
    <message>
        <source>Usage: import KIND FILE [--encoding auto|utf-8|cp932] [--delimiter comma|tab|semicolon] [--duplicates skip|add|merge] [--date-order mdy|dmy|ymd] [--dry-run]
Kinds: %1</source>
        <translation>使い方：import 種類 ファイル [--encoding auto|utf-8|cp932] [--delimiter comma|tab|semicolon] [--duplicates skip|add|merge] [--date-order mdy|dmy|ymd] [--dry-run]
種類：%1</translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation>事務所サーバー: %1</translation>
    </message>
    <message>
        <source>Copy every record with its history and Trash into a new or empty database, file or server: copy-database FROM TO</source>
        <translation>すべてのレコードを変更履歴・ごみ箱ごと、新しいまたは空のデータベース（ファイルまたはサーバー）に複写します: copy-database 複写元 複写先</translation>
    </message>
    <message>
        <source>Usage: jlgc-desk copy-database FROM TO</source>
        <translation>使い方: jlgc-desk copy-database 複写元 複写先</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>FROM and TO are the same database.</source>
        <translation>複写元と複写先が同じデータベースです。</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 を %2 に複写しました。</translation>
    </message>
    <message>
        <source>Every table of the copy holds as many rows as the original&apos;s (%1 tables, %2 rows).</source>
        <translation>複写先のすべてのテーブルの行数が複写元と一致しました（%1テーブル、%2行）。</translation>
    </message>
    <message>
        <source>Manage the logins of an office server and their roles: users list | add NAME --role ROLE | set-role NAME ROLE | disable NAME | enable NAME</source>
        <translation>事務所サーバーのログインと権限を管理します: users list | add 名前 --role 権限 | set-role 名前 権限 | disable 名前 | enable 名前</translation>
    </message>
    <message>
        <source>Usage: jlgc-desk --database postgresql://… users list
       … users add NAME --role %1 [--password PASSWORD]
       … users set-role NAME %1
       … users disable NAME
       … users enable NAME</source>
        <translation>使い方: jlgc-desk --database postgresql://… users list
       … users add 名前 --role %1 [--password パスワード]
       … users set-role 名前 %1
       … users disable 名前
       … users enable 名前</translation>
    </message>
    <message>
        <source>Unknown role: %1 (one of %2).</source>
        <translation>不明な権限です: %1（%2 のいずれかを指定してください）。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>ログイン可</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>The login&apos;s role.</source>
        <translation>ログインの権限。</translation>
    </message>
    <message>
        <source>The login&apos;s password (without it, one is made up and printed).</source>
        <translation>ログインのパスワード（省略すると自動で作成して表示します）。</translation>
    </message>
    <message>
        <source>Added the login %1 with the role %2.</source>
        <translation>ログイン %1 を権限「%2」で追加しました。</translation>
    </message>
    <message>
        <source>One-time password (tell it to %1, who should change it): %2</source>
        <translation>初回用パスワード（%1 さんに伝え、変更してもらってください）: %2</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 の権限を「%2」に変更しました。</translation>
    </message>
    <message>
        <source>The login %1 is disabled: it can no longer connect.</source>
        <translation>ログイン %1 を無効にしました。今後は接続できません。</translation>
    </message>
    <message>
        <source>The login %1 can sign in again.</source>
        <translation>ログイン %1 を再び有効にしました。</translation>
    </message>
</context>
<context>
    <name>Cohort</name>
    <message>
        <source>Enter both the first and the last day, or neither.</source>
        <translation>初日と最終日の両方を入力するか、両方とも空欄にしてください。</translation>
    </message>
    <message>
        <source>These days must fall within the programme (%1 to %2).</source>
        <translation>この期間はプログラムの期間内（%1～%2）にしてください。</translation>
    </message>
    <message>
        <source>The programme began in %1: enter a year from %1 on.</source>
        <translation>このプログラムは%1年に始まりました。%1年以降の年を入力してください。</translation>
    </message>
    <message>
        <source>Enter both the first and the last day of the programme, or neither.</source>
        <translation>プログラムの初日と最終日の両方を入力するか、両方とも空欄にしてください。</translation>
    </message>
    <message>
        <source>A programme of %1 days is longer than any the office runs; check the dates.</source>
        <translation>プログラムの期間が%1日間となっており、通常の実施期間を大きく超えています。日付を確認してください。</translation>
    </message>
    <message>
        <source>The host portion begins after the Tokyo portion.</source>
        <translation>受入れ地域での日程は、東京での日程の最終日以降に始まるようにしてください。</translation>
    </message>
    <message>
        <source>The host municipality is not in the host prefecture.</source>
        <translation>受入れ市区町村が、受入れ都道府県内にありません。</translation>
    </message>
</context>
<context>
    <name>CohortRepository</name>
    <message>
        <source>There is already a cohort for %1.</source>
        <translation>%1年度のプログラムは既に登録されています。</translation>
    </message>
    <message>
        <source>With these dates, %1 itinerary items and %2 homestays would fall outside the programme. Move them first.</source>
        <translation>この日付にすると、日程表の項目%1件とホームステイ%2件がプログラムの期間外になります。先にそれらの日付を変更してください。</translation>
    </message>
    <message>
        <source>This cohort still has records (%1). Remove those first.</source>
        <translation>この実施年度には関連するレコード（%1）が残っています。先にそれらを削除してください。</translation>
    </message>
</context>
<context>
    <name>CsvEncodings</name>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, Excel in Japanese)</source>
        <translation>Shift_JIS（CP932、日本語版 Excel）</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Your login&apos;s role does not give access to the personal data of fellows and host families. Export without it, or ask the fellowship coordinator.</source>
        <translation>お使いのログインの権限では、フェローとホストファミリーの個人情報を閲覧できません。個人情報を含めずに書き出すか、フェローシップ担当者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>No column is mapped to “%1” (%2), which every row needs.</source>
        <translation>「%1」（%2）に対応する列がありません。この項目はすべての行で必須です。</translation>
    </message>
    <message>
        <source>No column of the file matches a column of %1.</source>
        <translation>ファイルに %1 の列と一致する列がありません。</translation>
    </message>
    <message>
        <source>Two columns are mapped to “%1”.</source>
        <translation>2 つの列が「%1」に対応付けられています。</translation>
    </message>
    <message>
        <source>The line has %1 values but the header only %2 (a value with a comma in it needs quotes).</source>
        <translation>この行には値が %1 個ありますが、見出し行の列は %2 個しかありません（カンマを含む値は引用符で囲んでください）。</translation>
    </message>
    <message>
        <source>The record to merge into is no longer on file.</source>
        <translation>統合先のレコードは既に削除されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was imported.</source>
        <translation>
            <numerusform>インポートできない行が%n行あるため、インポートは行いませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has %1 columns; a file of records has at most %2. Is it the right file, and is its delimiter the one chosen?</source>
        <translation>このファイルには %1 列あります。記録のファイルは最大 %2 列です。ファイルが正しいか、区切り文字の選択が合っているか確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>While this file was being checked, records like %n of its rows were added by another window or program. Nothing was imported; check the file again.</source>
        <translation>
            <numerusform>このファイルの確認中に、%n行と同じような記録が別のウィンドウまたはプログラムで追加されました。取り込みは行っていません。もう一度ファイルを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>First such line: %1</source>
        <translation>該当する最初の行：%1</translation>
    </message>
    <message>
        <source>Line %1 of this file, which this row would be merged into, is not imported.</source>
        <translation>統合先のこのファイルの%1行目がインポートされないため、この行を統合できません。</translation>
    </message>
    <message>
        <source>The column “%1” (%2) holds personal data that your login&apos;s role may not write. Leave it out of the import, or ask the fellowship coordinator.</source>
        <translation>「%1」（%2）の列には、お使いのログインの権限では書き込めない個人情報が含まれています。この列を取り込みから外すか、フェローシップ担当者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>(no records yet)</source>
        <translation>（まだ登録がありません）</translation>
    </message>
    <message>
        <source>CLAIR Fellows per year by country</source>
        <translation>国別・年別のCLAIRフェロー数</translation>
    </message>
    <message>
        <source>Sister affiliations by state or province (top 15)</source>
        <translation>州・準州別の姉妹都市・姉妹州提携件数（上位15）</translation>
    </message>
    <message>
        <source>Sister affiliations by prefecture (top 15)</source>
        <translation>都道府県別の姉妹都市・姉妹州提携件数（上位15）</translation>
    </message>
    <message>
        <source>CLAIR funding approved per fiscal year</source>
        <translation>年度別のCLAIR助成承認額</translation>
    </message>
    <message>
        <source>Programme year</source>
        <translation>実施年</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>提携件数</translation>
    </message>
    <message>
        <source>Active affiliations</source>
        <translation>継続中の提携件数</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>米ドル（USD）</translation>
    </message>
    <message>
        <source>Canadian dollars (CAD)</source>
        <translation>カナダドル（CAD）</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>承認額</translation>
    </message>
</context>
<context>
    <name>Database</name>
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
    <message>
        <source>%1 is damaged; nothing more is written to it, so that nothing more is lost. Restore it from a backup.</source>
        <translation>%1 は破損しています。これ以上データが失われないよう、書き込みを停止しました。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 is not a JLGC Desk database (it belongs to another program). It was left unchanged.</source>
        <translation>%1 は JLGC Desk のデータベースではありません（別のプログラムのファイルです）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 はフォルダーで、データベースファイルではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only). Nothing was changed.</source>
        <translation>%1 に書き込めません（ファイルまたはフォルダーが読み取り専用です）。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of JLGC Desk and must be upgraded before it can be used, but it cannot be written (the file or its folder is read-only). Copy it to a folder you may write to. The file was left unchanged.</source>
        <translation>%1 は以前のバージョンの JLGC Desk で作成されたため、使う前に更新が必要ですが、書き込みができません（ファイルまたはフォルダーが読み取り専用です）。書き込みできるフォルダーにコピーしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (an input/output error). The change was not saved; what was saved before is safe.</source>
        <translation>データベースファイルの読み書きができませんでした（入出力エラー）。変更は保存されていません。これまでに保存した内容は無事です。</translation>
    </message>
    <message>
        <source>The change could not be completed and nothing of it was saved.</source>
        <translation>変更を完了できなかったため、何も保存されていません。</translation>
    </message>
    <message>
        <source>%1 is open read-only (the file or its folder cannot be written to), so nothing can be saved in it.</source>
        <translation>%1 は読み取り専用で開いています（ファイルまたはフォルダーに書き込めません）。保存はできません。</translation>
    </message>
    <message>
        <source>%1 is an address, not a database file; nothing was created. Give the path of a JLGC Desk database file or the address of an office server (postgresql://host/database).</source>
        <translation>%1 はアドレスであり、データベースファイルではありません。何も作成していません。JLGC Desk のデータベースファイルのパス、または事務所サーバーのアドレス（postgresql://ホスト/データベース）を指定してください。</translation>
    </message>
    <message>
        <source>JLGC Desk cannot reach PostgreSQL servers on this computer: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>このパソコンでは JLGC Desk から PostgreSQL サーバーに接続できません。Qt の PostgreSQL ドライバー（Debian パッケージ libqt6sql6-psql）がインストールされていません。</translation>
    </message>
    <message>
        <source>The office server %1 could not be reached or refused the login. Check the address, the user name and the password (PGPASSWORD or ~/.pgpass), and that the server is running.</source>
        <translation>事務所サーバー %1 に接続できないか、ログインが拒否されました。アドレス、ユーザー名、パスワード（PGPASSWORD または ~/.pgpass）と、サーバーが稼働していることを確認してください。</translation>
    </message>
    <message>
        <source>The office server %1 holds a database of a newer version of JLGC Desk (database version %2; this version reads up to %3). Please update JLGC Desk. Nothing was changed.</source>
        <translation>事務所サーバー %1 のデータベースは、より新しいバージョンの JLGC Desk のものです（データベースのバージョン %2。このバージョンで読めるのは %3 までです）。JLGC Desk を更新してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The database %1 on the office server is empty: it holds no JLGC Desk records yet.</source>
        <translation>事務所サーバーのデータベース %1 は空です。JLGC Desk のレコードはまだありません。</translation>
    </message>
    <message>
        <source>The database %1 on the office server is of an earlier version (%2) that this version of JLGC Desk cannot upgrade. Nothing was changed.</source>
        <translation>事務所サーバーのデータベース %1 は以前のバージョン（%2）のもので、このバージョンの JLGC Desk では更新できません。何も変更していません。</translation>
    </message>
    <message>
        <source>The database %1 on the office server holds tables of another program, not JLGC Desk records. It was left unchanged.</source>
        <translation>事務所サーバーのデータベース %1 には、JLGC Desk のレコードではなく、他のプログラムのテーブルがあります。変更せずにそのままにしました。</translation>
    </message>
    <message>
        <source>The database %1 on the office server belongs to another program. It was left unchanged.</source>
        <translation>事務所サーバーのデータベース %1 は他のプログラムのものです。変更せずにそのままにしました。</translation>
    </message>
    <message>
        <source>A colleague was saving the same records at the same moment. Nothing was changed; try again.</source>
        <translation>同じ時刻にほかの職員が同じレコードを保存していました。何も変更していません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to the office server was lost. The change was not saved; what was saved before is safe.</source>
        <translation>事務所サーバーとの接続が切れました。今回の変更は保存されませんでしたが、それまでに保存した内容は失われていません。</translation>
    </message>
    <message>
        <source>Your login may not make this change on the office server. Nothing was changed.</source>
        <translation>お使いのログインには、事務所サーバーでこの変更を行う権限がありません。何も変更していません。</translation>
    </message>
    <message>
        <source>The office server&apos;s disk is full. The change was not saved; what was saved before is safe.</source>
        <translation>事務所サーバーのディスクの空き容量が不足しています。今回の変更は保存されませんでしたが、それまでに保存した内容は失われていません。</translation>
    </message>
    <message>
        <source>A part of JLGC Desk is missing (%1).</source>
        <translation>JLGC Desk の構成ファイルの一部が見つかりません（%1）。</translation>
    </message>
    <message>
        <source>The connection to the office server was lost while the change was being saved, so whether it was saved is not known. Look at the record before saving it again.</source>
        <translation>変更の保存中に事務所サーバーとの接続が切れたため、保存されたかどうかが確認できません。もう一度保存する前に、レコードの内容を確認してください。</translation>
    </message>
    <message>
        <source>A database on an office server is created at version %1 or later.</source>
        <translation>事務所サーバーのデータベースは、バージョン %1 以降で作成します。</translation>
    </message>
    <message>
        <source>The database %1 on the office server must be upgraded from version %2 to %3 before this version of JLGC Desk can use it, and your login may not change its tables. Ask the office&apos;s administrator to open it once. It was left at version %4, its records unchanged.</source>
        <translation>事務所サーバーのデータベース %1 は、このバージョンの JLGC Desk で使う前にバージョン %2 から %3 へ更新する必要がありますが、お使いのログインにはテーブルを変更する権限がありません。事務所の管理者に一度開いてもらってください。データベースはバージョン %4 のままで、記録は変更していません。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1 and %2 are of different versions of JLGC Desk (%3 and %4); open both with this version first.</source>
        <translation>%1 と %2 は JLGC Desk の異なるバージョンのデータベースです（%3 と %4）。先に両方をこのバージョンで開いてください。</translation>
    </message>
    <message>
        <source>%1 and %2 do not have the same tables, so nothing was copied.</source>
        <translation>%1 と %2 のテーブル構成が異なるため、何も複写していません。</translation>
    </message>
    <message>
        <source>%1 already holds records, so nothing was copied into it. Copy into a new file or an empty database.</source>
        <translation>%1 には既にレコードがあるため、何も複写していません。新しいファイルまたは空のデータベースに複写してください。</translation>
    </message>
    <message>
        <source>The copy was not complete (%1: %2 rows of %3), so nothing was copied.</source>
        <translation>複写が完了しなかったため（%1: %3行中%2行）、何も複写していません。</translation>
    </message>
    <message>
        <source>A copy of the office&apos;s database holds the personal data of fellows and host families, which your login&apos;s role does not give access to. Ask the fellowship coordinator or an administrator.</source>
        <translation>事務所のデータベースの複写にはフェローとホストファミリーの個人情報が含まれますが、お使いのログインの権限では閲覧できません。フェローシップ担当者または管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>Delegation</name>
    <message>
        <source>The same person</source>
        <translation>同じ人物</translation>
    </message>
    <message>
        <source>Give the delegation a name in English or Japanese.</source>
        <translation>視察団の名称を英語または日本語で入力してください。</translation>
    </message>
    <message>
        <source>The delegation departs before it arrives.</source>
        <translation>出発日が到着日より前になっています。</translation>
    </message>
    <message>
        <source>A confirmed delegation needs its arrival and departure dates.</source>
        <translation>状況を「確定」にする前に、到着日と出発日を入力してください。</translation>
    </message>
    <message>
        <source>The number of members cannot be negative.</source>
        <translation>団員数にマイナスの値は入力できません。</translation>
    </message>
    <message>
        <source>Each member is a person.</source>
        <translation>団員ごとに人物を指定してください。</translation>
    </message>
    <message>
        <source>%1 is listed twice as a member.</source>
        <translation>%1 が団員として 2 回登録されています。</translation>
    </message>
    <message>
        <source>A delegation has one leader; %1 members are marked as leader.</source>
        <translation>団長は1人だけ指定できます（現在%1人の団員が団長になっています）。</translation>
    </message>
    <message>
        <source>Each interpreter is a person.</source>
        <translation>通訳ごとに人物を指定してください。</translation>
    </message>
    <message>
        <source>%1 is listed twice as an interpreter.</source>
        <translation>%1 が通訳として 2 回登録されています。</translation>
    </message>
    <message>
        <source>Thank-you letters are sent after the visit has begun.</source>
        <translation>礼状送付日は、到着日以降の日付にしてください。</translation>
    </message>
</context>
<context>
    <name>DelegationItineraryItem</name>
    <message>
        <source>The item belongs to a delegation.</source>
        <translation>この日程が属する視察団を指定してください。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>Enter the start time as well.</source>
        <translation>終了時刻を入力する場合は、開始時刻も入力してください。</translation>
    </message>
    <message>
        <source>The item ends after it starts.</source>
        <translation>終了時刻が開始時刻より前になっています。</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>「%1」は認識できないタイムゾーンです。</translation>
    </message>
    <message>
        <source>Say what the item is: a topic, a place or the organization met.</source>
        <translation>日程の内容として、テーマ、場所、訪問先のいずれかを入力してください。</translation>
    </message>
</context>
<context>
    <name>DelegationItineraryRepository</name>
    <message>
        <source>The delegation of this itinerary item no longer exists.</source>
        <translation>この日程の視察団は既に削除されています。</translation>
    </message>
</context>
<context>
    <name>DelegationItineraryRules</name>
    <message>
        <source>The delegation is here from %1 to %2; the item is on %3.</source>
        <translation>視察団の滞在期間は %1～%2 ですが、この日程の日付は %3 になっています。</translation>
    </message>
    <message>
        <source>The delegation arrives on %1; the item is on %2.</source>
        <translation>視察団の到着日は %1 ですが、この日程の日付は %2 になっています。</translation>
    </message>
    <message>
        <source>The delegation departs on %1; the item is on %2.</source>
        <translation>視察団の出発日は %1 ですが、この日程の日付は %2 になっています。</translation>
    </message>
    <message>
        <source>The time overlaps “%1” (%2). Change the time, or mark the items as parallel if the delegation splits up.</source>
        <translation>「%1」（%2）と時間が重なっています。時刻を変更してください。視察団が分かれて行動する場合は、日程を「並行」に設定してください。</translation>
    </message>
</context>
<context>
    <name>DelegationRepository</name>
    <message numerus="yes">
        <source>%n itinerary item(s) would fall outside the new dates. Move them first.</source>
        <translation>
            <numerusform>変更後の日付では、日程%n件が滞在期間外になります。先にそれらの日程の日付を変更してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationRoles</name>
    <message>
        <source>Leader</source>
        <translation>団長</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>副団長</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>団員</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>DelegationStatuses</name>
    <message>
        <source>Inquiry</source>
        <translation>問合せ</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>調整中</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of people must be at least 1.</source>
        <translation>人物の数は 1 以上にしてください。</translation>
    </message>
    <message>
        <source>The database already holds records; demo data is only added to a new database. Name a new file with --database, or add --force to add demo records to these.</source>
        <translation>このデータベースには既にレコードが登録されています。デモ用データは新しいデータベースにのみ追加します。--database で新しいファイルを指定するか、--force を付けてこのデータベースに追加してください。</translation>
    </message>
</context>
<context>
    <name>DescribedTable</name>
    <message>
        <source>%1 is needed.</source>
        <translation>%1を入力してください。</translation>
    </message>
</context>
<context>
    <name>EditingMarks</name>
    <message>
        <source>%1 has been editing this record since %2.</source>
        <translation>%1 さんが %2 からこのレコードを編集中です。</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Japan Day</source>
        <translation>ジャパン・デー</translation>
    </message>
    <message>
        <source>Fair or travel show</source>
        <translation>フェア・旅行博</translation>
    </message>
    <message>
        <source>JET information session</source>
        <translation>JETプログラム説明会</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>レセプション</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>セミナー</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>その他のイベント</translation>
    </message>
</context>
<context>
    <name>Fellow</name>
    <message>
        <source>Choose the person.</source>
        <translation>人物を選択してください。</translation>
    </message>
    <message>
        <source>Choose the cohort (the year).</source>
        <translation>実施年度を選択してください。</translation>
    </message>
    <message>
        <source>Choose a US state or a Canadian province or territory.</source>
        <translation>米国の州、またはカナダの州・準州を選択してください。</translation>
    </message>
    <message>
        <source>The departure is before the arrival.</source>
        <translation>離日日が来日日より前になっています。</translation>
    </message>
</context>
<context>
    <name>FellowRepository</name>
    <message>
        <source>This person is already a fellow of the %1 cohort.</source>
        <translation>この人物は既に%1年度のフェローとして登録されています。</translation>
    </message>
    <message>
        <source>The date of a status change cannot be before the previous change (%1).</source>
        <translation>参加状況の変更日は、前回の変更日（%1）より前にはできません。</translation>
    </message>
    <message>
        <source>This fellow no longer exists; the record was removed elsewhere.</source>
        <translation>このフェローのレコードは既に削除されています（別の画面などで削除されました）。</translation>
    </message>
    <message>
        <source>This fellow has homestays. Choose whether to keep or remove them when withdrawing the fellow.</source>
        <translation>このフェローにはホームステイが登録されています。辞退として処理する際に、ホームステイを残すか削除するかを選択してください。</translation>
    </message>
</context>
<context>
    <name>FellowStatuses</name>
    <message>
        <source>Applied</source>
        <translation>申込み</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>選考済み</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>参加確定</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加済み</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>推薦</translation>
    </message>
</context>
<context>
    <name>FellowWithdrawal</name>
    <message>
        <source>Withdraw fellow</source>
        <translation>フェローの辞退</translation>
    </message>
    <message>
        <source>Withdraw %1 from the %2 cohort?</source>
        <translation>%2年度プログラムの %1 を辞退として処理しますか？</translation>
    </message>
    <message>
        <source>The status becomes Withdrawn as of today. The record and its history are kept.</source>
        <translation>参加状況は本日付けで「辞退」になります。レコードとその履歴は残ります。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>辞退として処理</translation>
    </message>
    <message>
        <source>%1, nights of %2</source>
        <translation>%1（宿泊日：%2）</translation>
    </message>
    <message>
        <source>%1 has homestays:
%2

Keep them (the family stays booked until you change it), or remove them and free the family&apos;s nights?</source>
        <translation>%1 には次のホームステイが登録されています：
%2

ホームステイを残しますか（変更するまで、ホストファミリーの受入れ予定は確保されたままになります）？ それとも削除して、ホストファミリーの受入れ予定を空けますか？</translation>
    </message>
    <message>
        <source>Keep homestays</source>
        <translation>ホームステイを残す</translation>
    </message>
    <message>
        <source>Remove homestays</source>
        <translation>ホームステイを削除</translation>
    </message>
    <message>
        <source>The status becomes Withdrawn as of %1. The record and its history are kept.</source>
        <translation>参加状況は %1 付けで「辞退」になります。レコードとその履歴は残ります。</translation>
    </message>
</context>
<context>
    <name>FellowshipFormat</name>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>ddd M/d</source>
        <extracomment>Format of a night in the homestay grid&apos;s column header (QDate format; ddd = weekday).</extracomment>
        <translation>M/d（ddd）</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of times</comment>
        <translation>%1～%2</translation>
    </message>
    <message numerus="yes">
        <source>%n nominated</source>
        <translation>
            <numerusform>推薦%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>申込み%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>選考済み%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>参加確定%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>参加済み%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>辞退%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>No fellows yet</source>
        <translation>フェロー未登録</translation>
    </message>
</context>
<context>
    <name>FellowshipItemTypes</name>
    <message>
        <source>Site visit</source>
        <translation>視察</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>講義</translation>
    </message>
    <message>
        <source>Cultural programme</source>
        <translation>文化体験</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>自由時間</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会議・面談</translation>
    </message>
</context>
<context>
    <name>FellowshipItineraryItem</name>
    <message>
        <source>Choose the cohort.</source>
        <translation>実施年度を選択してください。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>終了時刻が開始時刻より前になっています。</translation>
    </message>
    <message>
        <source>Enter the start time as well as the end time.</source>
        <translation>終了時刻を入力する場合は、開始時刻も入力してください。</translation>
    </message>
    <message>
        <source>Describe the item in English or Japanese.</source>
        <translation>項目の内容を英語または日本語で入力してください。</translation>
    </message>
    <message>
        <source>Enter the cohort&apos;s programme dates before its itinerary.</source>
        <translation>日程表を作成する前に、プログラムの期間を入力してください。</translation>
    </message>
    <message>
        <source>The date must fall within the programme (%1 to %2).</source>
        <translation>日付はプログラムの期間内（%1～%2）にしてください。</translation>
    </message>
</context>
<context>
    <name>FellowshipItineraryRepository</name>
    <message>
        <source>This cohort no longer exists; it was removed elsewhere.</source>
        <translation>この実施年度のレコードは既に削除されています（別の画面などで削除されました）。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
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
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>提携区分</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>題名（英語）</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>題名（日本語）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>内容（英語）</translation>
    </message>
    <message>
        <source>Description (Japanese)</source>
        <translation>内容（日本語）</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州・準州</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>実施年度</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>視察団</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>食事に関する配慮事項</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>フォローアップの備考</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
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
        <source>Reading (kana)</source>
        <translation>読み（かな）</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>実施年</translation>
    </message>
    <message>
        <source>Programme starts</source>
        <translation>プログラム開始日</translation>
    </message>
    <message>
        <source>Programme ends</source>
        <translation>プログラム終了日</translation>
    </message>
    <message>
        <source>Tokyo portion starts</source>
        <translation>東京での日程の開始日</translation>
    </message>
    <message>
        <source>Tokyo portion ends</source>
        <translation>東京での日程の終了日</translation>
    </message>
    <message>
        <source>Host portion starts</source>
        <translation>受入れ地域での日程の開始日</translation>
    </message>
    <message>
        <source>Host portion ends</source>
        <translation>受入れ地域での日程の終了日</translation>
    </message>
    <message>
        <source>Host prefecture</source>
        <translation>受入れ都道府県</translation>
    </message>
    <message>
        <source>Host municipality</source>
        <translation>受入れ市区町村</translation>
    </message>
    <message>
        <source>Theme (English)</source>
        <translation>テーマ（英語）</translation>
    </message>
    <message>
        <source>Theme (Japanese)</source>
        <translation>テーマ（日本語）</translation>
    </message>
    <message>
        <source>Home government</source>
        <translation>所属自治体</translation>
    </message>
    <message>
        <source>Title at the time</source>
        <translation>参加時の役職</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到着日</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>出発日</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>健康上の配慮事項</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relation</source>
        <translation>緊急連絡先の続柄</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation>緊急連絡先の電話</translation>
    </message>
    <message>
        <source>Family name (romaji)</source>
        <translation>姓（ローマ字）</translation>
    </message>
    <message>
        <source>Address in Japanese</source>
        <translation>住所（日本語）</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>Room for (fellows)</source>
        <translation>受入れ可能人数（フェロー）</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>喫煙</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>ペット</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>バリアフリー</translation>
    </message>
    <message>
        <source>Food the family can provide</source>
        <translation>対応可能な食事</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>受入れ可能な時期</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>フェロー</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <source>First night</source>
        <translation>最初の宿泊日</translation>
    </message>
    <message>
        <source>Last night</source>
        <translation>最後の宿泊日</translation>
    </message>
    <message>
        <source>Accepted warnings</source>
        <translation>確認済みの警告</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Host organization</source>
        <translation>受入れ団体</translation>
    </message>
    <message>
        <source>Sending organization</source>
        <translation>派遣元</translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation>目的（英語）</translation>
    </message>
    <message>
        <source>Purpose (Japanese)</source>
        <translation>目的（日本語）</translation>
    </message>
    <message>
        <source>Members expected</source>
        <translation>予定人数</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Gifts given</source>
        <translation>贈答品（贈呈）</translation>
    </message>
    <message>
        <source>Gifts received</source>
        <translation>贈答品（受領）</translation>
    </message>
    <message>
        <source>Forms of address</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Protocol notes</source>
        <translation>儀典に関する備考</translation>
    </message>
    <message>
        <source>Thank-you letters sent</source>
        <translation>礼状送付日</translation>
    </message>
    <message>
        <source>Calendar identity</source>
        <translation>カレンダー識別子</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Place (English)</source>
        <translation>場所（英語）</translation>
    </message>
    <message>
        <source>Place (Japanese)</source>
        <translation>場所（日本語）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>面会者</translation>
    </message>
    <message>
        <source>Topic (English)</source>
        <translation>テーマ（英語）</translation>
    </message>
    <message>
        <source>Topic (Japanese)</source>
        <translation>テーマ（日本語）</translation>
    </message>
    <message>
        <source>Transport (English)</source>
        <translation>移動手段（英語）</translation>
    </message>
    <message>
        <source>Transport (Japanese)</source>
        <translation>移動手段（日本語）</translation>
    </message>
    <message>
        <source>Notes (English)</source>
        <translation>備考（英語）</translation>
    </message>
    <message>
        <source>Notes (Japanese)</source>
        <translation>備考（日本語）</translation>
    </message>
    <message>
        <source>At the same time as another</source>
        <translation>ほかの日程と並行して実施</translation>
    </message>
    <message>
        <source>Requesting organization</source>
        <translation>依頼元</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>照会事項（英語）</translation>
    </message>
    <message>
        <source>Question (Japanese)</source>
        <translation>照会事項（日本語）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Answer summary</source>
        <translation>回答要旨</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>派遣職員</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Research topic</source>
        <translation>調査テーマ</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Subchapter of</source>
        <translation>上部支部</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>設立年</translation>
    </message>
    <message>
        <source>Month founded</source>
        <translation>設立月</translation>
    </message>
    <message>
        <source>Day founded</source>
        <translation>設立日</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申請日</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>承認額</translation>
    </message>
    <message>
        <source>Approved in</source>
        <translation>承認額の通貨</translation>
    </message>
    <message>
        <source>Budget (JPY)</source>
        <translation>予算額（円）</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>報告期限</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>報告受領日</translation>
    </message>
    <message>
        <source>Japanese prefecture</source>
        <translation>日本側の都道府県</translation>
    </message>
    <message>
        <source>Japanese municipality</source>
        <translation>日本側の市区町村</translation>
    </message>
    <message>
        <source>North American partner</source>
        <translation>北米側の名称</translation>
    </message>
    <message>
        <source>North American partner (search form)</source>
        <translation>北米側の名称（検索用）</translation>
    </message>
    <message>
        <source>Kind of North American partner</source>
        <translation>北米側の種別</translation>
    </message>
    <message>
        <source>Year established</source>
        <translation>提携年</translation>
    </message>
    <message>
        <source>Month established</source>
        <translation>提携月</translation>
    </message>
    <message>
        <source>Day established</source>
        <translation>提携日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>職員区分</translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation>職名（英語）</translation>
    </message>
    <message>
        <source>Position (Japanese)</source>
        <translation>職名（日本語）</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>任期開始日</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期終了日</translation>
    </message>
</context>
<context>
    <name>FundingStatuses</name>
    <message>
        <source>Applied</source>
        <translation>申請済み</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>GovernmentRef</name>
    <message>
        <source>Choose the government: a prefecture, a municipality or another organization.</source>
        <translation>都道府県、市区町村またはその他の団体のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>Choose one government only: a prefecture, a municipality or another organization.</source>
        <translation>都道府県、市区町村、その他の団体のうち、いずれか一つだけを選択してください。</translation>
    </message>
</context>
<context>
    <name>HandoverRepository</name>
    <message>
        <source>Choose a successor other than the official who hands over.</source>
        <translation>後任には、引継ぎ元の派遣職員以外の職員を選択してください。</translation>
    </message>
    <message>
        <source>The official or the successor no longer exists.</source>
        <translation>派遣職員または後任のレコードが既に削除されています。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>This kind of record has no history.</source>
        <translation>この種類のレコードには履歴がありません。</translation>
    </message>
    <message>
        <source>This record no longer exists; it was deleted.</source>
        <translation>このレコードは既に削除されています。</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Nothing was written; look at its current values and try again.</source>
        <translation>このレコードは、開いた後に他の利用者が変更しています。何も書き込んでいません。現在の内容を確認してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>HomestayPlacement</name>
    <message>
        <source>Choose the fellow.</source>
        <translation>フェローを選択してください。</translation>
    </message>
    <message>
        <source>Choose the host family.</source>
        <translation>ホストファミリーを選択してください。</translation>
    </message>
    <message>
        <source>Enter the first night.</source>
        <translation>最初の宿泊日を入力してください。</translation>
    </message>
    <message>
        <source>Enter the last night.</source>
        <translation>最後の宿泊日を入力してください。</translation>
    </message>
    <message>
        <source>The last night is before the first night.</source>
        <translation>最後の宿泊日が最初の宿泊日より前になっています。</translation>
    </message>
</context>
<context>
    <name>HomestayRepository</name>
    <message>
        <source>This fellow no longer exists; choose another.</source>
        <translation>このフェローは既に削除されています。別のフェローを選択してください。</translation>
    </message>
    <message>
        <source>This host family no longer exists; choose another.</source>
        <translation>このホストファミリーは既に削除されています。別のホストファミリーを選択してください。</translation>
    </message>
    <message>
        <source>This homestay no longer exists; it was removed elsewhere.</source>
        <translation>このホームステイは既に削除されています（別の画面などで削除されました）。</translation>
    </message>
</context>
<context>
    <name>HomestayRules</name>
    <message>
        <source>vegetarian</source>
        <translation>ベジタリアン</translation>
    </message>
    <message>
        <source>vegan</source>
        <translation>ヴィーガン</translation>
    </message>
    <message>
        <source>halal</source>
        <translation>ハラール</translation>
    </message>
    <message>
        <source>kosher</source>
        <translation>コーシャ</translation>
    </message>
    <message>
        <source>gluten-free</source>
        <translation>グルテンフリー</translation>
    </message>
    <message>
        <source>nuts</source>
        <translation>ナッツ類</translation>
    </message>
    <message>
        <source>shellfish</source>
        <translation>甲殻類</translation>
    </message>
    <message>
        <source>fish</source>
        <translation>魚</translation>
    </message>
    <message>
        <source>dairy</source>
        <translation>乳製品</translation>
    </message>
    <message>
        <source>egg</source>
        <translation>卵</translation>
    </message>
    <message>
        <source>pork</source>
        <translation>豚肉</translation>
    </message>
    <message>
        <source>beef</source>
        <translation>牛肉</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>アルコール</translation>
    </message>
    <message>
        <source>This fellow has withdrawn and is not placed with a family.</source>
        <translation>このフェローは辞退しているため、ホストファミリーに割り当てることはできません。</translation>
    </message>
    <message>
        <source>Enter the cohort&apos;s programme dates before placing fellows.</source>
        <translation>フェローをホストファミリーに割り当てる前に、プログラムの期間を入力してください。</translation>
    </message>
    <message>
        <source>The first night must fall within the programme (%1 to %2).</source>
        <translation>最初の宿泊日はプログラムの期間内（%1～%2）にしてください。</translation>
    </message>
    <message>
        <source>The last night must fall within the programme (%1 to %2).</source>
        <translation>最後の宿泊日はプログラムの期間内（%1～%2）にしてください。</translation>
    </message>
    <message>
        <source>The %1 family has room for %2 and is already full on the night of %3.</source>
        <translation>ホストファミリー「%1」の受入れ可能人数は%2人で、%3 の夜は既に満員です。</translation>
    </message>
    <message>
        <source>This fellow is already placed with the %1 family on the night of %2.</source>
        <translation>このフェローは、%2 の夜は既にホストファミリー「%1」に割り当てられています。</translation>
    </message>
    <message>
        <source>The municipality of the %1 family is not recorded, so it cannot be checked against the cohort&apos;s host area.</source>
        <translation>ホストファミリー「%1」の市区町村が登録されていないため、受入れ地域内かどうかを確認できません。</translation>
    </message>
    <message>
        <source>The %1 family lives outside the cohort&apos;s host municipality.</source>
        <translation>ホストファミリー「%1」の所在地は、受入れ市区町村の区域外です。</translation>
    </message>
    <message>
        <source>The %1 family lives outside the cohort&apos;s host prefecture.</source>
        <translation>ホストファミリー「%1」の所在地は、受入れ都道府県の区域外です。</translation>
    </message>
    <message>
        <source>The fellow&apos;s dietary needs (%1) are not among what the %2 family can provide.</source>
        <translation>フェローの食事に関する配慮事項（%1）は、ホストファミリー「%2」が対応できる内容に含まれていません。</translation>
    </message>
    <message>
        <source>The fellow has dietary notes and the record of the %1 family says nothing about food; check with the family.</source>
        <translation>フェローには食事に関する配慮事項がありますが、ホストファミリー「%1」のレコードには食事に関する記載がありません。ホストファミリーに確認してください。</translation>
    </message>
    <message>
        <source>The family already holds %1 fellows on the night of %2; move a placement before lowering the capacity.</source>
        <translation>%2 の夜、このホストファミリーには既にフェロー%1人が割り当てられています。受入れ可能人数を減らす前に、割当てを変更してください。</translation>
    </message>
</context>
<context>
    <name>HomestayWarningKinds</name>
    <message>
        <source>Dietary need</source>
        <translation>食事に関する配慮</translation>
    </message>
    <message>
        <source>Outside the host area</source>
        <translation>受入れ地域外</translation>
    </message>
</context>
<context>
    <name>HostFamily</name>
    <message>
        <source>%1 family</source>
        <translation>%1家</translation>
    </message>
    <message>
        <source>Enter the family name in kanji or in Latin letters.</source>
        <translation>姓を漢字またはローマ字で入力してください。</translation>
    </message>
    <message>
        <source>A host family holds at least one fellow.</source>
        <translation>受入れ可能人数は 1 人以上にしてください。</translation>
    </message>
    <message>
        <source>Each member needs a person or a name.</source>
        <translation>構成員ごとに、人物または氏名を指定してください。</translation>
    </message>
    <message>
        <source>An age is between 0 and 130.</source>
        <translation>年齢は 0～130 の範囲で入力してください。</translation>
    </message>
</context>
<context>
    <name>ICalendarExport</name>
    <message>
        <source>The time zone %1 is not known on this computer; the calendar was not written.</source>
        <translation>タイムゾーン %1 がこのコンピューターで認識できないため、カレンダーは書き出していません。</translation>
    </message>
    <message>
        <source>The calendar could not be written.</source>
        <translation>カレンダーを書き出せませんでした。</translation>
    </message>
    <message>
        <source>There is no delegation with the number %1.</source>
        <translation>番号 %1 の視察団はありません。</translation>
    </message>
    <message>
        <source>The calendar could not be saved as %1.</source>
        <translation>カレンダーを %1 として保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (write 14:30).</source>
        <translation>「%1」は時刻ではありません（14:30 の形式で記入してください）。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of at least %2.</source>
        <translation>「%1」は %2 以上の整数ではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>「%1」は整数ではありません。</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>「%1」は yes / no（はい / いいえ）として認識できません。</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>「%1」は %2 のいずれでもありません。</translation>
    </message>
    <message>
        <source>“%1” has a “?” where a character was probably lost: a file saved as Shift_JIS (Excel&apos;s “CSV”) turns characters such as 𠮷 and ễ into “?”. Save the file as “CSV UTF-8” and import it again, or correct the name.</source>
        <translation>「%1」の「?」は、失われた文字と考えられます。Shift_JIS で保存したファイル（Excel の「CSV」）では、𠮷 や ễ などの文字が「?」に置き換わります。ファイルを「CSV UTF-8」で保存し直してからインポートするか、氏名・名称を修正してください。</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>a date in a sentence (QDate format)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>“%1” is not a date of that era (%2 did not run to that year, month or day).</source>
        <translation>「%1」はその元号の日付ではありません（%2 はその年・月・日まで続いていません）。</translation>
    </message>
    <message>
        <source>“%1” has a year of two digits: write it with four (%2/%3/20%4 or 19%4).</source>
        <translation>「%1」の年が 2 桁です。4 桁で記入してください（%2/%3/20%4 または 19%4）。</translation>
    </message>
    <message>
        <source>“%1” does not start with the year, and the file&apos;s dates were said to (year, month, day).</source>
        <translation>「%1」は年で始まっていません。このファイルの日付は年・月・日の順と指定されています。</translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3: say how the file writes dates (month/day/year or day/month/year).</source>
        <translation>「%1」は %2 とも %3 とも読めます。ファイルの日付の書き方（月/日/年 または 日/月/年）を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a date: the file writes the month first (month/day/year).</source>
        <translation>「%1」は日付ではありません（このファイルの日付は月が先：月/日/年）。</translation>
    </message>
    <message>
        <source>“%1” is not a date: the file writes the day first (day/month/year).</source>
        <translation>「%1」は日付ではありません（このファイルの日付は日が先：日/月/年）。</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2025-04-01, 2025年4月1日, 令和7年4月1日 or 4/1/2025).</source>
        <translation>「%1」は日付ではありません（2025-04-01、2025年4月1日、令和7年4月1日、4/1/2025 のいずれかの形式で記入してください）。</translation>
    </message>
    <message>
        <source>“%1” is not a year or a date (write 1955, 1955-10, 1955-10-07, 昭和30年 or 10/7/1955).</source>
        <translation>「%1」は年または日付ではありません（1955、1955-10、1955-10-07、昭和30年、10/7/1955 のいずれかの形式で記入してください）。</translation>
    </message>
    <message>
        <source>“%1” is not a year (write 2025, 2025年 or 令和7年).</source>
        <translation>「%1」は年ではありません（2025、2025年、令和7年 のいずれかの形式で記入してください）。</translation>
    </message>
</context>
<context>
    <name>ImportResolver</name>
    <message>
        <source>No prefecture is called “%1”.</source>
        <translation>「%1」という都道府県はありません。</translation>
    </message>
    <message>
        <source>No municipality is called “%1” (write its name in kanji, kana or romaji, or its 6-digit code).</source>
        <translation>「%1」という市区町村はありません（漢字、かな、ローマ字の名称、または 6 桁のコードで記入してください）。</translation>
    </message>
    <message>
        <source>No prefecture or municipality is called “%1” (write its name in kanji, kana or romaji, or its code).</source>
        <translation>「%1」という都道府県または市区町村はありません（漢字、かな、ローマ字の名称、またはコードで記入してください）。</translation>
    </message>
    <message>
        <source>No prefecture, municipality or organization is called “%1”.</source>
        <translation>「%1」という都道府県、市区町村または団体はありません。</translation>
    </message>
    <message>
        <source>No US state or Canadian province is called “%1” (write its name, its abbreviation such as OH, or its code such as US-OH).</source>
        <translation>「%1」という米国の州またはカナダの州・準州はありません（名称、OH などの略称、または US-OH などのコードで記入してください）。</translation>
    </message>
    <message>
        <source>“%1” is not a country code (US, CA, JP, …).</source>
        <translation>「%1」は国コード（US、CA、JP など）ではありません。</translation>
    </message>
    <message>
        <source>No organization on record is called “%1”.</source>
        <translation>「%1」という団体は登録されていません。</translation>
    </message>
    <message>
        <source>%1 organizations are called “%2”.</source>
        <translation>「%2」という団体が%1件あります。</translation>
    </message>
    <message>
        <source>No person on record is called “%1” (import the people first).</source>
        <translation>「%1」という人物は登録されていません（先に人物をインポートしてください）。</translation>
    </message>
    <message>
        <source>%1 people are called “%2”, and the organization does not tell them apart.</source>
        <translation>「%2」という人物が%1人おり、所属団体からも特定できません。</translation>
    </message>
    <message>
        <source>No CLAIR Fellowship year %1 is on record (add the year first).</source>
        <translation>%1年度の CLAIRフェローシップは登録されていません（先に実施年度を追加してください）。</translation>
    </message>
    <message>
        <source>No JETAA chapter is called “%1” (it must be on record or in the same file).</source>
        <translation>「%1」という JETAA支部はありません（登録済みであるか、同じファイルに含まれている必要があります）。</translation>
    </message>
    <message>
        <source>%1 chapters are called “%2”.</source>
        <translation>「%2」という支部が%1件あります。</translation>
    </message>
    <message>
        <source>“%1” is read as %2; %3 has the same name.</source>
        <translation>「%1」は %2 と読み取りました（%3 も同じ名称です）。</translation>
    </message>
    <message>
        <source>“%1” could be any of %2: add the prefecture (兵庫県%1, or %1, Hyogo), a suffix (City, Town, Village) or write the code.</source>
        <translation>「%1」は %2 のいずれにも該当し得ます。都道府県名を付ける（例：兵庫県%1、%1, Hyogo）か、City・Town・Village などの接尾語を付けるか、コードで記入してください。</translation>
    </message>
</context>
<context>
    <name>JetaaChapter</name>
    <message>
        <source>Give the chapter a name.</source>
        <translation>支部名を入力してください。</translation>
    </message>
    <message>
        <source>A chapter is in the United States or in Canada.</source>
        <translation>支部の国は、アメリカ合衆国またはカナダを選択してください。</translation>
    </message>
    <message>
        <source>The state or province is not in the country chosen.</source>
        <translation>選択した州・準州は、選択した国にありません。</translation>
    </message>
    <message>
        <source>A chapter cannot be its own parent chapter.</source>
        <translation>支部自身を上部支部に指定することはできません。</translation>
    </message>
    <message>
        <source>The founding date is not a date (give a year, a year and month, or a full date).</source>
        <translation>設立年月日を日付として認識できません（年、年月、または年月日を入力してください）。</translation>
    </message>
    <message>
        <source>Each membership count needs its fiscal year (the JET Programme began in 1987).</source>
        <translation>会員数ごとに年度を入力してください（JETプログラムは 1987 年に始まったため、1987年度以降）。</translation>
    </message>
    <message>
        <source>A membership count cannot be negative.</source>
        <translation>会員数にマイナスの値は入力できません。</translation>
    </message>
    <message>
        <source>FY%1 has two membership counts.</source>
        <translation>%1年度の会員数が 2 件入力されています。</translation>
    </message>
    <message>
        <source>Each officer needs a person.</source>
        <translation>役員ごとに人物を指定してください。</translation>
    </message>
    <message>
        <source>Name the office for an officer whose office is “other”.</source>
        <translation>役職が「その他の役職」の役員には、役職名を入力してください。</translation>
    </message>
</context>
<context>
    <name>JetaaChapterRepository</name>
    <message>
        <source>Choose the state or province from the list.</source>
        <translation>州・準州は一覧から選択してください。</translation>
    </message>
    <message>
        <source>A person chosen as an officer no longer exists.</source>
        <translation>役員に選択した人物は既に削除されています。</translation>
    </message>
    <message>
        <source>This chapter still has subchapters or funding records (%1). Move or remove those first.</source>
        <translation>この支部には分会または助成のレコード（%1）が残っています。先にそれらを移動または削除してください。</translation>
    </message>
</context>
<context>
    <name>JetaaRules</name>
    <message>
        <source>An override must say who allowed it, when, why, and up to what amount.</source>
        <translation>上限超過の承認には、承認者、承認日、理由、上限額をすべて記録してください。</translation>
    </message>
    <message>
        <source>The disbursements (%1) exceed the amount approved (%2). Record who allowed paying more, and why, to save them.</source>
        <translation>支払額の合計（%1）が承認額（%2）を超えています。保存するには、承認額を超える支払を認めた承認者とその理由を記録してください。</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>報告待ち</translation>
    </message>
    <message>
        <source>Report overdue</source>
        <translation>報告期限超過</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>報告受領</translation>
    </message>
    <message>
        <source>A chapter cannot be its own parent chapter.</source>
        <translation>支部自身を上部支部に指定することはできません。</translation>
    </message>
    <message>
        <source>The chosen parent chapter is one of this chapter&apos;s own subchapters: a chapter cannot be its own ancestor.</source>
        <translation>選択した上部支部は、この支部の下にある分会です。支部を自身の上位に置くことはできません。</translation>
    </message>
    <message>
        <source>The chosen parent chapter no longer exists.</source>
        <translation>選択した上部支部は既に削除されています。</translation>
    </message>
    <message>
        <source>%1 and %2 are already registered as an active affiliation.</source>
        <translation>%1 と %2 は、継続中の提携として既に登録されています。</translation>
    </message>
    <message>
        <source>%1 and %2 are already registered as an active affiliation (established %3).</source>
        <translation>%1 と %2 は、継続中の提携として既に登録されています（提携年月日：%3）。</translation>
    </message>
    <message>
        <source>Mark the other one inactive or ended first, or open it instead.</source>
        <translation>先に既存の提携の状況を「休止中」または「解消」に変更するか、既存の提携を開いて編集してください。</translation>
    </message>
    <message>
        <source>There is no prefecture or municipality with the code %1. Choose the Japanese side from the list.</source>
        <translation>団体コード %1 の都道府県・市区町村はありません。日本側は一覧から選択してください。</translation>
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
    <name>Lists</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>略称</translation>
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
    <message>
        <source>Name</source>
        <comment>of an organization</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Japanese side</source>
        <translation>日本側</translation>
    </message>
    <message>
        <source>North American side</source>
        <translation>北米側</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>提携区分</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>提携年月日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>視察団</translation>
    </message>
    <message>
        <source>From</source>
        <translation>派遣元</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>団員数</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <source>Name in kanji, kana, romaji</source>
        <translation>姓（漢字・かな・ローマ字）</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Room for</source>
        <translation>受入れ可能人数</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>Homestays</source>
        <translation>受入れ件数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>照会事項</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>依頼元</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Name in Japanese</source>
        <translation>氏名（日本語表記）</translation>
    </message>
    <message>
        <source>Home government</source>
        <translation>所属自治体</translation>
    </message>
    <message>
        <source>Host prefecture</source>
        <translation>受入れ都道府県</translation>
    </message>
    <message>
        <source>Year</source>
        <comment>of a fellowship cohort</comment>
        <translation>実施年</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a fellow&apos;s taking part</comment>
        <translation>参加状況</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of a funding application</comment>
        <translation>状況</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請額</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認額</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>報告期限</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Visits to come or under way first, the soonest first; then past visits, the most recent first.</source>
        <translation>これから来訪する視察団・来訪中の視察団を日付の早い順に、その後に来訪済みの視察団を新しい順に並べます。</translation>
    </message>
    <message>
        <source>Open requests first, by due date (those without one after them); then the answered and closed ones.</source>
        <translation>未完了の調査依頼を回答期限の早い順に（期限のないものはその後に）、その後に回答済み・完了の依頼を並べます。</translation>
    </message>
    <message>
        <source>Overdue requests first, the longest overdue first; then received, in progress, answered and closed.</source>
        <translation>期限超過の調査依頼を超過日数の多い順に、その後に受付、対応中、回答済み、完了の順に並べます。</translation>
    </message>
</context>
<context>
    <name>LogKinds</name>
    <message>
        <source>Interview</source>
        <translation>ヒアリング</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>現地視察</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>会議・学会</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>文献調査</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>執筆</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>room for %n</source>
        <translation>
            <numerusform>受入れ可能%n人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeEvent</name>
    <message>
        <source>Give the event a title in English or Japanese.</source>
        <translation>イベント名を英語または日本語で入力してください。</translation>
    </message>
    <message>
        <source>Give the date of the event.</source>
        <translation>開催日を入力してください。</translation>
    </message>
    <message>
        <source>The event ends before it begins.</source>
        <translation>イベントの終了が開始より前になっています。</translation>
    </message>
    <message>
        <source>Give the starting time as well as the ending time.</source>
        <translation>終了時刻を入力する場合は、開始時刻も入力してください。</translation>
    </message>
    <message>
        <source>The attendance cannot be negative.</source>
        <translation>参加者数にマイナスの値は入力できません。</translation>
    </message>
    <message>
        <source>Each organization taking part must be chosen from the list.</source>
        <translation>参加団体は一覧から選択してください。</translation>
    </message>
    <message>
        <source>An organization is listed twice.</source>
        <translation>同じ団体が 2 回登録されています。</translation>
    </message>
    <message>
        <source>Each person attending must be chosen from the list.</source>
        <translation>参加者は一覧から選択してください。</translation>
    </message>
    <message>
        <source>A person is listed twice.</source>
        <translation>同じ人物が 2 回登録されています。</translation>
    </message>
</context>
<context>
    <name>OfficeEventRepository</name>
    <message>
        <source>A person chosen as attending no longer exists.</source>
        <translation>参加者に選択した人物は既に削除されています。</translation>
    </message>
    <message>
        <source>An organization chosen as taking part no longer exists.</source>
        <translation>参加団体に選択した団体は既に削除されています。</translation>
    </message>
</context>
<context>
    <name>OfficeLogins</name>
    <message>
        <source>Logins and roles belong to an office server. A file on this computer has one user, who may do everything.</source>
        <translation>ログインと権限は事務所サーバーで管理します。このコンピューター上のファイルは利用者が一人で、すべての操作ができます。</translation>
    </message>
    <message>
        <source>This office server&apos;s database has no roles yet (version %1). Open it once with this version of JLGC Desk as an administrator.</source>
        <translation>この事務所サーバーのデータベースには、まだ権限が設定されていません（バージョン %1）。管理者がこのバージョンの JLGC Desk で一度開いてください。</translation>
    </message>
    <message>
        <source>The office server has no login named %1.</source>
        <translation>事務所サーバーに %1 というログインはありません。</translation>
    </message>
    <message>
        <source>%1 is one of JLGC Desk&apos;s roles, not a colleague&apos;s login.</source>
        <translation>%1 は JLGC Desk の権限の名前で、職員のログインではありません。</translation>
    </message>
    <message>
        <source>A login needs a name.</source>
        <translation>ログイン名を入力してください。</translation>
    </message>
    <message>
        <source>A login&apos;s name is one word of Latin letters, digits and . _ - @, beginning with a letter, at most 63 characters (%1).</source>
        <translation>ログイン名は、半角英字で始まる、半角英数字と . _ - @ からなる63文字以内の一語にしてください（%1）。</translation>
    </message>
    <message>
        <source>Names beginning with pg_ or jlgc_ belong to the server and to JLGC Desk (%1).</source>
        <translation>pg_ または jlgc_ で始まる名前は、サーバーと JLGC Desk が使用します（%1）。</translation>
    </message>
    <message>
        <source>Only an administrator of the office server may manage logins. Nothing was changed.</source>
        <translation>ログインを管理できるのは事務所サーバーの管理者だけです。何も変更していません。</translation>
    </message>
    <message>
        <source>You cannot change your own login&apos;s role or disable it: another administrator must. Nothing was changed.</source>
        <translation>自分のログインの権限変更や無効化はできません。ほかの管理者に依頼してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The office server already has a login named %1. Nothing was changed.</source>
        <translation>事務所サーバーには既に %1 というログインがあります。何も変更していません。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>パスワードは8文字以上にしてください。</translation>
    </message>
    <message>
        <source>%1 owns the office&apos;s tables and stays an administrator. Nothing was changed.</source>
        <translation>%1 は事務所のテーブルの所有者のため、管理者のままです。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>OfficerOffices</name>
    <message>
        <source>President</source>
        <translation>会長</translation>
    </message>
    <message>
        <source>Vice president</source>
        <translation>副会長</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>会計</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>書記</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation>その他の役職</translation>
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
        <source>No organization has the id %1.</source>
        <translation>ID %1 の団体はありません。</translation>
    </message>
</context>
<context>
    <name>PdfTextRepair</name>
    <message>
        <source>The report&apos;s text could not be checked, so no file was written.</source>
        <translation>報告書の文字を検証できなかったため、ファイルは出力していません。</translation>
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
    <name>PersonalData</name>
    <message>
        <source>Erased person #%1</source>
        <translation>消去済みの人物 #%1</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>この人物は既に削除されています。</translation>
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
        <translation>CLAIRフェローシップの実施年度</translation>
    </message>
    <message>
        <source>Fellows</source>
        <translation>フェロー</translation>
    </message>
    <message>
        <source>Fellow status changes</source>
        <translation>フェローの参加状況の変更履歴</translation>
    </message>
    <message>
        <source>Fellowship itinerary items</source>
        <translation>CLAIRフェローシップの日程表の項目</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <source>Host family members</source>
        <translation>ホストファミリーの構成員</translation>
    </message>
    <message>
        <source>Homestays</source>
        <translation>ホームステイ</translation>
    </message>
    <message>
        <source>JETAA chapters</source>
        <translation>JETAA支部</translation>
    </message>
    <message>
        <source>JETAA chapter officers</source>
        <translation>JETAA支部の役員</translation>
    </message>
    <message>
        <source>CLAIR funding of chapters</source>
        <translation>支部へのCLAIR助成</translation>
    </message>
    <message>
        <source>Sister city and state affiliations</source>
        <translation>姉妹都市・姉妹州提携</translation>
    </message>
    <message>
        <source>Contacts of sister affiliations</source>
        <translation>姉妹都市・姉妹州提携の連絡担当者</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Organizations taking part in events</source>
        <translation>イベントの参加団体</translation>
    </message>
    <message>
        <source>People attending events</source>
        <translation>イベントの参加者</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>視察団</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <translation>視察団の団員</translation>
    </message>
    <message>
        <source>Delegation interpreters</source>
        <translation>視察団の通訳</translation>
    </message>
    <message>
        <source>Delegation itinerary items</source>
        <translation>視察団の日程</translation>
    </message>
    <message>
        <source>Research requests</source>
        <translation>調査依頼</translation>
    </message>
    <message>
        <source>Sources of research answers</source>
        <translation>調査依頼の回答の情報源</translation>
    </message>
    <message>
        <source>Research topics</source>
        <translation>調査テーマ</translation>
    </message>
    <message>
        <source>Research topic tags</source>
        <translation>調査テーマのタグ</translation>
    </message>
    <message>
        <source>Research reports</source>
        <translation>調査テーマの成果物</translation>
    </message>
    <message>
        <source>Research log entries</source>
        <translation>調査記録</translation>
    </message>
    <message>
        <source>Organizations in research logs</source>
        <translation>調査記録の関係団体</translation>
    </message>
    <message>
        <source>People in research logs</source>
        <translation>調査記録の関係人物</translation>
    </message>
    <message>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>提携</translation>
    </message>
    <message>
        <source>Activities of sister affiliations</source>
        <translation>姉妹都市・姉妹州提携の活動記録</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>視察団</translation>
    </message>
    <message>
        <source>host family</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <source>research request</source>
        <translation>調査依頼</translation>
    </message>
    <message>
        <source>itinerary item</source>
        <translation>日程表の項目</translation>
    </message>
    <message>
        <source>fellowship cohort</source>
        <translation>CLAIRフェローシップの実施年度</translation>
    </message>
    <message>
        <source>fellow</source>
        <translation>フェロー</translation>
    </message>
    <message>
        <source>homestay</source>
        <translation>ホームステイ</translation>
    </message>
    <message>
        <source>JETAA chapter</source>
        <translation>JETAA支部</translation>
    </message>
    <message>
        <source>Members of chapters by fiscal year</source>
        <translation>支部の年度別会員数</translation>
    </message>
    <message>
        <source>funding record</source>
        <translation>助成記録</translation>
    </message>
    <message>
        <source>Lines of funding applications</source>
        <translation>助成申請の内訳</translation>
    </message>
    <message>
        <source>Funding disbursements</source>
        <translation>助成金の支払</translation>
    </message>
    <message>
        <source>Approved exceptions to funding rules</source>
        <translation>助成規程の例外承認</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>research topic</source>
        <translation>調査テーマ</translation>
    </message>
    <message>
        <source>log entry</source>
        <translation>調査記録</translation>
    </message>
</context>
<context>
    <name>RecordSql</name>
    <message>
        <source>This %1 no longer exists; it was removed elsewhere.</source>
        <translation>この%1は既に削除されています（別の画面などで削除されました）。</translation>
    </message>
    <message>
        <source>Someone else saved this %1 after you opened it.</source>
        <translation>この%1は、開いた後に他の利用者が保存しています。</translation>
    </message>
    <message>
        <source>This %1 is still named in other records (%2). Change or remove those first.</source>
        <translation>この%1は他のレコード（%2）に記載されています。先にそれらを変更または削除してください。</translation>
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
    <name>ReportDocument</name>
    <message>
        <source>The report could not be drawn on the page.</source>
        <translation>報告書をページに描画できませんでした。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Reports need the font %1, which is not installed. On Debian, install the package fonts-noto-cjk (scripts/run does).</source>
        <translation>報告書の作成にはフォント %1 が必要ですが、インストールされていません。Debian ではパッケージ fonts-noto-cjk をインストールしてください（scripts/run で自動的にインストールされます）。</translation>
    </message>
</context>
<context>
    <name>ReportMessages</name>
    <message>
        <source>No fellowship cohort has the id %1.</source>
        <translation>ID %1 の実施年度はありません。</translation>
    </message>
    <message>
        <source>The cohort %1 is the programme of %2, not %3.</source>
        <translation>ID %1 の実施年度は%2年度のプログラムであり、%3年度のものではありません。</translation>
    </message>
    <message>
        <source>There is no fellowship cohort for %1.</source>
        <translation>%1年度のCLAIRフェローシッププログラムは登録されていません。</translation>
    </message>
    <message>
        <source>No delegation has the id %1.</source>
        <translation>ID %1 の視察団はありません。</translation>
    </message>
    <message>
        <source>No staff member has the id %1.</source>
        <translation>ID %1 の職員はありません。</translation>
    </message>
    <message>
        <source>No research topic has the id %1.</source>
        <translation>ID %1 の調査テーマはありません。</translation>
    </message>
</context>
<context>
    <name>ReportRegistry</name>
    <message>
        <source>The report %1 does not take %2.</source>
        <translation>報告書 %1 では %2 は指定できません。</translation>
    </message>
    <message>
        <source>The report %1 needs %2.</source>
        <translation>報告書 %1 には %2 の指定が必要です。</translation>
    </message>
    <message>
        <source>%1 is not a year the office keeps records for.</source>
        <translation>%1 は記録の対象となる年ではありません。</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>開始日 %1 が終了日 %2 より後になっています。</translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation>%1 はレコード ID ではありません。</translation>
    </message>
    <message>
        <source>This report holds the personal data of fellows (medical and dietary notes, emergency contacts), which your login&apos;s role does not give access to. Ask the fellowship coordinator.</source>
        <translation>この報告書にはフェローの個人情報（医療上の注意、食事の配慮、緊急連絡先）が含まれますが、お使いのログインの権限では閲覧できません。フェローシップ担当者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Contact directory of partner organizations</source>
        <translation>関係団体連絡先一覧</translation>
    </message>
    <message>
        <source>Organizations by country and kind, with their addresses and the people who hold a role in each today; all of them, or one.</source>
        <translation>国・種別ごとの団体一覧。所在地と現在の担当者を掲載します（全団体または 1 団体）。</translation>
    </message>
    <message>
        <source>People directory</source>
        <translation>人物一覧</translation>
    </message>
    <message>
        <source>Everyone in the database by name, with title, current roles and contact details.</source>
        <translation>登録されている全人物の氏名順一覧。役職、現在の所属・役割、連絡先を掲載します。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2ページ</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>作成日：%1</translation>
    </message>
    <message>
        <source>Associations of governments</source>
        <translation>自治体の連合組織</translation>
    </message>
    <message>
        <source>State and provincial governments</source>
        <translation>州政府</translation>
    </message>
    <message>
        <source>City and county governments</source>
        <translation>市・郡政府</translation>
    </message>
    <message>
        <source>Japanese governments</source>
        <translation>日本の政府・自治体</translation>
    </message>
    <message>
        <source>Consulates and embassies</source>
        <translation>総領事館・大使館</translation>
    </message>
    <message>
        <source>Other organizations</source>
        <translation>その他の団体</translation>
    </message>
    <message>
        <source>No current contacts</source>
        <translation>現在の担当者なし</translation>
    </message>
    <message>
        <source>Country not recorded</source>
        <translation>国の記録なし</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>所在地・連絡先</translation>
    </message>
    <message>
        <source>People and their roles</source>
        <translation>担当者と役割</translation>
    </message>
    <message>
        <source>%1 people, with their roles as of %2</source>
        <translation>%2現在%1名（所属・役割を含む）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title and roles</source>
        <translation>役職・役割</translation>
    </message>
    <message>
        <source>Email and phone</source>
        <translation>メール・電話</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%2&#x3000;%1</translation>
    </message>
    <message>
        <source>FY%1 (%2 – %3)</source>
        <translation>%1年度（%2～%3）</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>該当するレコードはありません。</translation>
    </message>
    <message>
        <source>CLAIR Fellowship Programme %1</source>
        <translation>%1年度 CLAIRフェローシッププログラム</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Sending government</source>
        <translation>派遣元</translation>
    </message>
    <message>
        <source>Dates of the visit</source>
        <translation>訪問期間</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>団長</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>JLGC staff in charge</source>
        <translation>JLGC担当職員</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>団員（%1）</translation>
    </message>
    <message>
        <source>The members are not listed yet.</source>
        <translation>団員はまだ登録されていません。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>No schedule is recorded yet.</source>
        <translation>日程はまだ登録されていません。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Organization and contact</source>
        <translation>訪問先・面会者</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>移動手段</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>In parallel</source>
        <translation>並行</translation>
    </message>
    <message>
        <source>Delegation itinerary</source>
        <translation>視察団日程表</translation>
    </message>
    <message>
        <source>One delegation&apos;s schedule by day (time, place, organization and contact, topic, transport), with its members, leader and interpreters.</source>
        <translation>1 つの視察団の日程を日ごとにまとめた日程表（時刻、場所、訪問先・面会者、テーマ、移動手段）。団員、団長、通訳も掲載します。</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>%1: events: %2; attendance (known counts): %3</source>
        <translation>%1：イベント%2件、参加者数%3名（人数が判明しているもののみ）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>参加団体</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント一覧</translation>
    </message>
    <message>
        <source>The events of a period in date order (all dates when --from and --to are left out): kind, place, attendance and the organizations taking part.</source>
        <translation>期間内のイベントの日付順一覧（--from と --to を省略した場合は全期間）。種別、場所、参加者数、参加団体を掲載します。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Programme dates</source>
        <translation>実施期間</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1（%2日間）</translation>
    </message>
    <message>
        <source>Not yet fixed</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Tokyo portion</source>
        <translation>東京での日程</translation>
    </message>
    <message>
        <source>Host portion</source>
        <translation>受入れ地域での日程</translation>
    </message>
    <message>
        <source>Host prefecture or municipality</source>
        <translation>受入れ都道府県・市区町村</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Fellows (%1)</source>
        <translation>フェロー（%1）</translation>
    </message>
    <message>
        <source>No fellows are recorded yet.</source>
        <translation>フェローはまだ登録されていません。</translation>
    </message>
    <message>
        <source>Home government</source>
        <translation>所属自治体</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州・準州</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>日程表</translation>
    </message>
    <message>
        <source>No itinerary is recorded yet.</source>
        <translation>日程はまだ登録されていません。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>受入れ団体</translation>
    </message>
    <message>
        <source>Homestays</source>
        <translation>ホームステイ</translation>
    </message>
    <message>
        <source>No homestays are arranged yet.</source>
        <translation>ホームステイはまだ手配されていません。</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>%1家</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>フェロー</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>宿泊期間</translation>
    </message>
    <message>
        <source>Number of nights</source>
        <translation>泊数</translation>
    </message>
    <message>
        <source>CLAIR Fellowship Programme: cohort report</source>
        <translation>CLAIRフェローシッププログラム：実施概要</translation>
    </message>
    <message>
        <source>One year&apos;s programme: dates, host, theme, the fellows, the itinerary by day and the homestays (no medical or dietary notes). The newest cohort unless --id or --year names one.</source>
        <translation>1 年度分のプログラムの実施期間、受入れ地域、テーマ、フェロー、日別の日程表、ホームステイを掲載します（健康・食事に関する配慮事項は掲載しません）。--id または --year の指定がない場合は、最新の実施年度を対象とします。</translation>
    </message>
    <message>
        <source>Fellows: %1 (withdrawn fellows are left out)</source>
        <translation>フェロー：%1人（辞退者を除く）</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>食事に関する配慮事項</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>健康上の配慮事項</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Host family: %1</source>
        <translation>ホストファミリー：%1</translation>
    </message>
    <message>
        <source>CLAIR Fellowship Programme: medical and dietary notes</source>
        <translation>CLAIRフェローシッププログラム：健康・食事に関する配慮事項</translation>
    </message>
    <message>
        <source>The dietary needs, medical notes and emergency contacts of one cohort&apos;s fellows, for those who must know them; marked sensitive on every page.</source>
        <translation>1 年度分のフェローの食事に関する配慮事項、健康上の配慮事項、緊急連絡先を、これらを知る必要のある関係者向けにまとめたもの。全ページに取扱注意の表示が入ります。</translation>
    </message>
    <message>
        <source>Sensitive personal information: do not forward</source>
        <translation>要配慮個人情報：転送禁止</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職名</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Research topics (%1)</source>
        <translation>調査テーマ（%1）</translation>
    </message>
    <message>
        <source>No research topics.</source>
        <translation>調査テーマはありません。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>記録件数</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>引継ぎ</translation>
    </message>
    <message>
        <source>TO HAND OVER</source>
        <translation>要引継ぎ</translation>
    </message>
    <message>
        <source>Research requests assigned (%1)</source>
        <translation>担当する調査依頼（%1）</translation>
    </message>
    <message>
        <source>No research requests.</source>
        <translation>調査依頼はありません。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Requesting government</source>
        <translation>依頼元</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>照会事項</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>Delegations in their charge (%1)</source>
        <translation>担当する視察団（%1）</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>視察団</translation>
    </message>
    <message>
        <source>Research topics: %1 (active, to hand over: %2); open items: %3</source>
        <translation>調査テーマ：%1件（うち調査中で要引継ぎ：%2件）、未完了の案件：%3件</translation>
    </message>
    <message>
        <source>Nothing is logged yet.</source>
        <translation>調査記録はまだありません。</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>引継書</translation>
    </message>
    <message>
        <source>Everything a staff member owns, for their successor: research topics with their status (active ones marked for handover), the research log, and the requests and delegations assigned.</source>
        <translation>職員が担当するすべての案件を後任者向けにまとめたもの。調査テーマとその状況（調査中のものには要引継ぎの表示）、調査記録、担当する調査依頼と視察団を掲載します。</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>受領：%1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation>未受領</translation>
    </message>
    <message>
        <source>No report asked for</source>
        <translation>報告不要</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申請件数</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請額</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認額</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>Budget (JPY)</source>
        <translation>予算額（円）</translation>
    </message>
    <message>
        <source>%1: chapters funded: %2; reports overdue as of %4: %3</source>
        <translation>%1：助成対象%2支部、報告期限超過%3件（%4現在）</translation>
    </message>
    <message>
        <source>%1 (chapters: %2)</source>
        <translation>%1（%2支部）</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Totals for %1, by currency</source>
        <translation>%1：通貨別合計</translation>
    </message>
    <message>
        <source>Totals by currency</source>
        <translation>通貨別合計</translation>
    </message>
    <message>
        <source>CLAIR budget for all chapters: %1</source>
        <translation>全支部の CLAIR 予算額合計：%1</translation>
    </message>
    <message>
        <source>Amounts in US and Canadian dollars are totalled separately. Requested amounts count in the currency of the application; approved and disbursed amounts in the currency of the approval.</source>
        <translation>米ドルとカナダドルの金額は別々に合計しています。申請額は申請時の通貨で、承認額と支払額は承認時の通貨で計上しています。</translation>
    </message>
    <message>
        <source>JETAA chapter funding</source>
        <translation>JETAA支部助成一覧</translation>
    </message>
    <message>
        <source>CLAIR funding of JETAA chapters for one fiscal year, per country and chapter: requested, approved, disbursed, the JPY budget and the reports due, with totals per currency.</source>
        <translation>1 年度分の JETAA支部への CLAIR助成を国・支部別にまとめたもの。申請額、承認額、支払額、予算額（円）、報告期限を掲載し、通貨別の合計を示します。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Organizations and people</source>
        <translation>団体・人物</translation>
    </message>
    <message>
        <source>Notes and outcome</source>
        <translation>備考・成果</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>成果：%1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>該当なし。</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>%1: %2 overdue and %3 open as of %4; %5 answered in the period</source>
        <translation>%1：期限超過%2件、未完了%3件（%4現在）、期間内の回答済み%5件</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>期限超過（%1）</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>未完了（%1）</translation>
    </message>
    <message>
        <source>Answered (%1)</source>
        <translation>回答済み（%1）</translation>
    </message>
    <message>
        <source>Research requests</source>
        <translation>調査依頼一覧</translation>
    </message>
    <message>
        <source>Research requests overdue, open and answered in a period (all dates when --from and --to are left out); overdue ones marked.</source>
        <translation>期間内の調査依頼を期限超過・未完了・回答済みに分けて掲載します（--from と --to を省略した場合は全期間）。期限超過のものには印を付けます。</translation>
    </message>
    <message>
        <source>Organizations and people involved</source>
        <translation>関係する団体・人物</translation>
    </message>
    <message>
        <source>The log names no one yet.</source>
        <translation>調査記録に記載された団体・人物はまだありません。</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終接触日</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>成果物</translation>
    </message>
    <message>
        <source>No report has come out of it yet.</source>
        <translation>成果物はまだありません。</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公表日</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Log entries: %1; deliverables: %2</source>
        <translation>調査記録%1件、成果物%2件</translation>
    </message>
    <message>
        <source>Researched by</source>
        <translation>調査担当者</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Research log</source>
        <translation>調査記録</translation>
    </message>
    <message>
        <source>Research topic report</source>
        <translation>調査テーマ報告書</translation>
    </message>
    <message>
        <source>One research topic: its log in date order, the organizations and people involved, and its deliverables.</source>
        <translation>調査テーマ 1 件について、日付順の調査記録、関係する団体・人物、成果物を掲載します。</translation>
    </message>
    <message>
        <source>Affiliations in total: %1</source>
        <translation>提携件数（合計）：%1</translation>
    </message>
    <message>
        <source>Affiliations: %1</source>
        <translation>提携件数：%1</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Japanese side</source>
        <translation>日本側</translation>
    </message>
    <message>
        <source>North American side</source>
        <translation>北米側</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>提携区分</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>提携年月日</translation>
    </message>
    <message>
        <source>Sister city and sister state directory</source>
        <translation>姉妹都市・姉妹州一覧</translation>
    </message>
    <message>
        <source>Every sister-city, sister-state and friendship affiliation by country, then state or province, then prefecture, with counts for each.</source>
        <translation>国別、州・準州別、都道府県別に、すべての姉妹都市・姉妹州・友好提携を件数とともに掲載します。</translation>
    </message>
    <message>
        <source>Research log (entries: %1)</source>
        <translation>調査記録（%1件）</translation>
    </message>
    <message>
        <source>OVERDUE (days: %1)</source>
        <translation>期限超過（%1日）</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>題名</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>（続き）</translation>
    </message>
    <message>
        <source>Organizations: %1; current contacts as of %3: %2</source>
        <translation>%3現在%1団体、担当者%2名</translation>
    </message>
</context>
<context>
    <name>RequestStatuses</name>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>ResearchLogEntry</name>
    <message>
        <source>Choose the research topic.</source>
        <translation>調査テーマを選択してください。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>Write what happened in the notes or the outcome.</source>
        <translation>備考または成果に内容を入力してください。</translation>
    </message>
    <message>
        <source>Each organization is chosen once.</source>
        <translation>同じ団体を重複して選択することはできません。</translation>
    </message>
    <message>
        <source>Each person is chosen once.</source>
        <translation>同じ人物を重複して選択することはできません。</translation>
    </message>
</context>
<context>
    <name>ResearchRequest</name>
    <message>
        <source>Enter the question in Japanese or English.</source>
        <translation>照会事項を日本語または英語で入力してください。</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>受付日を入力してください。</translation>
    </message>
    <message>
        <source>The request is due after it was received.</source>
        <translation>回答期限が受付日より前になっています。</translation>
    </message>
    <message>
        <source>The request was answered after it was received.</source>
        <translation>回答日が受付日より前になっています。</translation>
    </message>
    <message>
        <source>Summarize the answer before marking the request answered.</source>
        <translation>状況を「回答済み」にする前に、回答要旨を入力してください。</translation>
    </message>
    <message>
        <source>Choose the organization of each source.</source>
        <translation>情報源ごとに団体を選択してください。</translation>
    </message>
    <message>
        <source>Choose the person of each source.</source>
        <translation>情報源ごとに人物を選択してください。</translation>
    </message>
    <message>
        <source>Enter the web address of each link.</source>
        <translation>リンクごとにウェブアドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>ResearchTopic</name>
    <message>
        <source>Choose the official who researches this topic.</source>
        <translation>この調査テーマを担当する派遣職員を選択してください。</translation>
    </message>
    <message>
        <source>Give the topic a title in English or Japanese.</source>
        <translation>テーマ名を英語または日本語で入力してください。</translation>
    </message>
    <message>
        <source>Give each report a title.</source>
        <translation>成果物ごとにタイトルを入力してください。</translation>
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
        <translation>CLAIRフェローシップの実施年度</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <source>JETAA chapters</source>
        <translation>JETAA支部</translation>
    </message>
    <message>
        <source>Sister city and state affiliations</source>
        <translation>姉妹都市・姉妹州提携</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>視察団</translation>
    </message>
    <message>
        <source>Research requests</source>
        <translation>調査依頼</translation>
    </message>
    <message>
        <source>Research topics</source>
        <translation>調査テーマ</translation>
    </message>
    <message>
        <source>Research log entries</source>
        <translation>調査記録</translation>
    </message>
    <message>
        <source>The search is too long (%1 characters): search for at most %2 characters.</source>
        <translation>検索語が長すぎます（%1 文字）。%2 文字以内で検索してください。</translation>
    </message>
    <message>
        <source>The search has too many words: search for at most %1 words.</source>
        <translation>検索語が多すぎます。%1 語以内で検索してください。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not the address of a PostgreSQL server (postgresql://host/database).</source>
        <translation>%1 は PostgreSQL サーバーのアドレス（postgresql://ホスト/データベース）ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a valid server address.</source>
        <translation>%1 はサーバーのアドレスとして正しくありません。</translation>
    </message>
    <message>
        <source>%1 names no server: write postgresql://host/database.</source>
        <translation>%1 にはサーバーの指定がありません。postgresql://ホスト/データベース の形で指定してください。</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://host/database.</source>
        <translation>%1 にはデータベースの指定がありません。postgresql://ホスト/データベース の形で指定してください。</translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2.</source>
        <translation>%1: sslmode には %2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1: the option %2 is not known (sslmode and sslrootcert are).</source>
        <translation>%1: オプション %2 は使用できません（使用できるのは sslmode と sslrootcert です）。</translation>
    </message>
    <message>
        <source>%1: leave the password out of the address. JLGC Desk reads it from PGPASSWORD or ~/.pgpass, as PostgreSQL&apos;s own tools do.</source>
        <translation>%1: アドレスにはパスワードを含めないでください。JLGC Desk は PostgreSQL の各種ツールと同じく、パスワードを PGPASSWORD または ~/.pgpass から読み込みます。</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Read only</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Fellowship coordinator</source>
        <translation>フェローシップ担当</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>SisterAffiliation</name>
    <message>
        <source>Choose the Japanese prefecture or municipality.</source>
        <translation>日本側の都道府県または市区町村を選択してください。</translation>
    </message>
    <message>
        <source>“%1” is not a prefecture or municipality code.</source>
        <translation>「%1」は都道府県・市区町村の団体コードではありません。</translation>
    </message>
    <message>
        <source>Name the North American city, county, state or province.</source>
        <translation>北米側の市・郡・州などの名称を入力してください。</translation>
    </message>
    <message>
        <source>The North American side is in the United States or in Canada.</source>
        <translation>北米側の国は、アメリカ合衆国またはカナダを選択してください。</translation>
    </message>
    <message>
        <source>Choose the state or province of the North American side.</source>
        <translation>北米側の州・準州を選択してください。</translation>
    </message>
    <message>
        <source>The state or province is not in the country chosen.</source>
        <translation>選択した州・準州は、選択した国にありません。</translation>
    </message>
    <message>
        <source>Canada has provinces and territories, not states.</source>
        <translation>カナダの場合、種別は「州・準州（カナダ）」を選択してください。</translation>
    </message>
    <message>
        <source>The United States has states, not provinces.</source>
        <translation>アメリカ合衆国の場合、種別は「州（米国）」を選択してください。</translation>
    </message>
    <message>
        <source>The date established is not a date (give a year, a year and month, or a full date).</source>
        <translation>提携年月日を日付として認識できません（年、年月、または年月日を入力してください）。</translation>
    </message>
    <message>
        <source>Each contact needs a person.</source>
        <translation>連絡担当者ごとに人物を指定してください。</translation>
    </message>
    <message>
        <source>The same person is listed twice as a contact on one side.</source>
        <translation>同じ人物が、同じ側の連絡担当者として 2 回登録されています。</translation>
    </message>
    <message>
        <source>Each entry of the activity log needs its date.</source>
        <translation>活動記録の各項目に日付を入力してください。</translation>
    </message>
    <message>
        <source>Each entry of the activity log needs a description.</source>
        <translation>活動記録の各項目に内容を入力してください。</translation>
    </message>
    <message>
        <source>A sister-state (sister-province) tie is with a whole state or province, but the North American side is given as a city: choose the kind state or province, or the type sister city.</source>
        <translation>姉妹州（県）提携は州全体との提携ですが、北米側の種別が市になっています。種別を州にするか、提携の種類を姉妹都市にしてください。</translation>
    </message>
</context>
<context>
    <name>SisterAffiliationRepository</name>
    <message>
        <source>Choose the state or province from the list.</source>
        <translation>州・準州は一覧から選択してください。</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>データベースファイル %1 を開けません。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>StaffKinds</name>
    <message>
        <source>Choose the person.</source>
        <translation>人物を選択してください。</translation>
    </message>
    <message>
        <source>Enter the first day of the official&apos;s term.</source>
        <translation>任期開始日を入力してください。</translation>
    </message>
    <message>
        <source>Local staff have no sending government.</source>
        <translation>現地職員には派遣元を入力できません。</translation>
    </message>
    <message>
        <source>The term ends after it starts.</source>
        <translation>任期終了日が任期開始日より前になっています。</translation>
    </message>
    <message>
        <source>Local staff</source>
        <translation>現地職員</translation>
    </message>
    <message>
        <source>Dispatched official</source>
        <translation>派遣職員</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>This staff member is still named in other records (%1). Hand them over or change them first.</source>
        <translation>この職員は他のレコード（%1）に記載されています。先にそれらを引き継ぐか、変更してください。</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <source> · </source>
        <comment>between the parts of a summary line</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TopicStatuses</name>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>休止中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>This record is no longer in the Trash.</source>
        <translation>このレコードは既にごみ箱にありません。</translation>
    </message>
    <message>
        <source>This record refers to a record that has since been deleted (%1). Restore that one first.</source>
        <translation>このレコードは、その後削除されたレコード（%1）を参照しています。先にそちらを復元してください。</translation>
    </message>
    <message>
        <source>This record cannot be restored as it was: a record with the same number or the same unique values was created since. Nothing was changed.</source>
        <translation>このレコードは元の状態では復元できません。削除後に、同じ番号または同じ一意の値を持つレコードが作成されています。何も変更していません。</translation>
    </message>
    <message>
        <source>This entry of the Trash holds personal data of fellows or host families, which your login&apos;s role does not give access to: only the fellowship coordinator or an administrator may restore or remove it. Nothing was changed.</source>
        <translation>このごみ箱の項目にはフェローまたはホストファミリーの個人情報が含まれており、お使いのログインの権限では閲覧できません。元に戻す・削除する操作は、フェローシップ担当者または管理者のみ行えます。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <source>Edit of %1 (%2)</source>
        <comment>Edit → Undo …: fields and the kind of record</comment>
        <translation>%2の%1の変更</translation>
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
    <name>jlgc::AccessLogDialog</name>
    <message>
        <source>Access Log</source>
        <translation>アクセスログ</translation>
    </message>
    <message>
        <source>Every export, report or backup that took personal data out of the office&apos;s database: who, when, what and how many records. Entries are never changed or removed.</source>
        <translation>事務所のデータベースから個人情報を出力した書き出し、報告書、バックアップの記録です（誰が、いつ、何を、何件分）。記録が変更・削除されることはありません。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Export the Access Log</source>
        <translation>アクセスログの書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Copy of the whole database</source>
        <translation>データベース全体の複写</translation>
    </message>
    <message>
        <source>CSV export: %1</source>
        <translation>CSV 書き出し：%1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>報告書：%1</translation>
    </message>
</context>
<context>
    <name>jlgc::ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>活動記録の編集</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>活動記録の追加</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Give the date and say what happened.</source>
        <translation>日付と内容を入力してください。</translation>
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
    <name>jlgc::AffiliationsPage</name>
    <message>
        <source>Sister cities and states</source>
        <translation>姉妹都市・姉妹州</translation>
    </message>
    <message>
        <source>US and Canada</source>
        <translation>米国・カナダ</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>すべての提携区分</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>Any decade</source>
        <translation>すべての年代</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1年代</translation>
    </message>
    <message>
        <source>Every prefecture</source>
        <translation>すべての都道府県</translation>
    </message>
    <message>
        <source>Every state and province</source>
        <translation>すべての州・準州</translation>
    </message>
    <message>
        <source>New affiliation</source>
        <translation>新しい提携</translation>
    </message>
    <message>
        <source>Write the date as a year (1955), a year and month (1955-12) or a full date (1955-12-07).</source>
        <translation>日付は、年（1955）、年月（1955-12）、または年月日（1955-12-07）の形式で入力してください。</translation>
    </message>
    <message>
        <source>Japanese side</source>
        <translation>日本側</translation>
    </message>
    <message>
        <source>North American side</source>
        <translation>北米側</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>提携</translation>
    </message>
    <message>
        <source>Prefecture or municipality</source>
        <translation>都道府県・市区町村</translation>
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
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>提携区分</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>提携年月日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Type kanji, kana, romaji or a code, e.g. ながさき…</source>
        <translation>漢字、かな、ローマ字またはコードを入力（例：ながさき）…</translation>
    </message>
    <message>
        <source>Type a state or province, e.g. Minnesota or MN…</source>
        <translation>州・準州を入力（例：Minnesota、MN）…</translation>
    </message>
    <message>
        <source>e.g. St. Paul</source>
        <translation>例：St. Paul</translation>
    </message>
    <message>
        <source>a year, e.g. 1955, or a date</source>
        <translation>年（例：1955）または日付</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡担当者</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>活動記録</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>国別</translation>
    </message>
    <message>
        <source>By state or province</source>
        <translation>州・準州別</translation>
    </message>
    <message>
        <source>By prefecture</source>
        <translation>都道府県別</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>提携件数</translation>
    </message>
</context>
<context>
    <name>jlgc::AllFellowsPage</name>
    <message>
        <source>All fellows</source>
        <translation>全フェロー</translation>
    </message>
    <message>
        <source>Every state and province</source>
        <translation>すべての州・準州</translation>
    </message>
    <message>
        <source>Every host prefecture</source>
        <translation>すべての受入れ都道府県</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>すべての参加状況</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登録</translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) shown.</source>
        <translation>
            <numerusform>%n人のフェローを表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>States and provinces: %1.</source>
        <translation>州・準州の数：%1。</translation>
    </message>
    <message>
        <source>Filter by name, reading, government or title (Ctrl+F)</source>
        <translation>氏名、読み、所属自治体、役職で絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>実施年</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range of years: 1993 to 2026</comment>
        <translation>～</translation>
    </message>
    <message>
        <source>Fellows by state or province</source>
        <translation>州・準州別のフェロー数</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州・準州</translation>
    </message>
    <message>
        <source>Fellows</source>
        <translation>フェロー数</translation>
    </message>
</context>
<context>
    <name>jlgc::ChapterTableModel</name>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
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
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員数</translation>
    </message>
    <message>
        <source>President</source>
        <translation>会長</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>設立</translation>
    </message>
</context>
<context>
    <name>jlgc::ChaptersPage</name>
    <message>
        <source>JETAA chapters</source>
        <translation>JETAA支部</translation>
    </message>
    <message>
        <source>US and Canada</source>
        <translation>米国・カナダ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>新しい支部</translation>
    </message>
    <message>
        <source>Each membership count needs a fiscal year (e.g. 2025) and a number of members.</source>
        <translation>年度別会員数の各行には、年度（例：2025）と会員数を入力してください。</translation>
    </message>
    <message>
        <source>Write the founding date as a year (1989), a year and month (1989-07) or a full date (1989-07-15).</source>
        <translation>設立年月日は、年（1989）、年月（1989-07）、または年月日（1989-07-15）の形式で入力してください。</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
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
        <source>Name</source>
        <translation>支部名</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Subchapter of</source>
        <translation>上部支部</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>設立</translation>
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
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>e.g. JETAA New York</source>
        <translation>例：JETAA New York</translation>
    </message>
    <message>
        <source>e.g. JETAANY</source>
        <translation>例：JETAANY</translation>
    </message>
    <message>
        <source>a year, e.g. 1989, or a date</source>
        <translation>年（例：1989）または日付</translation>
    </message>
    <message>
        <source>None: a chapter of its own</source>
        <translation>なし（分会ではなく独立した支部）</translation>
    </message>
    <message>
        <source>Type a state or province, e.g. Ohio or OH…</source>
        <translation>州・準州を入力（例：Ohio、OH）…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>役員</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>From</source>
        <translation>任期開始日</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>任期終了日</translation>
    </message>
    <message>
        <source>Members by fiscal year</source>
        <translation>年度別会員数</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員数</translation>
    </message>
    <message>
        <source>CLAIR funding</source>
        <translation>CLAIR助成</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請額</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認額</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
</context>
<context>
    <name>jlgc::CohortTab</name>
    <message>
        <source>Not removed</source>
        <translation>削除できませんでした</translation>
    </message>
</context>
<context>
    <name>jlgc::CohortTableModel</name>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>割当て%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to place</source>
        <translation>
            <numerusform>未割当て%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) not yet confirmed</source>
        <translation>
            <numerusform>参加未確定のフェロー%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) taking part have no host family yet</source>
        <translation>
            <numerusform>参加するフェローのうち%n人は、ホストファミリーがまだ決まっていません</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>実施年</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>実施期間</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>受入れ自治体</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Fellows</source>
        <translation>フェロー</translation>
    </message>
    <message>
        <source>Homestays</source>
        <translation>ホームステイ</translation>
    </message>
</context>
<context>
    <name>jlgc::ConnectServerDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <translation>事務所サーバーに接続</translation>
    </message>
    <message>
        <source>The office&apos;s records on its PostgreSQL server, shared by every colleague. Ask the office&apos;s administrator for these details.</source>
        <translation>事務所の PostgreSQL サーバー上のレコードを、職員全員で共有します。以下の接続情報は事務所の管理者に確認してください。</translation>
    </message>
    <message>
        <source>for example db.jlgc.example.org</source>
        <translation>例: db.jlgc.example.org</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>パスワードをこのパソコンのキーチェーンに保存する</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate verified</source>
        <translation>暗号化し、サーバー証明書を検証する</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化する</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>サーバーが対応していれば暗号化する</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>暗号化しない（このパソコン内のみ）</translation>
    </message>
    <message>
        <source>the office&apos;s CA certificate (empty: ~/.postgresql/root.crt)</source>
        <translation>CA 証明書（空欄: ~/.postgresql/root.crt）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>暗号化:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>The Office&apos;s CA Certificate</source>
        <translation>事務所の CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>証明書 (*.crt *.pem *.cer);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>jlgc::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>連絡担当者の編集</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>連絡担当者の追加</translation>
    </message>
    <message>
        <source>Type a name in any script…</source>
        <translation>氏名を入力（漢字・かな・ローマ字のいずれでも可）…</translation>
    </message>
    <message>
        <source>e.g. International Relations Division</source>
        <translation>例：国際交流課</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation>人物は一覧から選択してください。</translation>
    </message>
</context>
<context>
    <name>jlgc::DashboardChartView</name>
    <message>
        <source>Save Chart</source>
        <translation>グラフの保存</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation>グラフを %1 として保存できませんでした。</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>グラフをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save Chart as PNG…</source>
        <translation>グラフを PNG で保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>jlgc::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>本日：%1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要対応事項</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明日</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n日後</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 cohort</source>
        <translation>%1年度プログラム</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue (due %1)</source>
        <translation>
            <numerusform>%n日超過（期限：%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Research request overdue</source>
        <translation>調査依頼の期限超過</translation>
    </message>
    <message>
        <source>%1 funding report overdue</source>
        <translation>%1助成の報告期限超過</translation>
    </message>
    <message>
        <source>Delegation arriving</source>
        <translation>視察団の来訪</translation>
    </message>
    <message>
        <source>Event coming up</source>
        <translation>イベントの開催予定</translation>
    </message>
    <message>
        <source>Fellow not yet confirmed (%1)</source>
        <translation>参加未確定のフェロー（%1）</translation>
    </message>
    <message>
        <source>Fellow without a host family</source>
        <translation>ホストファミリー未定のフェロー</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>No host family for %n night(s)</source>
        <translation>
            <numerusform>ホストファミリー未定%n泊</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention now.</source>
        <translation>現在、対応が必要な事項はありません。</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Welcome to JLGC Desk: this database has no records of its own yet</source>
        <translation>JLGC Desk へようこそ：このデータベースには、まだ独自の記録がありません</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 12px&quot;&gt;&lt;li&gt;Add the &lt;b&gt;organizations&lt;/b&gt; you work with (the eleven partner associations are already there), then the &lt;b&gt;people&lt;/b&gt; in them.&lt;/li&gt;&lt;li&gt;Then record what the office does: delegations, research requests and topics, the CLAIR Fellowship, JETAA chapters, sister cities, events.&lt;/li&gt;&lt;li&gt;Lists kept in Excel come in with &lt;b&gt;File → Import…&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Every page is explained in the user guide (F1).</source>
        <translation>&lt;ol style=&quot;margin-left: 12px&quot;&gt;&lt;li&gt;まず、業務で関わる&lt;b&gt;団体&lt;/b&gt;（11 の提携団体は登録済みです）と、そこに所属する&lt;b&gt;人物&lt;/b&gt;を登録します。&lt;/li&gt;&lt;li&gt;次に、事務所の業務を記録します。視察団、調査依頼と調査テーマ、CLAIRフェローシップ、JETAA支部、姉妹都市、イベントなどです。&lt;/li&gt;&lt;li&gt;Excel で管理している一覧は、&lt;b&gt;「ファイル」→「インポート…」&lt;/b&gt;で取り込めます。&lt;/li&gt;&lt;/ol&gt;各画面の使い方は、利用ガイド（F1）で説明しています。</translation>
    </message>
    <message>
        <source>Open the User Guide</source>
        <translation>利用ガイドを開く</translation>
    </message>
    <message>
        <source>Go to People</source>
        <translation>人物へ移動</translation>
    </message>
</context>
<context>
    <name>jlgc::DataSafetyActions</name>
    <message>
        <source>&amp;Trash…</source>
        <translation>ごみ箱(&amp;T)…</translation>
    </message>
    <message>
        <source>Deleted records, which can be restored</source>
        <translation>削除したレコード（復元できます）</translation>
    </message>
    <message>
        <source>&amp;Erase Personal Data…</source>
        <translation>個人情報の消去(&amp;E)…</translation>
    </message>
    <message>
        <source>On a person&apos;s request: erase their names, contact details and sensitive notes, keeping the statistics that counted them</source>
        <translation>本人の求めに応じて、氏名、連絡先、取扱注意の記載事項を消去します（集計に用いた件数は残ります）</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す：%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直し：%1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>個人情報の消去</translation>
    </message>
    <message>
        <source>Choose the person on the People page first.</source>
        <translation>先に「人物」ページで対象の人物を選択してください。</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”?</source>
        <translation>「%1」の個人情報を消去しますか？</translation>
    </message>
    <message>
        <source>Their names become “%1”; their contact details and sensitive notes are cleared in every record about them, and their history is scrubbed. The records stay, so counts and statistics stay right. This cannot be undone (backups made before still hold the data).</source>
        <translation>氏名は「%1」に置き換えられ、この人物に関するすべてのレコードから連絡先と取扱注意の記載事項が消去され、履歴からも削除されます。レコード自体は残るため、件数や統計は正しく保たれます。この操作は元に戻せません（消去前に作成したバックアップには、データが残っています）。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>消去できませんでした</translation>
    </message>
    <message>
        <source>The personal data was erased.</source>
        <translation>個人情報を消去しました。</translation>
    </message>
    <message>
        <source>Nothing to undo: no saved edit in this session.</source>
        <translation>元に戻す操作はありません（このセッションで保存した編集がありません）。</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>元に戻せませんでした</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>元に戻しました。</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>やり直す操作はありません。</translation>
    </message>
    <message>
        <source>Not redone</source>
        <translation>やり直せませんでした</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>やり直しました。</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened, so that nothing more is lost.</source>
        <translation>%1 は破損しているため、これ以上データが失われないよう、開きませんでした。</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restore it? Changes made after it are not in it. The damaged file is kept in the backups folder.</source>
        <translation>最新の正常なバックアップは %1 のものです。このバックアップから復元しますか？ バックアップ後の変更は含まれません。破損したファイルはバックアップ用フォルダーに保存します。</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>復元できませんでした</translation>
    </message>
</context>
<context>
    <name>jlgc::DateField</name>
    <message>
        <source>Type a date (1/18/2027, 2027/1/18, 2027年1月18日, 令和9年1月18日; 1/18 for the coming one) or press Alt+Down for the calendar.</source>
        <translation>日付を入力してください（2027/1/18、2027年1月18日、令和9年1月18日、英語式の 1/18/2027 など。1/18 のように月日だけなら、これから来る日付）。Alt+↓ でカレンダーを開きます。</translation>
    </message>
    <message>
        <source>Not a date. Type it as 1/18/2027, 2027/1/18, 2027年1月18日 or 令和9年1月18日, or press Alt+Down for the calendar.</source>
        <translation>日付として読めません。2027/1/18、2027年1月18日、令和9年1月18日、1/18/2027 のように入力するか、Alt+↓ でカレンダーから選んでください。</translation>
    </message>
    <message>
        <source>m/d/yyyy</source>
        <comment>placeholder of an empty date field</comment>
        <translation>年/月/日</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>カレンダーから選ぶ（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>jlgc::DateRangeField</name>
    <message>
        <source>to</source>
        <comment>between the first and the last day of a range</comment>
        <translation>～</translation>
    </message>
</context>
<context>
    <name>jlgc::DelegationItineraryDialog</name>
    <message>
        <source>Edit itinerary item</source>
        <translation>日程の編集</translation>
    </message>
    <message>
        <source>New itinerary item</source>
        <translation>日程の追加</translation>
    </message>
    <message>
        <source>No set time (free time, travel day)</source>
        <translation>時刻指定なし（自由時間、移動日など）</translation>
    </message>
    <message>
        <source>Organization met</source>
        <translation>訪問先の団体</translation>
    </message>
    <message>
        <source>Person met</source>
        <translation>面会者</translation>
    </message>
    <message>
        <source>Runs in parallel with other items (the delegation splits up)</source>
        <translation>ほかの日程と並行して実施（視察団が分かれて行動）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Topic (Japanese)</source>
        <translation>テーマ（日本語）</translation>
    </message>
    <message>
        <source>Topic (English)</source>
        <translation>テーマ（英語）</translation>
    </message>
    <message>
        <source>Place (Japanese)</source>
        <translation>場所（日本語）</translation>
    </message>
    <message>
        <source>Place (English)</source>
        <translation>場所（英語）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Meeting with</source>
        <translation>訪問先</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>面会者</translation>
    </message>
    <message>
        <source>Transport (Japanese)</source>
        <translation>移動手段（日本語）</translation>
    </message>
    <message>
        <source>Transport (English)</source>
        <translation>移動手段（英語）</translation>
    </message>
    <message>
        <source>Notes (Japanese)</source>
        <translation>備考（日本語）</translation>
    </message>
    <message>
        <source>Notes (English)</source>
        <translation>備考（英語）</translation>
    </message>
</context>
<context>
    <name>jlgc::DelegationItineraryView</name>
    <message>
        <source>Itinerary</source>
        <translation>日程表</translation>
    </message>
    <message>
        <source>Remove “%1” from the itinerary?</source>
        <translation>「%1」を日程表から削除しますか？</translation>
    </message>
    <message>
        <source>Save the delegation to plan its itinerary.</source>
        <translation>日程表を作成するには、先に視察団を保存してください。</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>%1日目 · %2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>∥ %1 (parallel)</source>
        <translation>∥ %1（並行）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Meeting with</source>
        <translation>訪問先・面会者</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>移動手段</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>日程を追加…</translation>
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
        <source> (%1)</source>
        <comment>a time&apos;s zone, named by its city</comment>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>jlgc::DelegationsPage</name>
    <message>
        <source>Export calendar</source>
        <translation>カレンダー出力</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>視察団</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>新しい視察団</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>団員（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Calendar with %n event(s) saved as %1.</source>
        <translation>
            <numerusform>予定%n件のカレンダーを %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>派遣元</translation>
    </message>
    <message>
        <source>or organization</source>
        <translation>団体（自治体以外）</translation>
    </message>
    <message>
        <source>Purpose (Japanese)</source>
        <translation>目的（日本語）</translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation>目的（英語）</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>到着日</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>出発日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Members expected</source>
        <translation>予定人数</translation>
    </message>
    <message>
        <source>Staff in charge</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Thank-you letters sent</source>
        <translation>礼状送付日</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>フォローアップの備考</translation>
    </message>
    <message>
        <source>e.g. 兵庫県議会米国行政視察団</source>
        <translation>例：兵庫県議会米国行政視察団</translation>
    </message>
    <message>
        <source>e.g. Hyogo Prefectural Assembly Delegation</source>
        <translation>例：Hyogo Prefectural Assembly Delegation</translation>
    </message>
    <message>
        <source>Prefecture or municipality, e.g. 兵庫県</source>
        <translation>都道府県または市区町村（例：兵庫県）</translation>
    </message>
    <message>
        <source>A ministry or other body, if not a local government</source>
        <translation>地方自治体以外の場合は、省庁などの団体</translation>
    </message>
    <message>
        <source>Type a staff member&apos;s name…</source>
        <translation>職員の氏名を入力…</translation>
    </message>
    <message>
        <source>The size of the delegation as announced, before the members are listed</source>
        <translation>団員を登録する前の、連絡のあった視察団の人数</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>カレンダー出力…</translation>
    </message>
    <message>
        <source>Save the itinerary as an iCalendar file for Outlook or Google Calendar</source>
        <translation>日程表を Outlook や Google カレンダー用の iCalendar ファイル（.ics）として保存</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>日程表</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>儀典</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
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
        <source>Gifts given</source>
        <translation>贈答品（贈呈）</translation>
    </message>
    <message>
        <source>Gifts received</source>
        <translation>贈答品（受領）</translation>
    </message>
    <message>
        <source>Forms of address</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Dietary needs (private)</source>
        <translation>食事制限（取扱注意）</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>その他の備考</translation>
    </message>
    <message>
        <source>Personal data: kept out of calendars and reports.</source>
        <translation>個人情報のため、カレンダーや報告書には出力しません。</translation>
    </message>
    <message>
        <source>Personal data: kept out of calendars and reports</source>
        <translation>個人情報のため、カレンダーや報告書には出力しません</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Add interpreter…</source>
        <translation>通訳を追加…</translation>
    </message>
    <message>
        <source>Remove interpreter</source>
        <translation>通訳を削除</translation>
    </message>
</context>
<context>
    <name>jlgc::DescribedPage</name>
    <message>
        <source>New %1</source>
        <translation>新しい%1</translation>
    </message>
</context>
<context>
    <name>jlgc::DetailTable</name>
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
</context>
<context>
    <name>jlgc::EventsPage</name>
    <message>
        <source>Add an organization taking part</source>
        <translation>参加団体の追加</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Add a person attending</source>
        <translation>参加者の追加</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>All fiscal years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation>参加者数：計%1人</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新しいイベント</translation>
    </message>
    <message>
        <source>Write the time as 10:00 or 18:30.</source>
        <translation>時刻は 10:00、18:30 のように入力してください。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>日時・場所</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>イベント名（英語）</translation>
    </message>
    <message>
        <source>Title in Japanese</source>
        <translation>イベント名（日本語）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>e.g. Japan Day @ Central Park</source>
        <translation>例：Japan Day @ Central Park</translation>
    </message>
    <message>
        <source>e.g. ジャパンデー＠セントラルパーク</source>
        <translation>例：ジャパン・デー＠セントラルパーク</translation>
    </message>
    <message>
        <source>e.g. 10:00; empty for all day</source>
        <translation>例：10:00（終日の場合は空欄）</translation>
    </message>
    <message>
        <source>e.g. 17:00</source>
        <translation>例：17:00</translation>
    </message>
    <message>
        <source>For an event of several days</source>
        <translation>複数日にわたるイベントの場合に入力</translation>
    </message>
    <message>
        <source>How many people came, when known</source>
        <translation>来場者・参加者の人数（分かる場合）</translation>
    </message>
    <message>
        <source>Organizations taking part</source>
        <translation>参加団体</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>People attending</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Change an organization taking part</source>
        <translation>参加団体の変更</translation>
    </message>
    <message>
        <source>Change a person attending</source>
        <translation>参加者の変更</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an event kind and how many events</comment>
        <translation>%1：%2件</translation>
    </message>
</context>
<context>
    <name>jlgc::FellowDialog</name>
    <message>
        <source>Edit fellow of %1</source>
        <translation>%1年度フェローの編集</translation>
    </message>
    <message>
        <source>Add a fellow to %1</source>
        <translation>%1年度へのフェローの追加</translation>
    </message>
    <message>
        <source>Type any form of the name…</source>
        <translation>氏名を入力（漢字・かな・ローマ字のいずれでも可）…</translation>
    </message>
    <message>
        <source>Type a name or abbreviation…</source>
        <translation>名称または略称を入力…</translation>
    </message>
    <message>
        <source>Type a state or province, e.g. Ohio or OH…</source>
        <translation>州・準州を入力（例：Ohio、OH）…</translation>
    </message>
    <message>
        <source>The title held in that year</source>
        <translation>当該年度時点の役職</translation>
    </message>
    <message>
        <source>e.g. vegetarian; no shellfish</source>
        <translation>例：ベジタリアン、甲殻類不可</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>フェロー</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Home government</source>
        <translation>所属自治体</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州・準州</translation>
    </message>
    <message>
        <source>Title at the time</source>
        <translation>参加時の役職</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>参加状況</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>変更日</translation>
    </message>
    <message>
        <source>In Japan</source>
        <translation>日本滞在</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>来日日</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>離日日</translation>
    </message>
    <message>
        <source>Sensitive: kept out of reports that are not about them</source>
        <translation>取扱注意：これらの事項を対象としない報告書には出力しません</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>食事に関する配慮事項</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>健康上の配慮事項</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>After the programme</source>
        <translation>プログラム終了後</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Dietary needs, medical notes and emergency contacts are shown only to the fellowship coordinator and administrators. Saving keeps them as they are.</source>
        <translation>食事の配慮、医療上の注意、緊急連絡先は、フェローシップ担当者と管理者にのみ表示されます。保存しても、これらの内容は変わりません。</translation>
    </message>
</context>
<context>
    <name>jlgc::FellowTableModel</name>
    <message>
        <source>No family yet</source>
        <translation>ホストファミリー未定</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（%2～）</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>参加未確定</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>所属自治体</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州・準州</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>参加状況</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>ホストファミリー</translation>
    </message>
</context>
<context>
    <name>jlgc::FellowsTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Save the cohort to add its fellows.</source>
        <translation>フェローを追加するには、先に実施年度を保存してください。</translation>
    </message>
    <message>
        <source>No fellows yet. Add the people nominated for %1; a person not yet on record is added on the People page first.</source>
        <translation>フェローはまだ登録されていません。%1年度に推薦された人物を追加してください。まだ登録されていない人物は、先に「人物」ページで追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s)</source>
        <translation>
            <numerusform>フェロー%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n state(s) or province(s)</source>
        <translation>
            <numerusform>出身%n州・準州</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet confirmed</source>
        <translation>
            <numerusform>参加未確定%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>辞退として処理できませんでした</translation>
    </message>
    <message>
        <source>Remove fellow</source>
        <translation>フェローの削除</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 cohort?

Use this for a fellow added by mistake; a fellow who leaves the programme is withdrawn instead, which keeps the record.</source>
        <translation>%2年度プログラムから %1 を削除しますか？

削除は、誤って追加したフェローに使用してください。プログラムへの参加を取りやめたフェローは、削除ではなく辞退として処理してください（レコードは残ります）。</translation>
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
        <source>Withdraw…</source>
        <translation>辞退…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add a fellow to this cohort</source>
        <translation>この実施年度にフェローを追加</translation>
    </message>
    <message>
        <source>The fellow leaves the programme; the record is kept</source>
        <translation>フェローを辞退として処理します（レコードは残ります）</translation>
    </message>
</context>
<context>
    <name>jlgc::FellowshipDialog</name>
    <message>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
</context>
<context>
    <name>jlgc::FellowshipPage</name>
    <message>
        <source>CLAIR Fellowship</source>
        <translation>CLAIRフェローシップ</translation>
    </message>
    <message>
        <source>%1 cohort</source>
        <translation>%1年度プログラム</translation>
    </message>
    <message>
        <source>%1 cohort — hosted by %2</source>
        <translation>%1年度プログラム — 受入れ：%2</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>新しい実施年度</translation>
    </message>
    <message>
        <source>Fellows (%1)</source>
        <translation>フェロー（%1）</translation>
    </message>
    <message>
        <source>Fellows</source>
        <translation>フェロー</translation>
    </message>
    <message>
        <source>Itinerary (%1)</source>
        <translation>日程表（%1）</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>日程表</translation>
    </message>
    <message>
        <source>Homestays (%1)</source>
        <translation>ホームステイ（%1）</translation>
    </message>
    <message>
        <source>Homestays</source>
        <translation>ホームステイ</translation>
    </message>
    <message>
        <source>Some homestays are in conflict: see the red cells.</source>
        <translation>定員超過または重複割当てのホームステイがあります。赤色のセルを確認してください。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>実施年</translation>
    </message>
    <message>
        <source>Tokyo portion</source>
        <translation>東京での日程</translation>
    </message>
    <message>
        <source>Host portion</source>
        <translation>受入れ地域での日程</translation>
    </message>
    <message>
        <source>Host prefecture or municipality</source>
        <translation>受入れ都道府県・市区町村</translation>
    </message>
    <message>
        <source>Theme (English)</source>
        <translation>テーマ（英語）</translation>
    </message>
    <message>
        <source>Theme (Japanese)</source>
        <translation>テーマ（日本語）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Type kanji, kana, romaji or a code, e.g. きたいばらき…</source>
        <translation>漢字、かな、ローマ字またはコードを入力（例：きたいばらき）…</translation>
    </message>
    <message>
        <source>e.g. Disaster recovery and coastal communities</source>
        <translation>例：Disaster recovery and coastal communities</translation>
    </message>
    <message>
        <source>e.g. 震災復興と沿岸のまちづくり</source>
        <translation>例：震災復興と沿岸のまちづくり</translation>
    </message>
</context>
<context>
    <name>jlgc::FieldForm</name>
    <message>
        <source>“%1” is not a date: type it as 1/18/2027, 2027/1/18 or 2027年1月18日, or choose it in the calendar.</source>
        <translation>「%1」は日付として読めません。2027/1/18、2027年1月18日、1/18/2027 のように入力するか、カレンダーから選んでください。</translation>
    </message>
</context>
<context>
    <name>jlgc::FundingPage</name>
    <message>
        <source>CLAIR funding</source>
        <translation>CLAIR助成</translation>
    </message>
    <message>
        <source>US and Canada</source>
        <translation>米国・カナダ</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>すべての報告状況</translation>
    </message>
    <message>
        <source>Reports due or overdue</source>
        <translation>報告待ち・期限超過</translation>
    </message>
    <message>
        <source>Reports overdue</source>
        <translation>報告期限超過</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>米ドル（USD）</translation>
    </message>
    <message>
        <source>Canadian dollars (CAD)</source>
        <translation>カナダドル（CAD）</translation>
    </message>
    <message>
        <source>All fiscal years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1：%2～%3</translation>
    </message>
    <message>
        <source>New funding year</source>
        <translation>新しい年度の助成</translation>
    </message>
    <message>
        <source>“%1” is not an amount (e.g. 2,500.00).</source>
        <translation>「%1」を金額として認識できません（例：2,500.00）。</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yen (e.g. 350,000).</source>
        <translation>「%1」を円の金額として認識できません（例：350,000）。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an amount.</source>
        <translation>%1行目：「%2」を金額として認識できません。</translation>
    </message>
    <message>
        <source>Disbursement %1: give the date (e.g. 2025-06-30) and the amount.</source>
        <translation>支払 %1：支払日（例：2025-06-30）と金額を入力してください。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Approval and payment</source>
        <translation>承認・支払</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申請日</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>承認額</translation>
    </message>
    <message>
        <source>Approved in</source>
        <translation>承認額の通貨</translation>
    </message>
    <message>
        <source>Budget (JPY)</source>
        <translation>予算額（円）</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>報告期限</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>報告受領日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Type a chapter&apos;s name…</source>
        <translation>支部名を入力…</translation>
    </message>
    <message>
        <source>empty until decided</source>
        <translation>決定まで空欄</translation>
    </message>
    <message>
        <source>e.g. 350,000</source>
        <translation>例：350,000</translation>
    </message>
    <message>
        <source>Purposes and amounts asked for</source>
        <translation>申請内容（使途・申請額）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>使途</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>支払</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>支払日</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Payments above the approval, and who allowed them</source>
        <translation>上限超過の承認（承認額を超える支払と承認者）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>承認日</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>上限額</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>jlgc::FundingTotalsBox</name>
    <message>
        <source>Totals by country and currency</source>
        <translation>国・通貨別の合計</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申請件数</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請額</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認額</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>Budget (JPY)</source>
        <translation>予算額（円）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation>%1（%2、期限 %3）</translation>
    </message>
    <message>
        <source>No report is overdue.</source>
        <translation>報告期限を超過しているものはありません。</translation>
    </message>
    <message>
        <source>Reports overdue: %1</source>
        <translation>報告期限超過：%1</translation>
    </message>
    <message>
        <source>Reports due: %1</source>
        <translation>報告待ち：%1</translation>
    </message>
</context>
<context>
    <name>jlgc::HandoverPage</name>
    <message>
        <source>Handover</source>
        <translation>引継ぎ</translation>
    </message>
    <message>
        <source>%1 (term ended %2)</source>
        <translation>%1（任期終了：%2）</translation>
    </message>
    <message>
        <source>Research topics</source>
        <translation>調査テーマ</translation>
    </message>
    <message>
        <source>Needs a successor</source>
        <translation>後任未定</translation>
    </message>
    <message>
        <source>Log entries: %1</source>
        <translation>調査記録：%1件</translation>
    </message>
    <message>
        <source>Research log</source>
        <translation>調査記録</translation>
    </message>
    <message>
        <source>Research requests</source>
        <translation>調査依頼</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>視察団</translation>
    </message>
    <message>
        <source>The term of %1 ended on %2.</source>
        <translation>%1 の任期は %2 に終了しました。</translation>
    </message>
    <message>
        <source>%1 serves until %2.</source>
        <translation>%1 の任期は %2 までです。</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) to hand over</source>
        <translation>
            <numerusform>引継ぎが必要な案件：%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n active topic(s) waiting for a successor).</source>
        <translation>
            <numerusform>（うち、後任の決まっていない調査中の調査テーマ%n件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the successor first.</source>
        <translation>先に後任を選択してください。</translation>
    </message>
    <message>
        <source>Officials whose term has ended with active topics:</source>
        <translation>任期が終了し、調査中の調査テーマが残っている派遣職員：</translation>
    </message>
    <message>
        <source>Official:</source>
        <translation>派遣職員：</translation>
    </message>
    <message>
        <source>Type a dispatched official&apos;s name…</source>
        <translation>派遣職員の氏名を入力…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Successor:</source>
        <translation>後任：</translation>
    </message>
    <message>
        <source>Type the successor&apos;s name…</source>
        <translation>後任の氏名を入力…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>引継ぎ…</translation>
    </message>
    <message>
        <source>Give %1 the open topics, open requests and open delegations (those not completed or cancelled) of %2?</source>
        <translation>%2 の未完了の調査テーマ、調査依頼、視察団（完了・中止になっていないもの）を %1 に引き継ぎますか？</translation>
    </message>
    <message>
        <source>Handed over. Topics: %1; requests: %2; delegations: %3.</source>
        <translation>引継ぎが完了しました。調査テーマ：%1件、調査依頼：%2件、視察団：%3件。</translation>
    </message>
    <message>
        <source>Choose a dispatched official, above or from the list on the left, to see the research topics, requests and delegations they hand over.</source>
        <translation>派遣職員を上の欄または左の一覧から選ぶと、その職員が引き継ぐ調査テーマ・調査依頼・視察団が表示されます。</translation>
    </message>
    <message>
        <source>Choose a dispatched official above to see the research topics, requests and delegations they hand over.</source>
        <translation>派遣職員を上の欄で選ぶと、その職員が引き継ぐ調査テーマ・調査依頼・視察団が表示されます。</translation>
    </message>
</context>
<context>
    <name>jlgc::HistoryDialog</name>
    <message>
        <source>&amp;Restore this value</source>
        <translation>この値に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>No changes are recorded for this record yet.</source>
        <translation>このレコードの変更履歴はまだありません。</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>「%1」の履歴</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Write the old value of the chosen change back into the record</source>
        <translation>選択した変更の変更前の値をレコードに書き戻します</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>復元できませんでした</translation>
    </message>
</context>
<context>
    <name>jlgc::HomestayGridModel</name>
    <message>
        <source>Fellow #%1</source>
        <translation>フェロー #%1</translation>
    </message>
    <message numerus="yes">
        <source>Over capacity: %n fellow(s) placed</source>
        <translation>
            <numerusform>定員超過：%n人を割当て</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>room for %n</source>
        <translation>
            <numerusform>受入れ可能%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Double booked: %1 is also placed with another family that night.</source>
        <translation>重複割当て：%1 は同じ夜に別のホストファミリーにも割り当てられています。</translation>
    </message>
    <message>
        <source>No family for: %1</source>
        <translation>ホストファミリー未定：%1</translation>
    </message>
    <message>
        <source>The night of %1</source>
        <translation>%1 の夜</translation>
    </message>
    <message>
        <source>Without a family</source>
        <translation>ホストファミリー未定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a family and the fellows it has room for</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Room for %n fellow(s)</source>
        <translation>
            <numerusform>受入れ可能人数：%n人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jlgc::HomestaysTab</name>
    <message>
        <source>Save the cohort to place its fellows with host families.</source>
        <translation>フェローをホストファミリーに割り当てるには、先に実施年度を保存してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n homestay night(s)</source>
        <translation>
            <numerusform>ホームステイ%n泊</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(-ies) shown</source>
        <translation>
            <numerusform>%n家族を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) over a family&apos;s capacity</source>
        <translation>
            <numerusform>定員超過%n泊</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>重複割当て%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) outside the programme</source>
        <translation>
            <numerusform>プログラム期間外の割当て%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow-night(s) without a family</source>
        <translation>
            <numerusform>ホストファミリー未定 延べ%n人泊</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fellow(s) not placed at all</source>
        <translation>
            <numerusform>割当てのないフェロー%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>every fellow has a family every night</source>
        <translation>全フェローの全泊でホストファミリー決定済み</translation>
    </message>
    <message>
        <source>over capacity or booked twice</source>
        <translation>定員超過・重複割当て</translation>
    </message>
    <message>
        <source>without a family</source>
        <translation>ホストファミリー未定</translation>
    </message>
    <message>
        <source>no homestay that night</source>
        <translation>ホームステイのない夜</translation>
    </message>
    <message>
        <source>Remove homestay</source>
        <translation>ホームステイの削除</translation>
    </message>
    <message>
        <source>Remove the stay of %1 with the %2 (%3)?</source>
        <translation>%1 の %2 でのホームステイ（%3）を削除しますか？</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>ホームステイの割当て</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>フェロー</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>泊数</translation>
    </message>
    <message>
        <source>Accepted warnings</source>
        <translation>確認済みの警告</translation>
    </message>
    <message>
        <source>Place a fellow…</source>
        <translation>フェローの割当て…</translation>
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
        <source>Dates</source>
        <translation>宿泊期間</translation>
    </message>
</context>
<context>
    <name>jlgc::HostFamiliesPage</name>
    <message>
        <source>Host families</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <source>New host family</source>
        <translation>新しいホストファミリー</translation>
    </message>
    <message>
        <source>Fellows hosted: none yet</source>
        <translation>受入れ実績：なし</translation>
    </message>
    <message>
        <source>Fellows hosted (%1)</source>
        <translation>受入れ実績（%1）</translation>
    </message>
    <message>
        <source>Choose the city, town or village, not the whole prefecture.</source>
        <translation>都道府県ではなく、市区町村を選択してください。</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Home and household</source>
        <translation>住まいと家族</translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation>漢字</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>かな</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Address in Japanese (sensitive)</source>
        <translation>住所（日本語・取扱注意）</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>Room for (fellows)</source>
        <translation>受入れ可能人数（フェロー）</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>喫煙</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>ペット</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>バリアフリー</translation>
    </message>
    <message>
        <source>Food the family can provide</source>
        <translation>対応可能な食事</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>受入れ可能な時期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Someone smokes at home</source>
        <translation>家庭内に喫煙者あり</translation>
    </message>
    <message>
        <source>e.g. 鈴木</source>
        <translation>例：鈴木</translation>
    </message>
    <message>
        <source>e.g. すずき</source>
        <translation>例：すずき</translation>
    </message>
    <message>
        <source>e.g. Suzuki</source>
        <translation>例：Suzuki</translation>
    </message>
    <message>
        <source>Type kanji, kana, romaji or a code, e.g. きたいばらき…</source>
        <translation>漢字、かな、ローマ字またはコードを入力（例：きたいばらき）…</translation>
    </message>
    <message>
        <source>Kept out of reports and exports</source>
        <translation>報告書やエクスポートには出力しません</translation>
    </message>
    <message>
        <source>e.g. Japanese, some English</source>
        <translation>例：日本語、簡単な英語</translation>
    </message>
    <message>
        <source>e.g. a cat (empty: none)</source>
        <translation>例：猫 1 匹（空欄の場合はなし）</translation>
    </message>
    <message>
        <source>e.g. step-free entrance, guest room upstairs</source>
        <translation>例：玄関に段差なし、客室は 2 階</translation>
    </message>
    <message>
        <source>e.g. vegetarian meals, no nuts in the house</source>
        <translation>例：ベジタリアン料理に対応、家にナッツ類なし</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家族構成</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>構成員を追加</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>構成員を削除</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>フェロー</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>泊数</translation>
    </message>
    <message>
        <source>The family&apos;s address is shown only to the fellowship coordinator and administrators. Saving keeps it as it is.</source>
        <translation>ホストファミリーの住所は、フェローシップ担当者と管理者にのみ表示されます。保存しても、住所は変わりません。</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>宿泊期間</translation>
    </message>
</context>
<context>
    <name>jlgc::ImportExportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;List to CSV…</source>
        <translation>一覧を CSV にエクスポート(&amp;L)…</translation>
    </message>
    <message>
        <source>Write the records the list shows, as filtered, to a CSV file that Excel opens</source>
        <translation>一覧に表示中のレコードを、絞り込んだ状態のまま、Excel で開ける CSV ファイルに書き出します</translation>
    </message>
    <message>
        <source>Export List to CSV</source>
        <translation>一覧を CSV にエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>%n件のレコードを %1 に書き出しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jlgc::ImportWizard</name>
    <message>
        <source>Import from a CSV File</source>
        <translation>CSV ファイルからのインポート</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>What kind of records does the file hold, and where is it? The columns of each kind are described in the user guide and in docs/import-formats.md.</source>
        <translation>ファイルに含まれるレコードの種類と、ファイルの場所を指定してください。種類ごとの列は、ユーザーガイドと docs/import-formats.md に記載しています。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Kind of record:</source>
        <translation>レコードの種類：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Check that the names read correctly. If they do not, choose another encoding or delimiter.</source>
        <translation>名前が正しく表示されているか確認してください。正しく表示されていない場合は、別の文字コードまたは区切り文字を選択してください。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>文字コード：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>区切り文字：</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, values separated by %2: %n row(s).</source>
        <translation>
            <numerusform>文字コード %1、%2区切りで読み込みました：%n行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some characters could not be read: the file is probably in another encoding.</source>
        <translation>読み込めない文字があります。ファイルが別の文字コードで保存されている可能性があります。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Which field does each column of the file fill? Headers written in English or Japanese are matched for you; your choices are remembered for the next file of this kind.</source>
        <translation>ファイルの各列をどの項目に取り込むか指定してください。英語または日本語の見出しは自動で対応付けます。選択した内容は、次回同じ種類のファイルをインポートする際に引き継がれます。</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>1 行目の値</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（インポートしない）</translation>
    </message>
    <message>
        <source>%1 / %2 (required)</source>
        <translation>%1 / %2（必須）</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>インポートできない行</translation>
    </message>
    <message>
        <source>Each row was checked with the same rules as a record entered by hand.</source>
        <translation>各行は、手入力したレコードと同じ規則で検査しました。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message>
        <source>Leave these rows out and import the others</source>
        <translation>これらの行を除外して、残りの行をインポートする</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>%n行すべてをインポートできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported as they are. Correct the file and start again, or leave them out.</source>
        <translation>
            <numerusform>%n行はこのままではインポートできません。ファイルを修正して最初からやり直すか、これらの行を除外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行の内容</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>新規として追加</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Nothing has been written yet. A backup of the database is taken first; then all the rows are imported, or none.</source>
        <translation>まだ何も書き込んでいません。最初にデータベースのバックアップを作成し、その後すべての行をインポートします（一部の行だけがインポートされることはありません）。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>%1 from %2:</source>
        <translation>%2 から %1：</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>新規レコード%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) completed by merging</source>
        <translation>
            <numerusform>統合により補完するレコード%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>スキップする行%n行</numerusform>
        </translation>
    </message>
    <message>
        <source>These rows still cannot be imported (go back):</source>
        <translation>次の行はまだインポートできません（前の画面に戻ってください）：</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n件のレコードを追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) merged.</source>
        <translation>
            <numerusform>%n件のレコードを統合しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n行をスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup was taken before the import: %1</source>
        <translation>インポート前にバックアップを作成しました：%1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>インポートは行いませんでした。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート完了</translation>
    </message>
    <message>
        <source>As the file&apos;s other dates show</source>
        <translation>ファイル内のほかの日付から判断</translation>
    </message>
    <message>
        <source>Month/day/year (4/1/2020 is April 1, as in the US)</source>
        <translation>月/日/年（4/1/2020 は 4 月 1 日。米国式）</translation>
    </message>
    <message>
        <source>Day/month/year (4/1/2020 is January 4)</source>
        <translation>日/月/年（4/1/2020 は 1 月 4 日）</translation>
    </message>
    <message>
        <source>Year/month/day only</source>
        <translation>年/月/日のみ</translation>
    </message>
    <message>
        <source>Dates such as 4/1/2020 are read as chosen:</source>
        <translation>4/1/2020 のような日付は、選択した書き方で読み取ります：</translation>
    </message>
    <message>
        <source>Each date such as 4/1/2020 in this file can be read only one way:</source>
        <translation>このファイルの 4/1/2020 のような日付は、いずれも一通りにしか読めません：</translation>
    </message>
    <message>
        <source>Dates such as “%1” are read month first, as the file&apos;s other dates show:</source>
        <translation>ファイル内のほかの日付に従い、「%1」のような日付は月が先として読み取ります：</translation>
    </message>
    <message>
        <source>Dates such as “%1” are read day first, as the file&apos;s other dates show:</source>
        <translation>ファイル内のほかの日付に従い、「%1」のような日付は日が先として読み取ります：</translation>
    </message>
    <message>
        <source>Dates such as “%1” can be read two ways, and the file does not tell which: choose how it writes them.</source>
        <translation>「%1」のような日付は二通りに読め、ファイルからはどちらか判断できません。日付の書き方を選んでください。</translation>
    </message>
    <message>
        <source>These rows look like records already on file or like earlier rows of the file (the same name in another script, spelling or spacing counts). For each, choose to skip the row, add it as a new record, or merge it: fill the record&apos;s empty fields from the row.</source>
        <translation>登録済みのレコードやファイル内の前の行と重複しているとみられる行です（文字種・表記・空白の違いは同じ名前とみなします）。行ごとに、スキップ、新規追加、統合（レコードの空欄を行の値で補完）を選んでください。</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>類似</translation>
    </message>
    <message>
        <source>Line %1 of this file (the same row): %2</source>
        <translation>このファイルの%1行目（同じ内容の行）：%2</translation>
    </message>
    <message>
        <source>Line %1 of this file: %2</source>
        <translation>このファイルの%1行目：%2</translation>
    </message>
    <message>
        <source>No row looks like a record already on file or an earlier row.</source>
        <translation>登録済みのレコードや前の行と重複しているとみられる行はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) look like records on file or earlier rows.</source>
        <translation>
            <numerusform>%n行が、登録済みのレコードや前の行と重複しているとみられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as follows (check them):</source>
        <translation>次のとおり読み取りました（確認してください）：</translation>
    </message>
</context>
<context>
    <name>jlgc::ItineraryItemDialog</name>
    <message>
        <source>Edit itinerary item</source>
        <translation>日程表の項目の編集</translation>
    </message>
    <message>
        <source>Add itinerary item</source>
        <translation>日程表の項目の追加</translation>
    </message>
    <message>
        <source>e.g. 9:30</source>
        <translation>例：9:30</translation>
    </message>
    <message>
        <source>e.g. 11:00</source>
        <translation>例：11:00</translation>
    </message>
    <message>
        <source>Type a name or abbreviation…</source>
        <translation>名称または略称を入力…</translation>
    </message>
    <message>
        <source>e.g. Kitaibaraki City Hall</source>
        <translation>例：北茨城市役所</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>内容（英語）</translation>
    </message>
    <message>
        <source>Description (Japanese)</source>
        <translation>内容（日本語）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Host organization</source>
        <translation>受入れ団体</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>The programme runs from %1 to %2.</source>
        <translation>プログラムの期間は %1～%2 です。</translation>
    </message>
    <message>
        <source>Enter the time as hours and minutes, e.g. 14:30.</source>
        <translation>時刻は時と分で入力してください（例：14:30）。</translation>
    </message>
</context>
<context>
    <name>jlgc::ItineraryTab</name>
    <message>
        <source>Tokyo → host area</source>
        <translation>東京 → 受入れ地域</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>東京</translation>
    </message>
    <message>
        <source>Host area</source>
        <translation>受入れ地域</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>%1日目</translation>
    </message>
    <message>
        <source>Save the cohort to plan its itinerary.</source>
        <translation>日程表を作成するには、先に実施年度を保存してください。</translation>
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source>Enter the programme dates above, then plan the itinerary.</source>
        <translation>上の欄でプログラムの期間を入力してから、日程表を作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with nothing planned</source>
        <translation>
            <numerusform>予定のない日%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>every day has a plan</source>
        <translation>全日程に予定あり</translation>
    </message>
    <message>
        <source>Remove itinerary item</source>
        <translation>日程表の項目の削除</translation>
    </message>
    <message>
        <source>Remove “%1” on %2 from the itinerary?</source>
        <translation>%2 の「%1」を日程表から削除しますか？</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>受入れ団体</translation>
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
        <source>Add an item on the selected day</source>
        <translation>選択した日に項目を追加</translation>
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
    <name>jlgc::LogEntryDialog</name>
    <message>
        <source>Edit log entry</source>
        <translation>調査記録の編集</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>調査記録の追加</translation>
    </message>
    <message>
        <source>Add an organization…</source>
        <translation>団体を追加…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>人物を追加…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>一覧から削除</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
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
        <source>Involved</source>
        <translation>関係する団体・人物</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
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
        <translation>変更を取り消す(&amp;V)</translation>
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
    <message>
        <source>&amp;User Guide</source>
        <translation>利用ガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>報告書の出力(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>報告書の印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made.</source>
        <translation>本日のバックアップを作成しました。</translation>
    </message>
    <message>
        <source>No backup could be made: %1</source>
        <translation>バックアップを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>&amp;Go to Page</source>
        <translation>画面へ移動(&amp;G)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（読み取り専用）</translation>
    </message>
    <message>
        <source>%1 is open read-only: the file or its folder cannot be written to, so nothing can be saved.</source>
        <translation>%1 を読み取り専用で開きました。ファイルまたはフォルダーに書き込めないため、保存はできません。</translation>
    </message>
    <message>
        <source>Connect to O&amp;ffice Server…</source>
        <translation>事務所サーバーに接続(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Move to Office Server…</source>
        <translation>事務所サーバーへ移行(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Back Up to a File…</source>
        <translation>ファイルにバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>%1 (office server)</source>
        <translation>%1（事務所サーバー）</translation>
    </message>
    <message>
        <source>The password could not be kept: this computer has no keychain. It will be asked for next time.</source>
        <translation>このパソコンにはキーチェーンがないため、パスワードを保存できませんでした。次回も入力が必要です。</translation>
    </message>
    <message>
        <source>Move to Office Server</source>
        <translation>事務所サーバーへ移行</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移行</translation>
    </message>
    <message>
        <source>Copying the records of %1 onto the office server…</source>
        <translation>%1 のレコードを事務所サーバーに複写しています…</translation>
    </message>
    <message>
        <source>The records of %1 are on the office server now (%2 rows; every table was counted on both sides). The file itself is left as it was; from now on, work on the server, so that colleagues see each other&apos;s changes.

Open the office server now?</source>
        <translation>%1 のレコードを事務所サーバーに移しました（%2行。全テーブルの行数を両側で照合済み）。ファイル自体は元のまま残っています。今後は、職員同士の変更が互いに反映されるよう、サーバー上で作業してください。

今すぐ事務所サーバーを開きますか？</translation>
    </message>
    <message>
        <source>JLGC office %1.sqlite</source>
        <translation>JLGC事務所 %1.sqlite</translation>
    </message>
    <message>
        <source>Back Up to a File</source>
        <translation>ファイルにバックアップ</translation>
    </message>
    <message>
        <source>Copying the office server&apos;s records into %1…</source>
        <translation>事務所サーバーのレコードを %1 に複写しています…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Office server %1/%2 · signed in as %3</source>
        <translation>事務所サーバー %1/%2 · %3 でログイン中</translation>
    </message>
    <message>
        <source>A colleague (or another window) changed the records; the lists are up to date.</source>
        <translation>ほかの職員（または別のウィンドウ）がレコードを変更したため、一覧を最新の状態に更新しました。</translation>
    </message>
    <message>
        <source>Office server %1/%2 · signed in as %3 (%4)</source>
        <translation>事務所サーバー %1/%2 · %3（%4）でログイン中</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>ユーザー(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Access Log…</source>
        <translation>アクセスログ(&amp;A)…</translation>
    </message>
    <message>
        <source>Logins and the access log belong to an office server.</source>
        <translation>ログインとアクセスログは、事務所サーバーで使う機能です。</translation>
    </message>
    <message>
        <source>Only an administrator of the office server may do this.</source>
        <translation>この操作は、事務所サーバーの管理者のみ行えます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a kind of record and how many there are</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>jlgc::MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>団員の編集</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>団員の追加</translation>
    </message>
    <message>
        <source>Edit interpreter</source>
        <translation>通訳の編集</translation>
    </message>
    <message>
        <source>Add interpreter</source>
        <translation>通訳の追加</translation>
    </message>
    <message>
        <source>Type a name in any script…</source>
        <translation>氏名を入力（漢字・かな・ローマ字のいずれでも可）…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>e.g. consecutive, Japanese–English, agency</source>
        <translation>例：逐次通訳、日英、派遣会社経由</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>e.g. 兵庫県副知事</source>
        <translation>例：兵庫県副知事</translation>
    </message>
    <message>
        <source>e.g. Vice-Governor of Hyogo Prefecture</source>
        <translation>例：Vice-Governor of Hyogo Prefecture</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>役職（日本語）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>役職（英語）</translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation>人物は一覧から選択してください。</translation>
    </message>
</context>
<context>
    <name>jlgc::MyResearchPage</name>
    <message>
        <source>Research log</source>
        <translation>調査記録</translation>
    </message>
    <message>
        <source>Save the topic first, then add to its log.</source>
        <translation>調査記録を追加するには、先に調査テーマを保存してください。</translation>
    </message>
    <message>
        <source>Remove this log entry?</source>
        <translation>この調査記録を削除しますか？</translation>
    </message>
    <message>
        <source>My research</source>
        <translation>自分の調査</translation>
    </message>
    <message>
        <source>New research topic</source>
        <translation>新しい調査テーマ</translation>
    </message>
    <message>
        <source>Official:</source>
        <translation>派遣職員：</translation>
    </message>
    <message>
        <source>Choose yourself (remembered)</source>
        <translation>自分を選択（次回以降も記憶します）</translation>
    </message>
    <message>
        <source>Research topic</source>
        <translation>調査テーマ</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>派遣職員</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. housing, welfare</source>
        <translation>読点またはカンマで区切って入力（例：住宅、福祉）</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>成果物</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公表日</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>成果物を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Organizations and people</source>
        <translation>団体・人物</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>調査記録を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Report %1: &quot;%2&quot; is not a date. Write it as 2026-03-31.</source>
        <translation>成果物 %1：「%2」は日付ではありません。2026-03-31 の形式で入力してください。</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <comment>of a research topic or report</comment>
        <translation>題名（日本語）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <comment>of a research topic or report</comment>
        <translation>題名（英語）</translation>
    </message>
</context>
<context>
    <name>jlgc::OfficerDialog</name>
    <message>
        <source>Edit officer</source>
        <translation>役員の編集</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>役員の追加</translation>
    </message>
    <message>
        <source>Type a name in any script…</source>
        <translation>氏名を入力（漢字・かな・ローマ字のいずれでも可）…</translation>
    </message>
    <message>
        <source>e.g. Events coordinator</source>
        <translation>例：イベント担当</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Name of the office</source>
        <translation>役職名</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>任期開始日</translation>
    </message>
    <message>
        <source>Term until</source>
        <translation>任期終了日</translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation>人物は一覧から選択してください。</translation>
    </message>
    <message>
        <source>Name the office.</source>
        <translation>役職名を入力してください。</translation>
    </message>
    <message>
        <source>The term ends before it begins.</source>
        <translation>任期終了日が任期開始日より前になっています。</translation>
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
    <name>jlgc::OverrideDialog</name>
    <message>
        <source>Pay more than approved?</source>
        <translation>承認額を超えて支払いますか？</translation>
    </message>
    <message>
        <source>The disbursements to %1 for %2 come to %3, more than the %4 approved. To save them, record who allowed paying more and why; the record is kept with the funding.</source>
        <translation>%2の%1への支払額の合計は %3 となり、承認額 %4 を超えています。保存するには、承認額を超える支払を認めた承認者とその理由を記録してください。この記録は助成のレコードと一緒に保存されます。</translation>
    </message>
    <message>
        <source>this chapter</source>
        <translation>この支部</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Say who allowed it and why.</source>
        <translation>承認者と理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>jlgc::ParticipantDialog</name>
    <message>
        <source>Type any part of the name…</source>
        <translation>名前の一部を入力…</translation>
    </message>
    <message>
        <source>e.g. co-host, booth staff, speaker</source>
        <translation>例：共催、ブース担当、講演者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>一覧から選択してください。</translation>
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
        <source>%1 — %2</source>
        <translation>%1年度 — %2</translation>
    </message>
    <message>
        <source>CLAIR Fellowship</source>
        <translation>CLAIRフェローシップ</translation>
    </message>
</context>
<context>
    <name>jlgc::PlacementDialog</name>
    <message>
        <source>Edit homestay</source>
        <translation>ホームステイの編集</translation>
    </message>
    <message>
        <source>Place a fellow with a family</source>
        <translation>フェローのホストファミリーへの割当て</translation>
    </message>
    <message>
        <source>Choose a fellow…</source>
        <translation>フェローを選択…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Type the family name in kanji, kana or romaji…</source>
        <translation>姓を漢字、かなまたはローマ字で入力…</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>フェロー</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <source>First night</source>
        <translation>最初の宿泊日</translation>
    </message>
    <message>
        <source>Last night</source>
        <translation>最後の宿泊日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Check this homestay</source>
        <translation>ホームステイの確認</translation>
    </message>
    <message>
        <source>Please check before saving this homestay:</source>
        <translation>このホームステイを保存する前に、次の点を確認してください：</translation>
    </message>
    <message>
        <source>Save it anyway? The warnings are recorded as accepted.</source>
        <translation>このまま保存しますか？ 警告は確認済みとして記録されます。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>このまま保存</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
</context>
<context>
    <name>jlgc::RecordPage</name>
    <message>
        <source>Choose a record in the list, or create a new one.</source>
        <translation>一覧からレコードを選択するか、新しいレコードを作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2件中%1件を表示</translation>
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
        <translation>変更を取り消す(&amp;V)</translation>
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
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Every change to this record: when, who, and the values before and after</source>
        <translation>このレコードのすべての変更（日時、変更者、変更前後の値）</translation>
    </message>
    <message>
        <source>Delete “%1”?

It goes to the Trash (View → Trash), from which it can be restored.</source>
        <translation>「%1」を削除しますか？

削除したレコードはごみ箱（「表示」→「ごみ箱」）に移され、そこから復元できます。</translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation>こちらの変更を保存</translation>
    </message>
    <message>
        <source>Save your changes over their version; what they changed in other fields stays</source>
        <translation>他の利用者の版にこちらの変更を上書き保存します（他の項目に対する他の利用者の変更は残ります）</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1&#x3000;%2：</translation>
    </message>
    <message>
        <source>What they changed since you opened the record (the value you saw → their value):</source>
        <translation>記録を開いた後に他の利用者が変更した内容（開いた時点の値 → 変更後の値）：</translation>
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
            <numerusform>%n自治体</numerusform>
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
    <name>jlgc::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>報告書の出力</translation>
    </message>
    <message>
        <source>Both: 日本語 above English</source>
        <translation>日英併記（日本語の下に英語）</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>A4 (for Japan)</source>
        <translation>A4（日本向け）</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>All, or type a name to choose one</source>
        <translation>すべて（名前を入力すると 1 件を選択できます）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象レコード</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>レコード ID</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF を出力</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>報告書を選択してください。</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>先にデータベースを開いてください。</translation>
    </message>
    <message>
        <source>Choose the record the report is about.</source>
        <translation>報告書の対象となるレコードを選択してください。</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>報告書の保存先</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>報告書の保存先を指定してください。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 は既に存在します。置き換えますか？</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>報告書を %1 として保存しました。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>報告書の印刷</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>実施年度</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>視察団</translation>
    </message>
    <message>
        <source>Research topic</source>
        <translation>調査テーマ</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>登録なし</translation>
    </message>
</context>
<context>
    <name>jlgc::ResearchRequestTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>期限超過（%n日）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jlgc::ResearchRequestsPage</name>
    <message>
        <source>Research requests</source>
        <translation>調査依頼</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: this request was due on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>期限超過：この調査依頼の回答期限は %1 でした（%n日経過）。</numerusform>
        </translation>
    </message>
    <message>
        <source>New research request</source>
        <translation>新しい調査依頼</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>すべての調査依頼</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未完了の調査依頼</translation>
    </message>
    <message>
        <source>Overdue requests</source>
        <translation>期限超過の調査依頼</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>依頼内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>From</source>
        <translation>依頼元</translation>
    </message>
    <message>
        <source>or organization</source>
        <translation>団体（自治体以外）</translation>
    </message>
    <message>
        <source>Question (Japanese)</source>
        <translation>照会事項（日本語）</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>照会事項（英語）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Answer summary</source>
        <translation>回答要旨</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Prefecture or municipality, e.g. 茨城県</source>
        <translation>都道府県または市区町村（例：茨城県）</translation>
    </message>
    <message>
        <source>A ministry or other body, if not a local government</source>
        <translation>地方自治体以外の場合は、省庁などの団体</translation>
    </message>
    <message>
        <source>Type a staff member&apos;s name…</source>
        <translation>職員の氏名を入力…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>情報源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
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
            <numerusform>%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jlgc::SourceDialog</name>
    <message>
        <source>Source of the answer</source>
        <translation>回答の情報源</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>ウェブアドレス</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>jlgc::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新しい職員</translation>
    </message>
    <message>
        <source>Post in the office</source>
        <translation>所内での職務</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>職員区分</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>派遣元</translation>
    </message>
    <message>
        <source>or organization</source>
        <translation>団体（自治体以外）</translation>
    </message>
    <message>
        <source>Position (Japanese)</source>
        <translation>職名（日本語）</translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation>職名（英語）</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>任期開始日</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期終了日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>氏名を入力…</translation>
    </message>
    <message>
        <source>Prefecture or municipality, e.g. 兵庫県</source>
        <translation>都道府県または市区町村（例：兵庫県）</translation>
    </message>
    <message>
        <source>A ministry or other body, if not a local government</source>
        <translation>地方自治体以外の場合は、省庁などの団体</translation>
    </message>
    <message>
        <source>e.g. 所長補佐</source>
        <translation>例：所長補佐</translation>
    </message>
    <message>
        <source>e.g. Assistant Director</source>
        <translation>例：Assistant Director</translation>
    </message>
</context>
<context>
    <name>jlgc::StaffTableModel</name>
    <message>
        <source>Term ended</source>
        <translation>任期終了</translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation>着任前</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>在任中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>職員区分</translation>
    </message>
    <message>
        <source>Sending government</source>
        <translation>派遣元</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職名</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>任期開始日</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>任期終了日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>jlgc::TopicTableModel</name>
    <message>
        <source>Active — needs a successor</source>
        <translation>調査中 — 後任未定</translation>
    </message>
    <message>
        <source>The term of %1 ended on %2; hand this topic over to a successor.</source>
        <translation>%1 の任期は %2 に終了しました。この調査テーマを後任に引き継いでください。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>調査テーマ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>派遣職員</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>調査記録件数</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>jlgc::TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>ごみ箱を空にする(&amp;E)…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ごみ箱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>削除者</translation>
    </message>
    <message>
        <source>Put the chosen record back, with everything it held</source>
        <translation>選択したレコードを、含まれていた内容もすべて元の状態に戻します</translation>
    </message>
    <message numerus="yes">
        <source>(with %n part(s))</source>
        <translation>
            <numerusform>（関連項目%n件を含む）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>復元できませんでした</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ごみ箱を空にする</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n record(s) in the Trash for good? They cannot be restored afterwards (backups still hold them).</source>
        <translation>
            <numerusform>ごみ箱内の%n件のレコードを完全に削除しますか？ 削除後は復元できません（バックアップには残っています）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash not emptied</source>
        <translation>ごみ箱を空にできませんでした</translation>
    </message>
</context>
<context>
    <name>jlgc::UserGuideWindow</name>
    <message>
        <source>The user guide is missing from this copy of JLGC Desk.</source>
        <translation>この JLGC Desk には利用ガイドが含まれていません。</translation>
    </message>
    <message>
        <source>JLGC Desk User Guide</source>
        <translation>JLGC Desk 利用ガイド</translation>
    </message>
</context>
<context>
    <name>jlgc::UsersDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>権限を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <source>Users of the Office Server</source>
        <translation>事務所サーバーのユーザー</translation>
    </message>
    <message>
        <source>Each colleague signs in with a login of their own. Its role decides what the office server lets it read and change: read only (interns, visitors), staff, fellowship coordinator (also fellows&apos; medical and dietary notes, emergency contacts and host families&apos; addresses) or administrator (also logins, the access log and erasing personal data).</source>
        <translation>職員はそれぞれ自分のログインでサインインします。ログインの権限によって、事務所サーバーで閲覧・変更できる範囲が決まります。閲覧のみ（インターン、来訪者）、職員、フェローシップ担当（フェローの医療上の注意・食事の配慮・緊急連絡先、ホストファミリーの住所も閲覧可）、管理者（ログイン、アクセスログ、個人情報の消去も可）の四つです。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>ログイン可</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>有効にする(&amp;E)</translation>
    </message>
    <message>
        <source>Your own login is changed by another administrator.</source>
        <translation>自分のログインの変更は、ほかの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Add a Login</source>
        <translation>ログインの追加</translation>
    </message>
    <message>
        <source>e.g. akiko.sato</source>
        <translation>例：akiko.sato</translation>
    </message>
    <message>
        <source>Empty: one is made up and shown once</source>
        <translation>空欄の場合は自動で作成し、一度だけ表示します</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Login Added</source>
        <translation>ログインを追加しました</translation>
    </message>
    <message>
        <source>The login %1 was added. Its one-time password is below: tell it to %1 in person, and ask them to change it. It is not shown again.</source>
        <translation>ログイン %1 を追加しました。初回用パスワードは下記のとおりです。%1 さんに直接伝え、変更してもらってください。このパスワードは再表示されません。</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>権限の変更</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 の権限：</translation>
    </message>
    <message>
        <source>Disable Login</source>
        <translation>ログインの無効化</translation>
    </message>
    <message>
        <source>Disable the login %1? It can no longer connect; its history stays.</source>
        <translation>ログイン %1 を無効にしますか？ 接続できなくなりますが、変更履歴はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::AffiliationFormat</name>
    <message>
        <source>Sister-city affiliations</source>
        <translation>姉妹都市提携</translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::ChapterFormat</name>
    <message>
        <source>JETAA chapters</source>
        <translation>JETAA支部</translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::DelegationFormat</name>
    <message>
        <source>Delegations</source>
        <translation>視察団</translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::FellowFormat</name>
    <message>
        <source>CLAIR fellows</source>
        <translation>CLAIRフェロー</translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::HostFamilyFormat</name>
    <message>
        <source>Host families</source>
        <translation>ホストファミリー</translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::OrganizationFormat</name>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::PersonFormat</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
</context>
<context>
    <name>jlgc::csvformats::ResearchRequestFormat</name>
    <message>
        <source>Research requests</source>
        <translation>調査依頼</translation>
    </message>
</context>
</TS>
