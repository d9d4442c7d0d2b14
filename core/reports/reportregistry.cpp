#include "reports/reportregistry.h"

#include "reports/reportbuilder.h"
#include "reports/reporterror.h"
#include "storage/accesslog.h"
#include "storage/database.h"

namespace jlgc {

// One function per report, each in its own file.
ReportInfo contactDirectoryReport();    // contactdirectoryreport.cpp
ReportInfo peopleDirectoryReport();     // peopledirectoryreport.cpp
ReportInfo fellowshipCohortReport();    // fellowshipcohortreport.cpp
ReportInfo fellowshipMedicalReport();   // fellowshipmedicalreport.cpp
ReportInfo delegationItineraryReport(); // delegationitineraryreport.cpp
ReportInfo researchTopicReport();       // researchtopicreport.cpp
ReportInfo handoverReport();            // handoverreport.cpp
ReportInfo researchRequestsReport();    // researchrequestsreport.cpp
ReportInfo jetaaFundingReport();        // jetaafundingreport.cpp
ReportInfo sisterCitiesReport();        // sistercitiesreport.cpp
ReportInfo eventsReport();              // eventsreport.cpp

const QList<ReportInfo>& ReportRegistry::all()
{
    static const QList<ReportInfo> reports = {
        contactDirectoryReport(),
        peopleDirectoryReport(),
        fellowshipCohortReport(),
        fellowshipMedicalReport(),
        delegationItineraryReport(),
        researchTopicReport(),
        handoverReport(),
        researchRequestsReport(),
        jetaaFundingReport(),
        sisterCitiesReport(),
        eventsReport(),
    };
    return reports;
}

const ReportInfo* ReportRegistry::find(const QString& name)
{
    for (const ReportInfo& r : all())
        if (name == QLatin1String(r.name))
            return &r;
    return nullptr;
}

QString ReportRegistry::title(const ReportInfo& info, Language language)
{
    return ReportTexts::translate(language, "Reports", info.title);
}

QString ReportRegistry::description(const ReportInfo& info, Language language)
{
    return ReportTexts::translate(language, "Reports", info.description);
}

QStringList ReportRegistry::problems(const ReportInfo& info, const ReportOptions& o)
{
    QStringList list;
    const QString name = QLatin1String(info.name);
    auto check = [&](ReportOption option, bool given, const char* spelling) {
        const QString flag = QLatin1String(spelling);
        if (given && !(info.options & option))
            list << tr("The report %1 does not take %2.").arg(name, flag);
        if (!given && (info.required & option))
            list << tr("The report %1 needs %2.").arg(name, flag);
    };
    check(ReportOption::Year, o.year.has_value(), "--year");
    check(ReportOption::FiscalYear, o.fiscalYear.has_value(), "--fiscal-year");
    check(ReportOption::DateRange, o.from.isValid() || o.to.isValid(), "--from/--to");
    check(ReportOption::Id, o.id != 0, "--id");
    for (const std::optional<int>& year : {o.year, o.fiscalYear})
        if (year && (*year < 1900 || *year > 2200))
            list << tr("%1 is not a year the office keeps records for.").arg(*year);
    if (o.from.isValid() && o.to.isValid() && o.from > o.to)
        list << tr("The start date %1 is after the end date %2.")
                    .arg(o.from.toString(Qt::ISODate), o.to.toString(Qt::ISODate));
    if (o.id < 0)
        list << tr("%1 is not a record id.").arg(o.id);
    return list;
}

std::unique_ptr<ReportDocument> ReportRegistry::build(Database& db, const ReportInfo& info,
                                                      const ReportOptions& options)
{
    const QStringList wrong = problems(info, options);
    if (!wrong.isEmpty())
        throw ReportError(wrong.join(QLatin1Char('\n')));
    // The server would give it without its personal data: said at once.
    if (info.personalData && db.hidesPersonalData())
        throw ReportError(tr("This report holds the personal data of fellows (medical and "
                             "dietary notes, emergency contacts), which your login's role does "
                             "not give access to. Ask the fellowship coordinator."));
    const Bilingual title = ReportTexts::both("Reports", info.title);
    const Bilingual notice =
        info.pageNotice ? ReportTexts::both("Reports", info.pageNotice) : Bilingual{};
    auto document = std::make_unique<ReportDocument>(title, options, notice);
    document->setPersonalData(info.personalData);
    ReportBuilder builder(document->content(), document->options(), title);
    info.build(builder, db);
    if (!builder.hasContent())
        builder.noRecords();
    if (info.personalData) {
        QStringList given;
        if (options.id != 0)
            given << QStringLiteral("--id %1").arg(options.id);
        if (options.year)
            given << QStringLiteral("--year %1").arg(*options.year);
        AccessLog(db).record(QStringLiteral("report ") + QLatin1String(info.name),
                             given.join(QLatin1Char(' ')), builder.personalRecords());
    }
    return document;
}

} // namespace jlgc
