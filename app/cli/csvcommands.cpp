// jlgc-desk [--database FILE] import KIND FILE [--encoding auto|utf-8|cp932] [--dry-run]
//           [--delimiter comma|tab|semicolon] [--duplicates skip|add|merge]
//           [--date-order mdy|dmy|ymd]
// jlgc-desk [--database FILE] export KIND FILE [--include-personal-data]
#include "cli/cli.h"
#include "io/csvexport.h"
#include "io/csvimport.h"
#include "storage/database.h"

#include <QDir>

namespace jlgc::cli {

namespace {

const CsvFormat* formatOrUsage(Context& context, const QString& kind)
{
    const CsvFormat* format = CsvFormat::find(kind);
    if (!format)
        context.err << Cli::tr("Unknown kind “%1”. Kinds: %2")
                           .arg(kind, CsvFormat::kinds().join(QStringLiteral(", ")))
                    << Qt::endl;
    return format;
}

QString delimiterName(QChar c)
{
    if (c == QLatin1Char('\t'))
        return Cli::tr("tab");
    if (c == QLatin1Char(';'))
        return Cli::tr("semicolon");
    return Cli::tr("comma");
}

// Checks every row and applies the --duplicates policy; prints what it
// found. Ok when the import can be written.
int checkImport(Context& context, CsvImport& import, const QString& dup, DateOrder dateOrder)
{
    import.analyze();
    if (dup != QLatin1String("skip")) {
        for (int i = 0; i < import.rows().size(); ++i)
            if (!import.rows()[i].duplicates.isEmpty())
                import.setDecision(i, dup == QLatin1String("add") ? ImportDecision::Add
                                                                  : ImportDecision::Merge);
        import.analyze();
    }
    if (dateOrder == DateOrder::Auto && !import.ambiguousDateExample().isEmpty()) {
        const DateOrder detected = import.detectedDateOrder();
        if (detected == DateOrder::Auto)
            context.err << Cli::tr("Dates such as “%1” could be read month first or day first, "
                                   "and the file's other dates do not tell: give --date-order "
                                   "mdy or dmy.")
                               .arg(import.ambiguousDateExample())
                        << Qt::endl;
        else
            context.out << (detected == DateOrder::MonthDayYear
                                ? Cli::tr("Dates such as “%1” are read month first (month/day/"
                                          "year), as the file's other dates show; --date-order "
                                          "dmy reads them day first.")
                                : Cli::tr("Dates such as “%1” are read day first (day/month/"
                                          "year), as the file's other dates show; --date-order "
                                          "mdy reads them month first."))
                               .arg(import.ambiguousDateExample())
                        << Qt::endl;
    }
    int toAdd = 0, toMerge = 0, skipped = 0;
    for (const ImportRow& r : import.rows()) {
        for (const QString& n : r.notes)
            context.out << Cli::tr("Line %1: %2").arg(r.line).arg(n) << Qt::endl;
        for (const QString& e : r.errors)
            context.err << Cli::tr("Line %1: %2").arg(r.line).arg(e) << Qt::endl;
        if (!r.duplicates.isEmpty()) {
            QStringList onFile;
            QStringList lines;
            bool repeats = false;
            for (const auto& c : r.duplicates) {
                if (c.inFile()) {
                    lines << QString::number(c.line);
                    repeats = repeats || c.sameRow;
                } else {
                    onFile << QStringLiteral("%1 [%2]").arg(c.display).arg(c.id);
                }
            }
            // What happens to the row, as it will happen.
            const QString outcome =
                r.decision == ImportDecision::Skip
                    ? Cli::tr("this row is skipped")
                    : (!r.errors.isEmpty() ? Cli::tr("this row cannot be imported")
                                           : (r.decision == ImportDecision::Merge
                                                  ? Cli::tr("this row is merged into it")
                                                  : Cli::tr("this row is added as a new record")));
            const QString list = onFile.join(QStringLiteral(", "));
            const QString fileLines = lines.join(QStringLiteral(", "));
            QString message;
            if (lines.isEmpty())
                message = Cli::tr("Line %1: %2 looks like a record already on file (%3); %4.")
                              .arg(r.line)
                              .arg(r.display, list, outcome);
            else if (!onFile.isEmpty())
                message = Cli::tr("Line %1: %2 looks like a record already on file (%3) and "
                                  "like line %4 of this file; %5.")
                              .arg(r.line)
                              .arg(r.display, list, fileLines, outcome);
            else if (repeats)
                message = Cli::tr("Line %1: %2 repeats line %3 of this file; %4.")
                              .arg(r.line)
                              .arg(r.display, fileLines, outcome);
            else
                message = Cli::tr("Line %1: %2 looks like line %3 of this file; %4.")
                              .arg(r.line)
                              .arg(r.display, fileLines, outcome);
            context.out << message << Qt::endl;
        }
        if (r.decision == ImportDecision::Skip)
            ++skipped;
        else if (r.errors.isEmpty())
            ++(r.decision == ImportDecision::Merge ? toMerge : toAdd);
    }
    const int rejected = import.rejectedCount();
    context.out << Cli::tr("%1 to add, %2 to merge, %3 skipped, %4 rejected.")
                       .arg(toAdd)
                       .arg(toMerge)
                       .arg(skipped)
                       .arg(rejected)
                << Qt::endl;
    if (rejected > 0) {
        context.err << Cli::tr("Nothing was imported: %n row(s) cannot be imported.", nullptr,
                               rejected)
                    << Qt::endl;
        return Failure;
    }
    return Ok;
}

} // namespace

int runImport(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("encoding"),
                      Cli::tr("The file's encoding: auto (the default), utf-8 or cp932."),
                      QStringLiteral("auto|utf-8|cp932"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("delimiter"),
                      Cli::tr("The delimiter: comma, tab or semicolon (detected when not given)."),
                      QStringLiteral("comma|tab|semicolon")});
    parser.addOption({QStringLiteral("duplicates"),
                      Cli::tr("What to do with rows that look like records on file: skip (the "
                              "default), add, or merge (fill the record's empty fields)."),
                      QStringLiteral("skip|add|merge"), QStringLiteral("skip")});
    parser.addOption({QStringLiteral("date-order"),
                      Cli::tr("How the file writes dates such as 4/1/2020: mdy (month first, as "
                              "in the US), dmy (day first) or ymd (year first). Not given: as "
                              "the file's other dates show; a date that could be read either "
                              "way is refused."),
                      QStringLiteral("mdy|dmy|ymd")});
    parser.addOption({QStringLiteral("dry-run"), Cli::tr("Check every row; write nothing.")});
    const QString usage = Cli::tr("Usage: import KIND FILE [--encoding auto|utf-8|cp932] "
                                  "[--delimiter comma|tab|semicolon] [--duplicates "
                                  "skip|add|merge] [--date-order mdy|dmy|ymd] [--dry-run]\n"
                                  "Kinds: %1")
                              .arg(CsvFormat::kinds().join(QStringLiteral(", ")));
    if (!parser.parse(QStringList{QStringLiteral("import")} + context.arguments)) {
        context.err << parser.errorText() << Qt::endl << usage << Qt::endl;
        return UsageError;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        context.err << usage << Qt::endl;
        return UsageError;
    }
    const CsvFormat* format = formatOrUsage(context, args[0]);
    if (!format)
        return UsageError;
    const auto encoding = CsvEncodings::fromCode(parser.value(QStringLiteral("encoding")));
    if (!encoding) {
        context.err << usage << Qt::endl;
        return UsageError;
    }
    QChar delimiter;
    const QString d = parser.value(QStringLiteral("delimiter"));
    if (d == QLatin1String("comma"))
        delimiter = QLatin1Char(',');
    else if (d == QLatin1String("tab"))
        delimiter = QLatin1Char('\t');
    else if (d == QLatin1String("semicolon"))
        delimiter = QLatin1Char(';');
    else if (!d.isEmpty()) {
        context.err << usage << Qt::endl;
        return UsageError;
    }
    const QString dup = parser.value(QStringLiteral("duplicates"));
    if (dup != QLatin1String("skip") && dup != QLatin1String("add") &&
        dup != QLatin1String("merge")) {
        context.err << usage << Qt::endl;
        return UsageError;
    }

    DateOrder dateOrder = DateOrder::Auto;
    const QString order = parser.value(QStringLiteral("date-order"));
    if (order == QLatin1String("mdy"))
        dateOrder = DateOrder::MonthDayYear;
    else if (order == QLatin1String("dmy"))
        dateOrder = DateOrder::DayMonthYear;
    else if (order == QLatin1String("ymd"))
        dateOrder = DateOrder::YearMonthDay;
    else if (!order.isEmpty()) {
        context.err << usage << Qt::endl;
        return UsageError;
    }

    Database db(context.databasePath, Database::forWriting());
    CsvImport import(db, *format);
    import.setDateOrder(dateOrder);
    if (!import.loadFile(args[1], *encoding, delimiter)) {
        context.err << import.error() << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("%1: %2, %3, %n row(s) of %4", nullptr, int(import.records().size()))
                       .arg(QDir::toNativeSeparators(args[1]),
                            CsvEncodings::label(import.encoding()),
                            delimiterName(import.delimiter()), format->label())
                << Qt::endl;
    if (import.decodingProblems())
        context.err << Cli::tr("Some bytes are not %1: try another --encoding.")
                           .arg(CsvEncodings::label(import.encoding()))
                    << Qt::endl;
    const QStringList problems = import.mappingProblems();
    if (!problems.isEmpty()) {
        for (const QString& p : problems)
            context.err << p << Qt::endl;
        context.err << Cli::tr("Columns: %1").arg(format->headers().join(QStringLiteral(", ")))
                    << Qt::endl
                    << Cli::tr("Nothing was imported.") << Qt::endl;
        return Failure;
    }
    const QStringList headers = import.fileHeaders();
    const QStringList mapping = import.mapping();
    for (int i = 0; i < headers.size(); ++i)
        if (mapping.value(i).isEmpty() && !headers[i].isEmpty())
            context.out << Cli::tr(
                               "Column “%1” is not a column of this kind of record; it is ignored.")
                               .arg(headers[i])
                        << '\n';
    context.out.flush();

    // Checked, then written under the write lock; when another program added
    // records like these rows in between, checked again (at most 3 times).
    for (int attempt = 1;; ++attempt) {
        const int code = checkImport(context, import, dup, dateOrder);
        if (code != Ok)
            return code;
        if (parser.isSet(QStringLiteral("dry-run"))) {
            context.out << Cli::tr("Dry run: nothing was written.") << Qt::endl;
            return Ok;
        }
        try {
            const ImportSummary s = import.commit();
            context.out << Cli::tr("Imported: %1 added, %2 merged, %3 skipped.")
                               .arg(s.added)
                               .arg(s.merged)
                               .arg(s.skipped)
                        << Qt::endl;
            if (!s.backupPath.isEmpty())
                context.out << Cli::tr("Backup taken before the import: %1")
                                   .arg(QDir::toNativeSeparators(s.backupPath))
                            << Qt::endl;
            return Ok;
        } catch (const StorageError& e) {
            if (e.kind() != StorageError::Kind::Conflict || attempt == 3)
                throw;
            context.out << e.message() << Qt::endl
                        << Cli::tr("Checking the file again.") << Qt::endl;
        }
    }
}

int runExport(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("include-personal-data"),
                      Cli::tr("Also write personal data (dietary and medical notes, emergency "
                              "contacts, home addresses).")});
    const QString usage = Cli::tr("Usage: export KIND FILE [--include-personal-data]\nKinds: %1")
                              .arg(CsvFormat::kinds().join(QStringLiteral(", ")));
    if (!parser.parse(QStringList{QStringLiteral("export")} + context.arguments) ||
        parser.positionalArguments().size() != 2) {
        context.err << usage << Qt::endl;
        return UsageError;
    }
    const QStringList args = parser.positionalArguments();
    const CsvFormat* format = formatOrUsage(context, args[0]);
    if (!format)
        return UsageError;
    Database db(context.databasePath, Database::forReading());
    const int n = CsvExport::writeFile(db, *format, format->allIds(db), args[1],
                                       parser.isSet(QStringLiteral("include-personal-data")));
    context.out
        << Cli::tr("%n record(s) written to %1", nullptr, n).arg(QDir::toNativeSeparators(args[1]))
        << Qt::endl;
    return Ok;
}

} // namespace jlgc::cli
