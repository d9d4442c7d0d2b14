<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>About JLGC Desk</source>
        <translation>JLGC Desk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;JLGC Desk %1&lt;/h3&gt;&lt;p&gt;The records desk of the Japan Local Government Center (CLAIR New York): delegations, the CLAIR Fellowship, JET alumni chapters, sister-city affiliations, partners and events.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0) and SQLite. Reference data: Japanese local government codes from the Ministry of Internal Affairs and Communications via nobuf/list-of-cities-in-japan (MIT), readings from code4fukui/localgovjp (CC0), romaji from piuccio/open-data-jp-municipalities (MIT), US and Canadian subdivisions from Debian&apos;s iso-codes (LGPL-2.1+).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JLGC Desk %1&lt;/h3&gt;&lt;p&gt;自治体国際化協会ニューヨーク事務所（CLAIR ニューヨーク）の記録管理システムです。視察団、CLAIRフェローシップ、JETAA支部、姉妹都市提携、関係団体、イベントの記録を管理します。&lt;/p&gt;&lt;p&gt;MIT ライセンスで公開しています。&lt;/p&gt;&lt;p&gt;Qt %2（LGPL-3.0）および SQLite を使用しています。参照データ：総務省の全国地方公共団体コード（nobuf/list-of-cities-in-japan 経由、MIT）、読み（code4fukui/localgovjp、CC0）、ローマ字表記（piuccio/open-data-jp-municipalities、MIT）、米国・カナダの州・準州等（Debian の iso-codes、LGPL-2.1+）。&lt;/p&gt;</translation>
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
</TS>
