#pragma once

// A simple kind described at run time, for the tests of what a description
// alone gives (DescribedTable, DescribedPage): gifts given or received
// during a visit, in a table the test makes.
#include "storage/database.h"
#include "storage/records/describedtable.h"
#include "storage/records/recordtype.h"

#include <QCoreApplication>

namespace jlgc::test {

inline const RecordType& giftKind()
{
    static const RecordType type = [] {
        RecordType t;
        t.name = QStringLiteral("test_gifts");
        t.table = QStringLiteral("test_gift");
        t.label = "Gifts";
        t.singular = "gift";
        const auto field = [](const char* column, const char* label, FieldSpec::Input input,
                              unsigned flags = 0) {
            FieldSpec f;
            f.column = QLatin1String(column);
            f.label = label;
            f.input = input;
            f.flags = flags;
            f.csvHeader = label;
            f.csvHeaderJa = "";
            return f;
        };
        FieldSpec direction = field("direction", "Kind", FieldSpec::Input::Choice);
        direction.choices = [] {
            return QList<QPair<QString, QString>>{
                {QStringLiteral("given"), QStringLiteral("Given")},
                {QStringLiteral("received"), QStringLiteral("Received")}};
        };
        t.fields = {
            field("gift_date", "Date", FieldSpec::Input::Date, FieldSpec::Required),
            field("description", "Description", FieldSpec::Input::Text, FieldSpec::Required),
            direction,
            field("person_id", "Person", FieldSpec::Input::Person),
            field("value_usd", "Value", FieldSpec::Input::Number),
            field("notes", "Notes", FieldSpec::Input::LongText),
        };
        ListColumn date;
        date.header = "Date";
        date.values = {QStringLiteral("r.gift_date")};
        date.format = &listformat::date;
        ListColumn description;
        description.header = "Description";
        description.values = {QStringLiteral("r.description")};
        t.listColumns = {date, description};
        return t;
    }();
    RecordTypes::addDescribed(&type);
    return type;
}

// The kind's table in a database of the tests.
inline void makeGiftTable(Database& db)
{
    Query(db, QStringLiteral("CREATE TABLE IF NOT EXISTS test_gift (id INTEGER PRIMARY KEY, "
                             "row_version INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, "
                             "updated_at TEXT NOT NULL, gift_date TEXT NOT NULL, description TEXT "
                             "NOT NULL, direction TEXT, person_id INTEGER REFERENCES person(id), "
                             "value_usd INTEGER, notes TEXT)"))
        .exec();
}

// A record of a simple kind, its fields filled by their inputs (text,
// dates, numbers, the first choice, the first person or organization on
// file): what the sample records (addSampleRecords) hold for the other
// kinds, so that a new simple kind needs no sample of its own in core/demo.
inline qint64 addSampleOf(Database& db, const RecordType& type)
{
    DescribedRecord record;
    for (const FieldSpec& f : type.fields) {
        QVariant value;
        switch (f.input) {
        case FieldSpec::Input::Text:
            value = QStringLiteral("見本 %1").arg(f.column);
            break;
        case FieldSpec::Input::LongText:
            value = QStringLiteral("一行目\n second line");
            break;
        case FieldSpec::Input::Date:
            value = QStringLiteral("2025-04-01");
            break;
        case FieldSpec::Input::Number:
            value = 1200;
            break;
        case FieldSpec::Input::Choice:
            value = f.choices().value(0).first;
            break;
        case FieldSpec::Input::Person:
            value = Query(db, QStringLiteral("SELECT min(id) FROM person")).exec().scalar();
            break;
        case FieldSpec::Input::Organization:
            value = Query(db, QStringLiteral("SELECT min(id) FROM organization")).exec().scalar();
            break;
        }
        record.values.insert(f.column, value);
    }
    return DescribedTable(db, type).save(record);
}

// A record of every simple kind the program describes (RecordTypes::all()
// with a CSV format made from its description).
inline void addDescribedSamples(Database& db)
{
    for (const RecordType* type : RecordTypes::all())
        if (type->csvFromDescription)
            addSampleOf(db, *type);
}

} // namespace jlgc::test
