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

// Every value: a code of its own that reads back as the value, a label in
// Japanese (the window's language here) that the reports print too, beside
// the English one; an unknown code reads as the table's fallback.
template <typename E> void checkTable(E fallback)
{
    const EnumTable<E>& table = enumTable(E{});
    INFO(table.context());
    QSet<QString> codes;
    const QList<E> values = table.all();
    REQUIRE_FALSE(values.isEmpty());
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
    checkTable(FellowStatus::Nominated);
    checkTable(FellowshipItemType::Meeting);
    checkTable(DelegationStatus::Inquiry);
    checkTable(DelegationRole::Other);
    checkTable(EventKind::Other);
    checkTable(TopicStatus::Planned);
    checkTable(LogKind::Interview);
    checkTable(RequestStatus::Received);
    checkTable(SourceKind::Link);
    checkTable(FundingStatus::Applied);
    checkTable(AffiliationType::Friendship);
    checkTable(AffiliationStatus::Ended);
    checkTable(OfficerOffice::Other);
    checkTable(ChapterStatus::Inactive);
    checkTable(OrganizationKind::Other);
    // The struct's functions are the table's.
    CHECK(FellowStatuses::code(FellowStatus::Attended) == QStringLiteral("attended"));
    CHECK(DelegationRoles::fromCode(QStringLiteral("deputy_leader")) ==
          DelegationRole::DeputyLeader);
    CHECK(AffiliationLabels::typeFromCode(QStringLiteral("sister_state")) ==
          AffiliationType::SisterState);
    CHECK(EventKinds::label(EventKind::JetInfoSession) ==
          QCoreApplication::translate("EventKinds", "JET information session"));
}
