// The domain's enums, each described once (domain/enumtable.h): the codes
// the files store, the labels of the window and those of the reports.
#include "common/uilanguage.h"
#include "domain/chapterfunding.h"
#include "domain/chapterofficer.h"
#include "domain/delegation.h"
#include "domain/fellow.h"
#include "domain/fellowshipitineraryitem.h"
#include "domain/jetaachapter.h"
#include "domain/officeevent.h"
#include "domain/organization.h"
#include "domain/researchlogentry.h"
#include "domain/researchrequest.h"
#include "domain/researchtopic.h"
#include "domain/sisteraffiliation.h"
#include "reports/reportlabels.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

// Every value, in order, with the code the files store (written out here:
// a code changed would make stored records read as another value); each
// code reads back as its value, a label in Japanese (the window's language
// here) that the reports print too, beside the English one; an unknown code
// reads as the table's fallback.
template <typename E> void checkTable(E fallback, const QStringList& stored)
{
    const EnumTable<E>& table = enumTable(E{});
    INFO(table.context());
    QSet<QString> codes;
    const QList<E> values = table.all();
    QStringList inOrder;
    for (const E value : values)
        inOrder << table.code(value);
    CHECK(inOrder == stored);
    for (const E value : values) {
        const QString code = table.code(value);
        INFO(code.toStdString());
        CHECK_FALSE(code.isEmpty());
        CHECK_FALSE(codes.contains(code));
        codes.insert(code);
        CHECK(table.fromCode(code) == value);
        const QString english = QLatin1String(table.source(value));
        const QString japanese = table.label(value);
        CHECK(japanese != english); // translated
        const Bilingual both = reportlabels::of(value);
        CHECK(both.ja == japanese);
        CHECK(both.en == english);
    }
    CHECK(table.fromCode(QStringLiteral("no such code")) == fallback);
}

} // namespace

TEST_CASE("Each enum of the records has one table: codes read back, labels in both languages",
          "[ui][language]")
{
    LanguageManager language;
    language.setLanguage(Language::Japanese);
    checkTable(FellowStatus::Nominated, {QStringLiteral("nominated"), QStringLiteral("applied"),
                                         QStringLiteral("selected"), QStringLiteral("confirmed"),
                                         QStringLiteral("attended"), QStringLiteral("withdrawn")});
    checkTable(FellowshipItemType::Meeting,
               {QStringLiteral("meeting"), QStringLiteral("site_visit"), QStringLiteral("lecture"),
                QStringLiteral("cultural"), QStringLiteral("travel"), QStringLiteral("free")});
    checkTable(DelegationStatus::Inquiry,
               {QStringLiteral("inquiry"), QStringLiteral("planning"), QStringLiteral("confirmed"),
                QStringLiteral("completed"), QStringLiteral("cancelled")});
    checkTable(DelegationRole::Other,
               {QStringLiteral("leader"), QStringLiteral("deputy_leader"), QStringLiteral("member"),
                QStringLiteral("secretariat"), QStringLiteral("other")});
    checkTable(EventKind::Other, {QStringLiteral("japan_day"), QStringLiteral("fair"),
                                  QStringLiteral("jet_info_session"), QStringLiteral("reception"),
                                  QStringLiteral("seminar"), QStringLiteral("other")});
    checkTable(TopicStatus::Planned, {QStringLiteral("planned"), QStringLiteral("active"),
                                      QStringLiteral("paused"), QStringLiteral("completed")});
    checkTable(LogKind::Interview, {QStringLiteral("interview"), QStringLiteral("site_visit"),
                                    QStringLiteral("conference"), QStringLiteral("reading"),
                                    QStringLiteral("writing")});
    checkTable(RequestStatus::Received, {QStringLiteral("received"), QStringLiteral("in_progress"),
                                         QStringLiteral("answered"), QStringLiteral("closed")});
    checkTable(SourceKind::Link,
               {QStringLiteral("organization"), QStringLiteral("person"), QStringLiteral("link")});
    checkTable(FundingStatus::Applied,
               {QStringLiteral("applied"), QStringLiteral("approved"), QStringLiteral("disbursed"),
                QStringLiteral("reported"), QStringLiteral("closed")});
    checkTable(AffiliationType::Friendship,
               {QStringLiteral("sister_city"), QStringLiteral("sister_state"),
                QStringLiteral("friendship")});
    checkTable(AffiliationStatus::Ended,
               {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("ended")});
    checkTable(NorthAmericanKind::City, {QStringLiteral("city"), QStringLiteral("county"),
                                         QStringLiteral("state"), QStringLiteral("province")});
    checkTable(ActivityKind::Other, {QStringLiteral("visit"), QStringLiteral("exchange"),
                                     QStringLiteral("anniversary"), QStringLiteral("event"),
                                     QStringLiteral("correspondence"), QStringLiteral("other")});
    checkTable(OfficerOffice::Other,
               {QStringLiteral("president"), QStringLiteral("vice_president"),
                QStringLiteral("treasurer"), QStringLiteral("secretary"), QStringLiteral("other")});
    checkTable(ChapterStatus::Inactive, {QStringLiteral("active"), QStringLiteral("in_development"),
                                         QStringLiteral("inactive")});
    checkTable(OrganizationKind::Other,
               {QStringLiteral("association"), QStringLiteral("state_government"),
                QStringLiteral("local_government"), QStringLiteral("japanese_government"),
                QStringLiteral("consulate"), QStringLiteral("other")});
    // The struct's functions are the table's.
    CHECK(FellowStatuses::code(FellowStatus::Attended) == QStringLiteral("attended"));
    CHECK(DelegationRoles::fromCode(QStringLiteral("deputy_leader")) ==
          DelegationRole::DeputyLeader);
    CHECK(AffiliationLabels::typeFromCode(QStringLiteral("sister_state")) ==
          AffiliationType::SisterState);
    CHECK(EventKinds::label(EventKind::JetInfoSession) ==
          QCoreApplication::translate("EventKinds", "JET information session"));
}
