// Logins and roles on an office server (issue 18): what each role may read
// and write, checked through the application and through plain SQL as that
// login, the way a colleague in psql would try it.
#include "domain/cohort.h"
#include "domain/fellow.h"
#include "domain/hostfamily.h"
#include "io/csvexport.h"
#include "io/csvformat.h"
#include "io/csvimport.h"
#include "reports/reporterror.h"
#include "reports/reportregistry.h"
#include "storage/accesslog.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/fellowrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/personrepository.h"
#include "storage/server/officelogins.h"
#include "storage/server/serveraddress.h"
#include "storage/trash.h"
#include "support/testsupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

// What a statement did as a login: its rows, or the server's refusal.
struct Outcome {
    bool ok = false;
    QString error;
    QStringList rows;
};

Outcome sqlAs(const QString& address, const QString& login, const QString& password,
              const QString& sql)
{
    const QString name = QStringLiteral("jlgc-test-as-") + login;
    Outcome result;
    {
        const QUrl url(address);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(login);
        db.setPassword(password);
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            result.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            result.ok = q.exec(sql);
            result.error = q.lastError().text();
            while (result.ok && q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                result.rows << values.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Logins are the whole server's: each test names its own, and drops them.
struct Colleagues {
    QString address;
    Database& admin;
    QHash<OfficeRole, QString> names;
    QHash<OfficeRole, QString> passwords;

    Colleagues(const QString& a, Database& db) : address(a), admin(db)
    {
        const QString run = QString::number(QRandomGenerator::global()->bounded(100000000));
        OfficeLogins logins(admin);
        for (OfficeRole role : {OfficeRole::ReadOnly, OfficeRole::Staff, OfficeRole::Fellowship}) {
            const QString name =
                QStringLiteral("t%1_%2").arg(run, ServerRoles::code(role).remove(QLatin1Char('-')));
            names.insert(role, name);
            passwords.insert(role, logins.add(name, role));
            ServerAddress::rememberPassword(test::addressAs(address, name), passwords.value(role));
        }
    }
    ~Colleagues()
    {
        for (const QString& name : std::as_const(names))
            test::serverExec(address, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(name));
    }
    Outcome sql(OfficeRole role, const QString& statement) const
    {
        return sqlAs(address, names.value(role), passwords.value(role), statement);
    }
    QString addressOf(OfficeRole role) const { return test::addressAs(address, names.value(role)); }
};

struct Records {
    FellowId fellow = 0;
    HostFamilyId family = 0;
    CohortId cohort = 0;

    explicit Records(Database& db)
    {
        Cohort c;
        c.year = 2026;
        cohort = CohortRepository(db).add(c).id;
        Person p;
        p.name.familyKanji = QStringLiteral("髙橋");
        p.name.family = QStringLiteral("Takahashi");
        p.name.given = QStringLiteral("Ren");
        Fellow f;
        f.cohortId = cohort;
        f.personId = PersonRepository(db).add(p).id;
        f.status = FellowStatus::Confirmed;
        f.statusDate = QDate(2026, 5, 1);
        f.titleAtTime = QStringLiteral("Planner");
        f.medicalNotes = QStringLiteral("ピーナッツアレルギー (EpiPen)");
        f.dietaryNotes = QStringLiteral("halal");
        f.emergencyContactName = QStringLiteral("Sam Takahashi");
        fellow = FellowRepository(db).add(f).id;
        HostFamily h;
        h.familyNameKanji = QStringLiteral("𠮷田");
        h.familyNameRomaji = QStringLiteral("Yoshida");
        h.capacity = 1;
        h.addressJa = QStringLiteral("茨城県北茨城市磯原町1-2");
        family = HostFamilyRepository(db).add(h).id;
    }
};

bool refused(const Outcome& o)
{
    return !o.ok && o.error.contains(QStringLiteral("permission denied"), Qt::CaseInsensitive);
}

} // namespace

TEST_CASE("Each role reads and writes what it may, and the server refuses the rest to the same "
          "login in plain SQL",
          "[.][server][roles]")
{
    const QString address = test::emptyServerDatabase();
    Database admin(address);
    const Records records(admin);
    const Colleagues colleagues(address, admin);

    // The logins, each with its role.
    const QList<OfficeLogin> listed = OfficeLogins(admin).list();
    for (OfficeRole role : {OfficeRole::ReadOnly, OfficeRole::Staff, OfficeRole::Fellowship}) {
        const auto it = std::find_if(listed.begin(), listed.end(), [&](const OfficeLogin& l) {
            return l.name == colleagues.names.value(role);
        });
        REQUIRE(it != listed.end());
        CHECK(it->role == role);
        CHECK(it->canLogIn);
    }

    const QString fellowId = QString::number(records.fellow);
    SECTION("Plain SQL: staff and read only never see a medical note, the fellowship does")
    {
        for (OfficeRole role : {OfficeRole::ReadOnly, OfficeRole::Staff}) {
            CAPTURE(ServerRoles::code(role));
            CHECK(
                refused(colleagues.sql(role, QStringLiteral("SELECT medical_notes FROM fellow"))));
            CHECK(refused(colleagues.sql(role, QStringLiteral("SELECT * FROM fellow"))));
            CHECK(refused(colleagues.sql(role, QStringLiteral("SELECT address_ja FROM "
                                                              "host_family"))));
            CHECK(colleagues.sql(role, QStringLiteral("SELECT title FROM fellow")).rows ==
                  QStringList{QStringLiteral("Planner")});
            // Nor through the history or the Trash, which copy whole rows.
            const Outcome history = colleagues.sql(
                role, QStringLiteral("SELECT new_values FROM change_log WHERE table_name = "
                                     "'fellow'"));
            CHECK(history.ok);
            CHECK(history.rows.isEmpty());
            CHECK(colleagues
                      .sql(role, QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                "table_name = 'person'"))
                      .rows == QStringList{QStringLiteral("1")});
        }
        const Outcome medical = colleagues.sql(OfficeRole::Fellowship,
                                               QStringLiteral("SELECT medical_notes FROM fellow"));
        CHECK(medical.rows == QStringList{QStringLiteral("ピーナッツアレルギー (EpiPen)")});
        CHECK(colleagues
                  .sql(OfficeRole::Fellowship,
                       QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = "
                                      "'fellow' AND new_values LIKE '%EpiPen%'"))
                  .rows == QStringList{QStringLiteral("1")});
    }

    SECTION("Plain SQL: read only writes nothing; staff writes records but no personal data, and "
            "no history in another's name")
    {
        CHECK(refused(colleagues.sql(OfficeRole::ReadOnly,
                                     QStringLiteral("UPDATE fellow SET title = 'x' WHERE id = ") +
                                         fellowId)));
        CHECK(refused(colleagues.sql(OfficeRole::ReadOnly, QStringLiteral("DELETE FROM person"))));
        CHECK(colleagues
                  .sql(OfficeRole::Staff,
                       QStringLiteral("UPDATE fellow SET title = 'Senior planner' WHERE id = ") +
                           fellowId)
                  .ok);
        CHECK(refused(colleagues.sql(OfficeRole::Staff,
                                     QStringLiteral("UPDATE fellow SET medical_notes = NULL "
                                                    "WHERE id = ") +
                                         fellowId)));
        const Outcome forged = colleagues.sql(
            OfficeRole::Staff,
            QStringLiteral("INSERT INTO change_log (changed_at, os_user, table_name, record_id, "
                           "action) VALUES ('2026-01-01', 'someone_else', 'person', 1, "
                           "'update')"));
        // Only the triggers write history and the Trash, in anyone's name.
        CHECK(refused(forged));
        CHECK(refused(colleagues.sql(OfficeRole::Staff,
                                     QStringLiteral("INSERT INTO change_log (changed_at, os_user, "
                                                    "table_name, record_id, action) VALUES "
                                                    "('2026-01-01', session_user, 'person', 1, "
                                                    "'update')"))));
        CHECK(refused(colleagues.sql(OfficeRole::Staff,
                                     QStringLiteral("INSERT INTO trash_row (entry_id, table_name, "
                                                    "data) VALUES (1, 'fellow', '{}')"))));
        CHECK(refused(colleagues.sql(OfficeRole::Staff,
                                     QStringLiteral("UPDATE change_log SET new_values = NULL"))));
        // The staff login's change is in the history under its own name.
        CHECK(test::rows(admin, QStringLiteral("SELECT os_user FROM change_log WHERE table_name = "
                                               "'fellow' AND action = 'update'")) ==
              QStringList{colleagues.names.value(OfficeRole::Staff)});
        // The note was not touched.
        CHECK(test::rows(admin, QStringLiteral("SELECT medical_notes, title FROM fellow")) ==
              QStringList{QStringLiteral("ピーナッツアレルギー (EpiPen)|Senior planner")});
    }

    SECTION("Through the application: the window's statements leave out what the role withholds")
    {
        Database staff(colleagues.addressOf(OfficeRole::Staff));
        CHECK(staff.officeRole() == QStringLiteral("staff"));
        CHECK(staff.hidesPersonalData());
        CHECK_FALSE(staff.isReadOnly());
        Fellow f = *FellowRepository(staff).find(records.fellow);
        CHECK(f.medicalNotes.isEmpty());
        CHECK(f.dietaryNotes.isEmpty());
        CHECK(f.emergencyContactName.isEmpty());
        CHECK(f.titleAtTime == QStringLiteral("Planner"));
        f.titleAtTime = QStringLiteral("Director");
        FellowRepository(staff).update(f); // keeps the notes it could not see
        HostFamily h = *HostFamilyRepository(staff).find(records.family);
        CHECK(h.addressJa.isEmpty());
        CHECK(h.familyNameKanji == QStringLiteral("𠮷田"));
        h.notes = QStringLiteral("駅まで送迎あり");
        HostFamilyRepository(staff).update(h);
        // A new fellow by staff: written without the withheld columns.
        Person p;
        p.name.family = QStringLiteral("Okafor");
        Fellow added;
        added.cohortId = records.cohort;
        added.personId = PersonRepository(staff).add(p).id;
        added.status = FellowStatus::Nominated;
        added.statusDate = QDate(2026, 6, 1);
        const FellowId addedId = FellowRepository(staff).add(added).id;
        CHECK(addedId > 0);

        Database fellowship(colleagues.addressOf(OfficeRole::Fellowship));
        CHECK(fellowship.officeRole() == QStringLiteral("fellowship"));
        CHECK_FALSE(fellowship.hidesPersonalData());
        const Fellow seen = *FellowRepository(fellowship).find(records.fellow);
        CHECK(seen.medicalNotes == QStringLiteral("ピーナッツアレルギー (EpiPen)"));
        CHECK(seen.dietaryNotes == QStringLiteral("halal"));
        CHECK(seen.emergencyContactName == QStringLiteral("Sam Takahashi"));
        CHECK(seen.titleAtTime == QStringLiteral("Director"));
        const HostFamily family = *HostFamilyRepository(fellowship).find(records.family);
        CHECK(family.addressJa == QStringLiteral("茨城県北茨城市磯原町1-2"));
        CHECK(family.notes == QStringLiteral("駅まで送迎あり"));

        // Reports and exports with personal data: refused to staff, given
        // to the fellowship.
        ReportOptions options;
        options.id = records.cohort;
        const ReportInfo* medical = ReportRegistry::find(QStringLiteral("fellowship-medical"));
        REQUIRE(medical);
        CHECK_THROWS_AS(ReportRegistry::build(staff, *medical, options), ReportError);
        CHECK(ReportRegistry::build(fellowship, *medical, options));
        const CsvFormat* fellows = CsvFormat::forSearchKind(QStringLiteral("fellow"));
        REQUIRE(fellows);
        const QList<qint64> ids = fellows->allIds(staff);
        CHECK_THROWS_AS(CsvExport::exportRecords(staff, *fellows, ids, true), StorageError);
        CHECK_FALSE(QString::fromUtf8(CsvExport::exportRecords(staff, *fellows, ids, false))
                        .contains(QStringLiteral("EpiPen")));
        CHECK(QString::fromUtf8(CsvExport::exportRecords(fellowship, *fellows, ids, true))
                  .contains(QStringLiteral("EpiPen")));

        // The access log: the coordinator's export and report, named with
        // the login and the number of fellows; staff's export without
        // personal data is not in it. Only an administrator reads it.
        const QList<AccessEntry> log = AccessLog(admin).list();
        REQUIRE(log.size() == 2);
        CHECK(log[0].what == QStringLiteral("export fellows"));
        CHECK(log[0].login == colleagues.names.value(OfficeRole::Fellowship));
        CHECK(log[0].records == 2);
        CHECK(log[1].what == QStringLiteral("report fellowship-medical"));
        CHECK(log[1].detail == QStringLiteral("--id %1").arg(records.cohort));
        CHECK(log[1].records == 2);
        CHECK(log[1].at.secsTo(QDateTime::currentDateTimeUtc()) < 600);
        CHECK_THROWS_AS(AccessLog(fellowship).list(), StorageError);
        CHECK(
            refused(colleagues.sql(OfficeRole::Staff, QStringLiteral("SELECT * FROM access_log"))));
        // An entry's login and time are the server's, whatever is written.
        CHECK(colleagues
                  .sql(OfficeRole::Staff,
                       QStringLiteral("INSERT INTO access_log (at, login, what, records) VALUES "
                                      "('2020-01-01', 'someone_else', 'export people', 1)"))
                  .ok);
        CHECK(test::rows(admin, QStringLiteral("SELECT login, at > '2026' FROM access_log WHERE "
                                               "what = 'export people'")) ==
              QStringList{colleagues.names.value(OfficeRole::Staff) + QStringLiteral("|true")});
        CHECK(AccessLog::toCsv(log).contains("report fellowship-medical"));
        // A copy into a file holds everyone's personal data: refused to
        // staff, logged for the coordinator.
        test::TempDir dir;
        {
            Database file(dir.path(QStringLiteral("staff.sqlite")));
            CHECK_THROWS_AS(DatabaseCopy::copy(staff, file), StorageError);
        }
        {
            Database file(dir.path(QStringLiteral("coordinator.sqlite")));
            DatabaseCopy::copy(fellowship, file);
            CHECK(FellowRepository(file).find(records.fellow)->medicalNotes ==
                  QStringLiteral("ピーナッツアレルギー (EpiPen)"));
        }
        const AccessEntry backup = AccessLog(admin).list().front();
        CHECK(backup.what == QStringLiteral("backup"));
        CHECK(backup.detail.endsWith(QStringLiteral("coordinator.sqlite")));
        CHECK(backup.records == 5); // 2 people, 2 fellows, 1 host family

        // An import by staff with a personal column: refused before anything.
        {
            CsvImport import(staff, *fellows);
            REQUIRE(import.loadBytes(
                QStringLiteral("Year,Family name (Latin),Medical notes\r\n2026,Okafor,asthma\r\n")
                    .toUtf8(),
                CsvEncoding::Utf8, QLatin1Char(',')));
            CHECK(import.mappingProblems()
                      .join(QLatin1Char(' '))
                      .contains(
                          QStringLiteral("personal data that your login's role may not write")));
            CsvImport theirs(fellowship, *fellows);
            REQUIRE(theirs.loadBytes(
                QStringLiteral("Year,Family name (Latin),Medical notes\r\n2026,Okafor,asthma\r\n")
                    .toUtf8(),
                CsvEncoding::Utf8, QLatin1Char(',')));
            CHECK_FALSE(theirs.mappingProblems()
                            .join(QLatin1Char(' '))
                            .contains(QStringLiteral("personal data")));
        }
        // A fellow in the Trash: staff may neither restore nor remove the
        // entry (its row is withheld from them); the coordinator restores it.
        FellowRepository(fellowship).remove(addedId);
        const qint64 entry = Trash(fellowship).list().front().id;
        CHECK_THROWS_AS(Trash(staff).restore(entry), StorageError);
        CHECK_THROWS_AS(Trash(staff).remove(entry), StorageError);
        Trash(staff).empty(); // leaves what it may not see
        CHECK(Trash(fellowship).count() == 1);
        Trash(fellowship).restore(entry);
        CHECK(FellowRepository(fellowship).find(addedId).has_value());

        // Read only: opened read-only, every save refused before the server.
        Database intern(colleagues.addressOf(OfficeRole::ReadOnly));
        CHECK(intern.officeRole() == QStringLiteral("read-only"));
        CHECK(intern.isReadOnly());
        CHECK(intern.hidesPersonalData());
        CHECK(FellowRepository(intern).find(records.fellow)->medicalNotes.isEmpty());
        Person visitor;
        visitor.name.family = QStringLiteral("Visitor");
        CHECK_THROWS_AS(PersonRepository(intern).add(visitor), StorageError);
    }

    SECTION("A disabled login cannot connect; a new role takes effect at the next connection")
    {
        OfficeLogins logins(admin);
        const QString staffName = colleagues.names.value(OfficeRole::Staff);
        logins.disable(staffName);
        CHECK_FALSE(logins.find(staffName)->canLogIn);
        CHECK_THROWS_AS(Database(colleagues.addressOf(OfficeRole::Staff)), StorageError);
        CHECK_FALSE(colleagues.sql(OfficeRole::Staff, QStringLiteral("SELECT 1")).ok);
        logins.enable(staffName);
        logins.setRole(staffName, OfficeRole::Fellowship);
        CHECK(logins.find(staffName)->role == OfficeRole::Fellowship);
        Database promoted(colleagues.addressOf(OfficeRole::Staff));
        CHECK(promoted.officeRole() == QStringLiteral("fellowship"));
        CHECK(FellowRepository(promoted).find(records.fellow)->medicalNotes ==
              QStringLiteral("ピーナッツアレルギー (EpiPen)"));
    }

    SECTION("Only an administrator manages logins")
    {
        Database staff(colleagues.addressOf(OfficeRole::Staff));
        OfficeLogins asStaff(staff);
        CHECK_THROWS_AS(asStaff.add(QStringLiteral("intruder"), OfficeRole::Administrator),
                        StorageError);
        // Refused by the server (another's login; one's own is refused before).
        CHECK_THROWS_AS(asStaff.setRole(colleagues.names.value(OfficeRole::ReadOnly),
                                        OfficeRole::Administrator),
                        StorageError);
        CHECK(OfficeLogins(admin).find(colleagues.names.value(OfficeRole::ReadOnly))->role ==
              OfficeRole::ReadOnly);
        CHECK_FALSE(OfficeLogins(admin).find(QStringLiteral("intruder")));
        CHECK(OfficeLogins(admin).find(colleagues.names.value(OfficeRole::Staff))->role ==
              OfficeRole::Staff);
        CHECK_FALSE(OfficeLogins::nameProblem(QStringLiteral("jlgc_staff")).isEmpty());
        CHECK_FALSE(OfficeLogins::nameProblem(QStringLiteral("Robert'); DROP")).isEmpty());
        CHECK(OfficeLogins::nameProblem(QStringLiteral("akiko.sato")).isEmpty());
    }
}

TEST_CASE("A statement as a login without personal data: read as empty, left out when written",
          "[roles]")
{
    CHECK(ServerRoles::withheldColumns()
              .value(QStringLiteral("fellow"))
              .contains(QStringLiteral("medical_notes")));
    CHECK(ServerRoles::withheldColumns().value(QStringLiteral("host_family")) ==
          QStringList{QStringLiteral("address_ja")});
    CHECK(ServerRoles::withheld(QStringLiteral("SELECT f.id, coalesce(f.medical_notes,''), "
                                               "f.title FROM fellow f")) ==
          QStringLiteral("SELECT f.id, coalesce(NULL,''), f.title FROM fellow f"));
    CHECK(ServerRoles::withheld(QStringLiteral("UPDATE fellow SET title = :title, "
                                               "medical_notes = :medical, notes = :notes WHERE "
                                               "id = :id")) ==
          QStringLiteral("UPDATE fellow SET title = :title, notes = :notes WHERE id = :id"));
    CHECK(ServerRoles::withheld(QStringLiteral("INSERT INTO host_family (family_name_kanji, "
                                               "address_ja, capacity) VALUES (:k, :a, "
                                               "coalesce(:c, 1))")) ==
          QStringLiteral("INSERT INTO host_family (family_name_kanji, capacity) VALUES (:k, "
                         "coalesce(:c, 1))"));
    // A host family's dietary notes (what food it can provide) are not
    // withheld, a fellow's are: the table decides, not the column's name.
    CHECK(ServerRoles::withheld(QStringLiteral("SELECT h.dietary_notes, h.address_ja FROM "
                                               "host_family h")) ==
          QStringLiteral("SELECT h.dietary_notes, NULL FROM host_family h"));
    CHECK(ServerRoles::withheld(QStringLiteral("UPDATE host_family SET dietary_notes = :d, "
                                               "address_ja = :a, notes = :n WHERE id = :id")) ==
          QStringLiteral("UPDATE host_family SET dietary_notes = :d, notes = :n WHERE id = :id"));
    CHECK(ServerRoles::withheld(QStringLiteral("SELECT r.\"medical_notes\", r.title FROM fellow "
                                               "AS r WHERE r.id = :id")) ==
          QStringLiteral("SELECT NULL, r.title FROM fellow AS r WHERE r.id = :id"));
    const QString statusChanges =
        QStringLiteral("SELECT s.note, h.dietary_notes FROM fellow_status_change s, host_family h");
    CHECK(ServerRoles::withheld(statusChanges) == statusChanges);
    // The last assignment before WHERE; placeholders and texts that happen
    // to be spelled like a column are not columns.
    CHECK(ServerRoles::withheld(QStringLiteral("UPDATE fellow SET title = :t, medical_notes = "
                                               ":medical_notes WHERE id = :id")) ==
          QStringLiteral("UPDATE fellow SET title = :t WHERE id = :id"));
    CHECK(ServerRoles::withheld(QStringLiteral("SELECT id FROM fellow WHERE notes = "
                                               "'medical_notes' OR title = :medical_notes")) ==
          QStringLiteral("SELECT id FROM fellow WHERE notes = 'medical_notes' OR title = "
                         ":medical_notes"));
    // Other tables' columns of like names are left alone.
    const QString delegation =
        QStringLiteral("SELECT d.dietary_needs, o.address FROM delegation d, organization o");
    CHECK(ServerRoles::withheld(delegation) == delegation);
    CHECK(ServerRoles::fromCode(QStringLiteral("Read-Only")) == OfficeRole::ReadOnly);
    CHECK(ServerRoles::groupRole(OfficeRole::ReadOnly) == QStringLiteral("jlgc_read_only"));
}
