// JETAA chapters and CLAIR's funding of them. Their repositories keep their
// own SQL; the descriptions give the labels, the owners and the owned rows.
#include "storage/records/recordtype.h"
#include "storage/records/recordtypelist.h"

namespace jlgc::recordtypes {

const RecordType& jetaaChapters()
{
    static const RecordType t = [] {
        RecordType c = describedByColumns(
            "jetaa_chapters", "jetaa_chapter", QT_TRANSLATE_NOOP("RecordKinds", "JETAA chapters"),
            QT_TRANSLATE_NOOP("RecordKinds", "JETAA chapter"),
            {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("country"),
             QStringLiteral("city"), QStringLiteral("subdivision_code"),
             QStringLiteral("parent_id"), QStringLiteral("status"), QStringLiteral("founded_year"),
             QStringLiteral("founded_month"), QStringLiteral("founded_day"),
             QStringLiteral("website"), QStringLiteral("email"), QStringLiteral("notes")});
        c.owned = {
            {QStringLiteral("chapter_officers"), QStringLiteral("jetaa_officer"),
             QT_TRANSLATE_NOOP("RecordKinds", "JETAA chapter officers"),
             QStringLiteral("chapter_id")},
            {QStringLiteral("chapter_memberships"), QStringLiteral("jetaa_membership"),
             QT_TRANSLATE_NOOP("RecordKinds", "Members of chapters by fiscal year"),
             QStringLiteral("chapter_id")},
        };
        return c;
    }();
    return t;
}

const RecordType& chapterFunding()
{
    static const RecordType t = [] {
        RecordType f = describedByColumns(
            "chapter_funding", "chapter_funding",
            QT_TRANSLATE_NOOP("RecordKinds", "CLAIR funding of chapters"),
            QT_TRANSLATE_NOOP("RecordKinds", "funding record"),
            {QStringLiteral("chapter_id"), QStringLiteral("fiscal_year"),
             QStringLiteral("application_date"), QStringLiteral("currency"),
             QStringLiteral("approved_amount"), QStringLiteral("approved_currency"),
             QStringLiteral("budget_jpy"), QStringLiteral("report_due"),
             QStringLiteral("report_received"), QStringLiteral("status"), QStringLiteral("notes")});
        f.ownerKind = QStringLiteral("jetaa_chapters");
        f.ownerColumn = QStringLiteral("chapter_id");
        f.owned = {
            {QStringLiteral("funding_lines"), QStringLiteral("funding_line"),
             QT_TRANSLATE_NOOP("RecordKinds", "Lines of funding applications"),
             QStringLiteral("funding_id")},
            {QStringLiteral("funding_disbursements"), QStringLiteral("funding_disbursement"),
             QT_TRANSLATE_NOOP("RecordKinds", "Funding disbursements"),
             QStringLiteral("funding_id")},
            {QStringLiteral("funding_overrides"), QStringLiteral("funding_override"),
             QT_TRANSLATE_NOOP("RecordKinds", "Approved exceptions to funding rules"),
             QStringLiteral("funding_id")},
        };
        return f;
    }();
    return t;
}

} // namespace jlgc::recordtypes
