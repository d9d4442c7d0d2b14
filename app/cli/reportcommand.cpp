// jlgc-desk [--database FILE] report NAME --output FILE.pdf [--lang en|ja|both]
//           [--page-size letter|a4] [--year Y] [--fiscal-year Y] [--from DATE --to DATE] [--id ID]
// jlgc-desk report --list
#include "cli/cli.h"
#include "common/uilanguage.h"
#include "reports/reporterror.h"
#include "reports/reportregistry.h"
#include "storage/database.h"

#include <QDir>

namespace jlgc::cli {

namespace {

void printList(QTextStream& out)
{
    const Language ui = uiLanguage();
    out << Cli::tr("Reports:") << '\n';
    for (const ReportInfo& r : ReportRegistry::all()) {
        out << QStringLiteral("  %1  %2\n")
                   .arg(QLatin1String(r.name), -10)
                   .arg(ReportRegistry::title(r, ui));
        out << QStringLiteral("  %1  %2\n")
                   .arg(QString(), -10)
                   .arg(ReportRegistry::description(r, ui));
        const QStringList options =
            ReportOptionNames::commandLine(r.options, bool(r.required & ReportOption::Id));
        out << QStringLiteral("  %1  %2\n")
                   .arg(QString(), -10)
                   .arg(options.isEmpty()
                            ? Cli::tr("Options: none besides the common ones.")
                            : Cli::tr("Options: %1").arg(options.join(QLatin1Char(' '))));
    }
    out << '\n'
        << Cli::tr("Every report: --output FILE.pdf [--lang en|ja|both] [--page-size letter|a4]")
        << '\n';
    out.flush();
}

// The value of an integer option, or an error message.
std::optional<qint64> integer(const QCommandLineParser& parser, const QString& name,
                              QStringList& errors)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok) {
        errors << Cli::tr("--%1 needs a whole number, not “%2”.").arg(name, parser.value(name));
        return std::nullopt;
    }
    return value;
}

QDate date(const QCommandLineParser& parser, const QString& name, QStringList& errors)
{
    if (!parser.isSet(name))
        return {};
    const QDate d = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!d.isValid())
        errors << Cli::tr("--%1 needs a date written YYYY-MM-DD, not “%2”.")
                      .arg(name, parser.value(name));
    return d;
}

} // namespace

int runReport(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("list"), Cli::tr("List the reports and their options.")});
    parser.addOption(
        {QStringLiteral("output"), Cli::tr("Write the PDF to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), Cli::tr("Language of the report: en, ja or both."),
                      QStringLiteral("en|ja|both")});
    parser.addOption({QStringLiteral("page-size"), Cli::tr("Paper: letter (default) or a4."),
                      QStringLiteral("letter|a4")});
    parser.addOption({QStringLiteral("year"), Cli::tr("Calendar year."), QStringLiteral("Y")});
    parser.addOption({QStringLiteral("fiscal-year"),
                      Cli::tr("Japanese fiscal year (April Y to March Y+1)."),
                      QStringLiteral("Y")});
    parser.addOption(
        {QStringLiteral("from"), Cli::tr("First day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("to"), Cli::tr("Last day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("id"), Cli::tr("The record the report is about."), QStringLiteral("ID")});
    if (!parser.parse(QStringList{QStringLiteral("report")} + context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    const QStringList names = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("list"))) {
        if (!names.isEmpty()) {
            context.err << Cli::tr("report --list takes no report name.") << Qt::endl;
            return UsageError;
        }
        printList(context.out);
        return Ok;
    }
    if (names.size() != 1) {
        context.err << Cli::tr("Name one report (report --list shows them).") << Qt::endl;
        return UsageError;
    }
    const ReportInfo* info = ReportRegistry::find(names.front());
    if (!info) {
        context.err << Cli::tr("There is no report called %1.").arg(names.front()) << Qt::endl;
        printList(context.err);
        return UsageError;
    }

    QStringList errors;
    ReportOptions options;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        errors << Cli::tr("Say where to write the PDF with --output FILE.pdf.");
    if (parser.isSet(QStringLiteral("lang"))) {
        const auto l = ReportOptionNames::languageFromCode(parser.value(QStringLiteral("lang")));
        if (!l)
            errors << Cli::tr("--lang is en, ja or both, not “%1”.")
                          .arg(parser.value(QStringLiteral("lang")));
        options.language = l.value_or(ReportLanguage::English);
    }
    if (parser.isSet(QStringLiteral("page-size"))) {
        const auto p = ReportOptionNames::paperFromCode(parser.value(QStringLiteral("page-size")));
        if (!p)
            errors << Cli::tr("--page-size is letter or a4, not “%1”.")
                          .arg(parser.value(QStringLiteral("page-size")));
        options.paper = p.value_or(PaperSize::Letter);
    }
    if (const auto y = integer(parser, QStringLiteral("year"), errors))
        options.year = int(*y);
    if (const auto y = integer(parser, QStringLiteral("fiscal-year"), errors))
        options.fiscalYear = int(*y);
    if (const auto id = integer(parser, QStringLiteral("id"), errors)) {
        if (*id <= 0)
            errors << Cli::tr("--id needs a record id (a number above 0).");
        else
            options.id = *id;
    }
    options.from = date(parser, QStringLiteral("from"), errors);
    options.to = date(parser, QStringLiteral("to"), errors);
    if (errors.isEmpty())
        errors << ReportRegistry::problems(*info, options);
    if (!errors.isEmpty()) {
        for (const QString& e : std::as_const(errors))
            context.err << e << '\n';
        context.err.flush();
        return UsageError;
    }

    Database db(context.databasePath, Database::forReading());
    try {
        const int pages = ReportRegistry::build(db, *info, options)->writePdf(output);
        context.out
            << Cli::tr("Wrote %1 (pages: %2).").arg(QDir::toNativeSeparators(output)).arg(pages)
            << Qt::endl;
    } catch (const ReportError& e) {
        context.err << e.message() << Qt::endl;
        if (!e.detail().isEmpty())
            context.err << e.detail() << Qt::endl;
        return Failure;
    }
    return Ok;
}

} // namespace jlgc::cli
