// Not run by default ("[.look]"): grabs every dialog of the fellowship,
// delegations, research, JETAA, affiliations and events areas, filled from the
// sample records, in English and Japanese, to PNG files in $JLGC_LOOK_DIR
// (default: a "dialog-look" folder in the temporary folder), to be looked at.
#include "affiliations/activitydialog.h"
#include "affiliations/contactdialog.h"
#include "common/pickers.h"
#include "common/uilanguage.h"
#include "delegations/delegationitinerarydialog.h"
#include "delegations/memberdialog.h"
#include "demo/sampledata.h"
#include "events/participantdialog.h"
#include "fellowship/fellowdialog.h"
#include "fellowship/itineraryitemdialog.h"
#include "fellowship/placementdialog.h"
#include "jetaa/officerdialog.h"
#include "jetaa/overridedialog.h"
#include "people/affiliationdialog.h"
#include "research/logentrydialog.h"
#include "research/sourcedialog.h"
#include "storage/chapterfundingrepository.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/delegationitineraryrepository.h"
#include "storage/delegationrepository.h"
#include "storage/fellowrepository.h"
#include "storage/fellowshipitineraryrepository.h"
#include "storage/homestayrepository.h"
#include "storage/jetaachapterrepository.h"
#include "storage/researchlogrepository.h"
#include "storage/researchrequestrepository.h"
#include "storage/sisteraffiliationrepository.h"
#include "support/testsupport.h"

#include <QDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

void grab(QDialog& dialog, const QString& name, Language lang)
{
    QDir dir(qEnvironmentVariable("JLGC_LOOK_DIR",
                                  QDir::temp().filePath(QStringLiteral("dialog-look"))));
    dir.mkpath(QStringLiteral("."));
    dialog.show();
    QCoreApplication::processEvents();
    QTest::qWait(30);
    const QString file =
        dir.filePath(name + QLatin1Char('-') + languageCode(lang) + QStringLiteral(".png"));
    CHECK(dialog.grab().save(file));
    dialog.hide();
}

} // namespace

TEST_CASE("Every dialog of the record areas, grabbed in both languages", "[.look]")
{
    auto db = test::memoryDatabase();
    addSampleRecords(*db);
    Database* raw = db.get();
    const DatabaseGetter getDb = [raw] { return raw; };
    LanguageManager language;

    const QList<Cohort> cohorts = CohortRepository(*db).list();
    REQUIRE_FALSE(cohorts.isEmpty());
    const Cohort cohort = cohorts.first();
    FellowFilter ff;
    ff.cohortId = cohort.id;
    const QList<Fellow> fellows = FellowRepository(*db).list(ff);
    REQUIRE_FALSE(fellows.isEmpty());
    const QList<FellowshipItineraryItem> items = FellowshipItineraryRepository(*db).list(cohort.id);
    HomestayFilter hf;
    hf.cohortId = cohort.id;
    const QList<HomestayPlacement> stays = HomestayRepository(*db).list(hf);
    const QList<Delegation> delegations = DelegationRepository(*db).list();
    REQUIRE_FALSE(delegations.isEmpty());
    const Delegation delegation = *DelegationRepository(*db).find(delegations.first().id);
    const QList<DelegationItineraryItem> dItems =
        DelegationItineraryRepository(*db).items(delegation.id);
    const QList<ResearchLogEntry> log = ResearchLogRepository(*db).list();
    const QList<ResearchRequest> requests = ResearchRequestRepository(*db).list();
    const QList<JetaaChapter> chapters = JetaaChapterRepository(*db).list();
    const QList<ChapterFunding> funding = ChapterFundingRepository(*db).list();
    const QList<SisterAffiliation> ties = SisterAffiliationRepository(*db).list();

    for (const Language lang : {Language::English, Language::Japanese}) {
        language.setLanguage(lang);
        QCoreApplication::processEvents();
        {
            FellowDialog d(raw, cohort, *FellowRepository(*db).find(fellows.first().id));
            grab(d, QStringLiteral("fellow"), lang);
        }
        {
            ItineraryItemDialog d(raw, cohort,
                                  items.isEmpty() ? FellowshipItineraryItem{} : items.first());
            grab(d, QStringLiteral("fellowship-itinerary"), lang);
        }
        {
            PlacementDialog d(raw, cohort, fellows,
                              stays.isEmpty() ? HomestayPlacement{} : stays.first());
            grab(d, QStringLiteral("placement"), lang);
        }
        {
            DelegationItineraryDialog d(
                getDb, delegation, dItems.isEmpty() ? DelegationItineraryItem{} : dItems.first());
            grab(d, QStringLiteral("delegation-itinerary"), lang);
        }
        {
            MemberDialog d(getDb, delegation.members.isEmpty() ? DelegationMember{}
                                                               : delegation.members.first());
            grab(d, QStringLiteral("delegation-member"), lang);
        }
        {
            MemberDialog d(getDb, delegation.interpreters.isEmpty()
                                      ? DelegationInterpreter{}
                                      : delegation.interpreters.first());
            grab(d, QStringLiteral("delegation-interpreter"), lang);
        }
        {
            LogEntryDialog d(getDb, log.isEmpty() ? ResearchLogEntry{} : log.first());
            grab(d, QStringLiteral("research-log-entry"), lang);
        }
        {
            ResearchSource source;
            for (const ResearchRequest& r : requests)
                if (auto full = ResearchRequestRepository(*db).find(r.id);
                    full && !full->sources.isEmpty()) {
                    source = full->sources.first();
                    break;
                }
            SourceDialog d(getDb, source);
            grab(d, QStringLiteral("research-source"), lang);
        }
        {
            ChapterOfficer officer;
            for (const JetaaChapter& c : chapters)
                if (auto full = JetaaChapterRepository(*db).find(c.id, lang);
                    full && !full->officers.isEmpty()) {
                    officer = full->officers.first();
                    break;
                }
            OfficerDialog d(getDb, officer);
            grab(d, QStringLiteral("chapter-officer"), lang);
        }
        if (!funding.isEmpty()) {
            OverrideDialog d(funding.first());
            grab(d, QStringLiteral("funding-override"), lang);
        }
        {
            AffiliationContact contact;
            AffiliationActivity activity;
            for (const SisterAffiliation& a : ties)
                if (auto full = SisterAffiliationRepository(*db).find(a.id)) {
                    if (!full->contacts.isEmpty())
                        contact = full->contacts.first();
                    if (!full->activities.isEmpty())
                        activity = full->activities.first();
                    if (!full->contacts.isEmpty() && !full->activities.isEmpty())
                        break;
                }
            ContactDialog c(getDb, contact);
            grab(c, QStringLiteral("affiliation-contact"), lang);
            ActivityDialog a(activity);
            grab(a, QStringLiteral("affiliation-activity"), lang);
        }
        {
            ParticipantDialog d(
                QCoreApplication::translate("jlgc::EventsPage", "Add a person attending"),
                QCoreApplication::translate("jlgc::EventsPage", "Person"), pickers::people(getDb));
            grab(d, QStringLiteral("event-participant"), lang);
        }
        {
            AffiliationDialog d(getDb, Affiliation{});
            grab(d, QStringLiteral("person-affiliation"), lang);
        }
    }
}
