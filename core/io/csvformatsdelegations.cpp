// CSV formats of delegations and research requests.
#include "io/csvformatfactories.h"
#include "io/csvtypedformat.h"
#include "io/namematch.h"
#include "storage/delegationrepository.h"
#include "storage/researchrequestrepository.h"

namespace jlgc::csvformats {

namespace {

const char* const governmentAccepted =
    "A prefecture or municipality (兵庫県, 兵庫県神戸市, Kobe, or the code) or an organization "
    "on record, by name.";

class DelegationFormat : public RepositoryCsvFormat<Delegation, DelegationRepository> {
public:
    DelegationFormat() : RepositoryCsvFormat("delegations", "delegation") {}
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::DelegationFormat", "Delegations");
    }
    QStringList dependsOn() const override { return {QStringLiteral("organizations")}; }

protected:
    const QList<CsvField<Delegation>>& fields() const override
    {
        using namespace csvcells;
        using D = Delegation;
        static const QList<CsvField<D>> list = {
            field("Name (English)", "名称（英語）", text(&D::nameEn),
                  "This or the Japanese name is needed."),
            field("Name (Japanese)", "名称（日本語）", text(&D::nameJa)),
            field("Sending government", "派遣元", government(&D::sendingGovernment),
                  governmentAccepted)
                .required(),
            field("Purpose (English)", "目的（英語）", text(&D::purposeEn)),
            field("Purpose (Japanese)", "目的（日本語）", text(&D::purposeJa)),
            field("Arrival", "到着日", date(&D::arrival), "2025-10-20"),
            field("Departure", "出発日", date(&D::departure), "2025-10-24"),
            field("Status", "状況", choice(&D::status),
                  "inquiry, planning, confirmed, completed, cancelled. Empty: inquiry."),
            field("Expected members", "予定人数", integer(&D::expectedMemberCount),
                  "A whole number; 0: not known."),
            field("Thank-you sent", "礼状送付日", date(&D::thankYouSent), "2025-11-01"),
            field("Follow-up notes", "フォローアップ", text(&D::followUpNotes)),
        };
        return list;
    }
    QStringList keysOf(const Delegation& d) const override
    {
        return namematch::keysAt(namematch::nameKeys({d.nameEn, d.nameJa}),
                                 csvtext::date(d.arrival));
    }
    QString displayOf(const Delegation& d) const override
    {
        const QString name = d.nameJa.isEmpty() ? d.nameEn : d.nameJa;
        return d.arrival.isValid() ? QStringLiteral("%1 (%2)").arg(name, csvtext::date(d.arrival))
                                   : name;
    }
};

class ResearchRequestFormat
    : public RepositoryCsvFormat<ResearchRequest, ResearchRequestRepository> {
public:
    ResearchRequestFormat() : RepositoryCsvFormat("research-requests", "research_request") {}
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::ResearchRequestFormat",
                                           "Research requests");
    }
    QStringList dependsOn() const override { return {QStringLiteral("organizations")}; }

protected:
    const QList<CsvField<ResearchRequest>>& fields() const override
    {
        using namespace csvcells;
        using R = ResearchRequest;
        static const QList<CsvField<R>> list = {
            field("Requesting government", "依頼元", government(&R::requestingGovernment),
                  governmentAccepted)
                .required(),
            field("Question (Japanese)", "質問（日本語）", text(&R::questionJa),
                  "This or the English question is needed."),
            field("Question (English)", "質問（英語）", text(&R::questionEn)),
            field("Received", "受付日", date(&R::received), "2025-04-01").required(),
            field("Due", "期限", date(&R::due), "2025-05-01"),
            field("Status", "状況", choice(&R::status),
                  "received, in_progress, answered, closed. Empty: received."),
            field("Answer summary", "回答の要旨", text(&R::answerSummary),
                  "Needed for answered and closed."),
            field("Answered", "回答日", date(&R::answered), "2025-04-20"),
        };
        return list;
    }
    QStringList keysOf(const ResearchRequest& r) const override
    {
        return namematch::keysAt(namematch::nameKeys({r.questionJa, r.questionEn}),
                                 csvtext::date(r.received));
    }
    QString displayOf(const ResearchRequest& r) const override
    {
        const QString q = r.questionJa.isEmpty() ? r.questionEn : r.questionJa;
        return QStringLiteral("%1 (%2)").arg(q.left(60), csvtext::date(r.received));
    }
};

} // namespace

Formats delegationFormats()
{
    return make<DelegationFormat, ResearchRequestFormat>();
}

} // namespace jlgc::csvformats
