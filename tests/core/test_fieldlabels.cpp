#include "storage/database.h"
#include "storage/fieldlabels.h"
#include "storage/history.h"
#include "storage/schemainfo.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

// Answers every FieldLabels string with a marked copy: proves that a label
// goes through the translator without depending on the shipped .qm files.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int = -1) const override
    {
        if (QLatin1String(context) != QLatin1String("FieldLabels"))
            return {};
        if (QLatin1String(source) == QLatin1String("Family name (kanji)"))
            return QStringLiteral("姓（漢字）");
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST_CASE("History names a record's fields as the forms do, in the user's language",
          "[history][fieldlabels]")
{
    CHECK(FieldLabels::label(QStringLiteral("person"), QStringLiteral("family_name")) ==
          QStringLiteral("Family name (Latin)"));
    CHECK(FieldLabels::label(QStringLiteral("person"), QStringLiteral("family_name_kana")) ==
          QStringLiteral("Family name (kana)"));
    // A table's own wording wins over the shared one.
    CHECK(FieldLabels::label(QStringLiteral("fellow"), QStringLiteral("title")) ==
          QStringLiteral("Title at the time"));
    CHECK(FieldLabels::label(QStringLiteral("person"), QStringLiteral("title")) ==
          QStringLiteral("Title"));
    CHECK(FieldLabels::label(QStringLiteral("organization"), QStringLiteral("short_name")) ==
          QStringLiteral("Abbreviation"));
    CHECK(FieldLabels::label(QStringLiteral("jetaa_chapter"), QStringLiteral("short_name")) ==
          QStringLiteral("Short name"));
    // A column no table names still reads as words.
    CHECK(FieldLabels::label(QStringLiteral("person"), QStringLiteral("some_new_field")) ==
          QStringLiteral("Some new field"));

    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString ja =
        FieldLabels::label(QStringLiteral("person"), QStringLiteral("family_name_kanji"));
    const QString notes = FieldLabels::label(QStringLiteral("cohort"), QStringLiteral("notes"));
    QCoreApplication::removeTranslator(&translator);
    CHECK(ja == QStringLiteral("姓（漢字）"));
    CHECK(notes == QStringLiteral("«Notes»"));
}

TEST_CASE("Every field of every record with a history has a label of its own",
          "[fieldlabels][server]")
{
    // A column added later without a label would show as "Na key" in the
    // History dialog, the same in Japanese: name it in fieldlabels.cpp.
    auto db = test::memoryDatabase();
    const QStringList tables = SchemaInfo::recordTables(*db);
    REQUIRE(tables.contains(QStringLiteral("person")));
    REQUIRE(tables.contains(QStringLiteral("staff_member")));
    QStringList unlabelled;
    for (const QString& table : tables) {
        for (const QString& column : SchemaInfo::columns(*db, table)) {
            if (!History::isBookkeepingField(column) && !FieldLabels::has(table, column))
                unlabelled << table + QLatin1Char('.') + column;
        }
    }
    CHECK(unlabelled.join(QStringLiteral(", ")).toStdString() == "");
}
