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
    QString kind() const override { return QStringLiteral("delegations"); }
    QString searchKind() const override { return QStringLiteral("delegation"); }
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::DelegationFormat", "Delegations");
    }
    QStringList dependsOn() const override { return {QStringLiteral("organizations")}; }
    QList<CsvColumn> columns() const override
    {
        return {
            column("Name (English)", "名称（英語）", false, "This or the Japanese name is needed."),
            column("Name (Japanese)", "名称（日本語）", false, ""),
            column("Sending government", "派遣元", true, governmentAccepted),
            column("Purpose (English)", "目的（英語）", false, ""),
            column("Purpose (Japanese)", "目的（日本語）", false, ""),
            column("Arrival", "到着日", false, "2025-10-20"),
            column("Departure", "出発日", false, "2025-10-24"),
            column("Status", "状況", false,
                   "inquiry, planning, confirmed, completed, cancelled. Empty: inquiry."),
            column("Expected members", "予定人数", false, "A whole number; 0: not known."),
            column("Thank-you sent", "礼状送付日", false, "2025-11-01"),
            column("Follow-up notes", "フォローアップ", false, ""),
        };
    }

protected:
    QStringList toRow(const Delegation& d, ImportResolver& names) const override
    {
        return {d.nameEn,
                d.nameJa,
                names.governmentName(d.sendingGovernment),
                d.purposeEn,
                d.purposeJa,
                csvtext::date(d.arrival),
                csvtext::date(d.departure),
                DelegationStatuses::code(d.status),
                csvtext::number(d.expectedMemberCount),
                csvtext::date(d.thankYouSent),
                d.followUpNotes};
    }
    void fromRow(Delegation& d, ImportFields& f) const override
    {
        f.text(QStringLiteral("Name (English)"), d.nameEn);
        f.text(QStringLiteral("Name (Japanese)"), d.nameJa);
        f.government(QStringLiteral("Sending government"), d.sendingGovernment);
        f.text(QStringLiteral("Purpose (English)"), d.purposeEn);
        f.text(QStringLiteral("Purpose (Japanese)"), d.purposeJa);
        f.date(QStringLiteral("Arrival"), d.arrival);
        f.date(QStringLiteral("Departure"), d.departure);
        f.choice(QStringLiteral("Status"), d.status, DelegationStatuses::all(),
                 &DelegationStatuses::code, &DelegationStatuses::label);
        f.integer(QStringLiteral("Expected members"), d.expectedMemberCount, 0);
        f.date(QStringLiteral("Thank-you sent"), d.thankYouSent);
        f.text(QStringLiteral("Follow-up notes"), d.followUpNotes);
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
    QString kind() const override { return QStringLiteral("research-requests"); }
    QString searchKind() const override { return QStringLiteral("research_request"); }
    QString label() const override
    {
        return QCoreApplication::translate("jlgc::csvformats::ResearchRequestFormat",
                                           "Research requests");
    }
    QStringList dependsOn() const override { return {QStringLiteral("organizations")}; }
    QList<CsvColumn> columns() const override
    {
        return {
            column("Requesting government", "依頼元", true, governmentAccepted),
            column("Question (Japanese)", "質問（日本語）", false,
                   "This or the English question is needed."),
            column("Question (English)", "質問（英語）", false, ""),
            column("Received", "受付日", true, "2025-04-01"),
            column("Due", "期限", false, "2025-05-01"),
            column("Status", "状況", false,
                   "received, in_progress, answered, closed. Empty: received."),
            column("Answer summary", "回答の要旨", false, "Needed for answered and closed."),
            column("Answered", "回答日", false, "2025-04-20"),
        };
    }

protected:
    QStringList toRow(const ResearchRequest& r, ImportResolver& names) const override
    {
        return {names.governmentName(r.requestingGovernment),
                r.questionJa,
                r.questionEn,
                csvtext::date(r.received),
                csvtext::date(r.due),
                RequestStatuses::code(r.status),
                r.answerSummary,
                csvtext::date(r.answered)};
    }
    void fromRow(ResearchRequest& r, ImportFields& f) const override
    {
        f.government(QStringLiteral("Requesting government"), r.requestingGovernment);
        f.text(QStringLiteral("Question (Japanese)"), r.questionJa);
        f.text(QStringLiteral("Question (English)"), r.questionEn);
        f.date(QStringLiteral("Received"), r.received);
        f.date(QStringLiteral("Due"), r.due);
        f.choice(QStringLiteral("Status"), r.status, RequestStatuses::all(), &RequestStatuses::code,
                 &RequestStatuses::label);
        f.text(QStringLiteral("Answer summary"), r.answerSummary);
        f.date(QStringLiteral("Answered"), r.answered);
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

std::unique_ptr<CsvFormat> delegations()
{
    return std::make_unique<DelegationFormat>();
}

std::unique_ptr<CsvFormat> researchRequests()
{
    return std::make_unique<ResearchRequestFormat>();
}

} // namespace jlgc::csvformats
