// jlgc-desk [--database FILE] search QUERY [--json]
#include "cli/cli.h"
#include "search/searchindex.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace jlgc::cli {

int runSearch(Context& context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parser.addOption(
        {QStringLiteral("lang"), Cli::tr("Names in en or ja."), QStringLiteral("en|ja")});
    if (!parser.parse(QStringList{QStringLiteral("search")} + context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        context.err << Cli::tr("Usage: jlgc-desk [--database FILE] search QUERY [--json]")
                    << Qt::endl;
        return UsageError;
    }
    const Language lang =
        parser.isSet(QStringLiteral("lang"))
            ? languageFromCode(parser.value(QStringLiteral("lang")))
            : (QLocale().language() == QLocale::Japanese ? Language::Japanese : Language::English);
    Database db(context.databasePath, Database::forReading());
    const QList<SearchHit> hits = SearchIndex(db).search(query, lang, 200);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit& h : hits)
            array.append(QJsonObject{{QStringLiteral("kind"), h.kind},
                                     {QStringLiteral("id"), QJsonValue::fromVariant(h.id)},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("subtitle"), h.subtitle}});
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                                 {QStringLiteral("results"), array}})
                           .toJson(QJsonDocument::Indented);
        return Ok;
    }
    QString lastKind;
    for (const SearchHit& h : hits) {
        if (h.kind != lastKind) {
            context.out << SearchIndex::kindLabel(h.kind) << '\n';
            lastKind = h.kind;
        }
        context.out << "  " << h.title;
        if (!h.subtitle.isEmpty())
            context.out << "  (" << h.subtitle << ')';
        context.out << "  [" << h.id.toString() << "]\n";
    }
    if (hits.isEmpty())
        context.out << Cli::tr("Nothing found for “%1”.").arg(query) << '\n';
    context.out.flush();
    return Ok;
}

} // namespace jlgc::cli
