// Personal data (a fellow's dietary and medical notes and emergency contact,
// a host family's address, a delegation's dietary needs) is shown only in the
// record's own form and in reports that are about it, never in a list: a
// list is what is on screen while someone looks over a shoulder, and what is
// copied into a spreadsheet. These tests read every cell of every list in
// every role, so that a later change cannot show it without noticing.
#include "common/recordlistmodel.h"
#include "common/uilanguage.h"
#include "delegations/delegationspage.h"
#include "fellowship/allfellowspage.h"
#include "fellowship/cohorttablemodel.h"
#include "fellowship/fellowshippage.h"
#include "fellowship/fellowstab.h"
#include "fellowship/fellowtablemodel.h"
#include "fellowship/homestaygridmodel.h"
#include "fellowship/homestaystab.h"
#include "fellowship/hostfamiliespage.h"
#include "io/csvformat.h"
#include "people/peoplepage.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/delegationrepository.h"
#include "storage/fellowrepository.h"
#include "storage/homestayrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "support/testsupport.h"
#include "ui/windowfixtures.h"

#include <QAbstractItemModel>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

const QStringList Secrets = {
    QStringLiteral("Dietary secret XQ"),       QStringLiteral("Insulin twice daily XQ"),
    QStringLiteral("Maria Contactperson"),     QStringLiteral("Sister-in-law XQ"),
    QStringLiteral("+1 555 0199 XQ"),          QStringLiteral("北茨城市磯原町1-2-3"),
    QStringLiteral("Protocol diet secret XQ"),
};

struct Records {
    explicit Records(Database& db)
    {
        Cohort c;
        c.year = 2019;
        c.programmeStart = QDate(2019, 10, 27);
        c.programmeEnd = QDate(2019, 11, 5);
        c.hostStart = QDate(2019, 10, 31);
        c.hostEnd = QDate(2019, 11, 5);
        c.hostPrefectureCode = QStringLiteral("08");
        cohort = CohortRepository(db).add(c);
        Person p;
        p.name.family = QStringLiteral("Hall");
        p.name.given = QStringLiteral("Ed");
        Organization o;
        o.nameEn = QStringLiteral("State of Ohio");
        o.kind = OrganizationKind::StateGovernment;
        o.country = QStringLiteral("US");
        o.subdivisionCode = QStringLiteral("US-OH");
        Fellow f;
        f.cohortId = cohort.id;
        f.personId = PersonRepository(db).add(p).id;
        f.organizationId = OrganizationRepository(db).add(o).id;
        f.subdivisionCode = QStringLiteral("US-OH");
        f.status = FellowStatus::Confirmed;
        f.dietaryNotes = Secrets[0];
        f.medicalNotes = Secrets[1];
        f.emergencyContactName = Secrets[2];
        f.emergencyContactRelation = Secrets[3];
        f.emergencyContactPhone = Secrets[4];
        fellow = FellowRepository(db).add(f);
        HostFamily h;
        h.familyNameKanji = QStringLiteral("鈴木");
        h.familyNameRomaji = QStringLiteral("Suzuki");
        h.municipalityCode = QStringLiteral("082155");
        h.addressJa = Secrets[5];
        h.dietaryNotes = QStringLiteral("Can cook anything");
        family = HostFamilyRepository(db).add(h);
        HomestayPlacement stay;
        stay.fellowId = fellow.id;
        stay.hostFamilyId = family.id;
        stay.firstNight = QDate(2019, 10, 31);
        stay.lastNight = QDate(2019, 11, 2);
        HomestayRepository(db).add(stay);
        Delegation d;
        d.nameEn = QStringLiteral("Hyogo Prefecture Delegation");
        d.sendingGovernment = GovernmentRef::prefecture(QStringLiteral("28"));
        d.protocol.dietaryNeeds = Secrets[6];
        DelegationRepository(db).add(d);
    }
    Cohort cohort;
    Fellow fellow;
    HostFamily family;
};

// Every secret found anywhere in the model: any cell, any role, any header.
QStringList leaks(const QAbstractItemModel* model)
{
    QStringList found;
    const auto look = [&](const QVariant& value, const QString& where) {
        const QString text = value.typeId() == QMetaType::QStringList
                                 ? value.toStringList().join(QLatin1Char(' '))
                                 : value.toString();
        for (const QString& secret : Secrets)
            if (!text.isEmpty() && text.contains(secret))
                found << QStringLiteral("%1: %2").arg(where, secret);
    };
    QList<int> roles = {Qt::DisplayRole,
                        Qt::ToolTipRole,
                        Qt::EditRole,
                        Qt::StatusTipRole,
                        Qt::WhatsThisRole,
                        Qt::AccessibleTextRole,
                        Qt::AccessibleDescriptionRole};
    for (int role = Qt::UserRole; role < Qt::UserRole + 32; ++role)
        roles << role;
    for (int c = 0; c < model->columnCount(); ++c)
        for (int role : roles)
            look(model->headerData(c, Qt::Horizontal, role), QStringLiteral("header %1").arg(c));
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            for (int role : roles)
                look(model->index(r, c).data(role),
                     QStringLiteral("row %1 column %2 role %3").arg(r).arg(c).arg(role));
    return found;
}

} // namespace

TEST_CASE_METHOD(test::OnMemory,
                 "No list shows a fellow's medical or dietary notes, emergency contact, a host "
                 "family's address or a delegation's dietary needs",
                 "[ui][privacy]")
{
    Records records(*db);

    FellowshipPage fellowship;
    fellowship.setDatabase(db.get());
    fellowship.show();
    REQUIRE(fellowship.selectRecord(records.cohort.id));
    REQUIRE(fellowship.fellowsTab()->model()->rowCount() == 1);
    CHECK(leaks(fellowship.model()).join(QStringLiteral("; ")).toStdString() == "");
    CHECK(leaks(fellowship.fellowsTab()->model()).join(QStringLiteral("; ")).toStdString() == "");
    fellowship.homestaysTab()->refresh();
    REQUIRE(fellowship.homestaysTab()->gridModel()->rowCount() >= 1);
    CHECK(leaks(fellowship.homestaysTab()->gridModel()).join(QStringLiteral("; ")).toStdString() ==
          "");

    AllFellowsPage allFellows;
    allFellows.setDatabase(db.get());
    allFellows.show();
    REQUIRE(allFellows.model()->rowCount() == 1);
    CHECK(leaks(allFellows.model()).join(QStringLiteral("; ")).toStdString() == "");

    HostFamiliesPage families;
    families.setDatabase(db.get());
    families.show();
    REQUIRE(families.model()->rowCount() == 1);
    CHECK(leaks(families.model()).join(QStringLiteral("; ")).toStdString() == "");
    // The address is still kept and shown in the family's own form.
    REQUIRE(families.selectRecord(records.family.id));
    CHECK(HostFamilyRepository(*db).find(records.family.id)->addressJa == Secrets[5]);

    DelegationsPage delegations;
    delegations.setDatabase(db.get());
    delegations.show();
    REQUIRE(delegations.model()->rowCount() == 1);
    CHECK(leaks(delegations.model()).join(QStringLiteral("; ")).toStdString() == "");

    PeoplePage people;
    people.setDatabase(db.get());
    people.show();
    REQUIRE(people.model()->rowCount() >= 1);
    CHECK(leaks(people.model()).join(QStringLiteral("; ")).toStdString() == "");
}

TEST_CASE("A CSV export leaves out every personal-data column unless asked for it",
          "[ui][privacy][csv]")
{
    auto db = test::memoryDatabase();
    Records records(*db);
    int sensitiveColumns = 0;
    for (const CsvFormat* format : CsvFormat::all()) {
        const QList<qint64> ids = format->allIds(*db);
        const QList<CsvColumn> columns = format->columns();
        for (const CsvColumn& c : columns)
            sensitiveColumns += c.sensitive ? 1 : 0;
        for (const QStringList& row : format->exportRows(*db, ids, false))
            for (const QString& cell : row)
                for (const QString& secret : Secrets)
                    CHECK_FALSE(cell.contains(secret));
    }
    CHECK(sensitiveColumns >= 6); // five of a fellow's, a host family's address
    // Asked for, they are all there (none lost on the way).
    QStringList written;
    for (const CsvFormat* format : CsvFormat::all())
        for (const QStringList& row : format->exportRows(*db, format->allIds(*db), true))
            written << row;
    for (int i = 0; i < 6; ++i)
        CHECK(written.contains(Secrets[i]));
}
