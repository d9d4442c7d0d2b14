#pragma once

#include "domain/language.h"
#include "domain/personname.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace jlgc {

template <class T> class RecordColumns;

// What a stored field is, once for every use of it: the column, its label
// (forms, History, Undo, the conflict message), whether it is personal data,
// and its CSV column (English and Japanese headers). Labels are source texts
// in the "FieldLabels" translation context; headers are literal in both
// languages (an import accepts either, whatever the window's language).
struct FieldSpec {
    enum Flag : unsigned {
        Personal = 1, // dietary and medical notes, emergency contacts, home addresses
        Required = 2, // every CSV row needs it
        Name = 4,     // a person's or place's name: a "?" in an import is a lost character
    };
    QString column;
    const char* label = nullptr;
    unsigned flags = 0;
    const char* csvHeader = nullptr; // null: not a CSV column
    const char* csvHeaderJa = nullptr;
    const char* csvAccepted = nullptr; // what an import accepts, for docs/import-formats.md
    // How a form made from the description edits it (DescribedPage), and
    // how a CSV format made from it writes and reads it.
    enum class Input { Text, LongText, Date, Number, Choice, Person, Organization };
    Input input = Input::Text;
    // Input::Choice: the stored codes and their labels in the window's language.
    std::function<QList<QPair<QString, QString>>()> choices = {};

    bool personal() const { return flags & Personal; }
    bool inCsv() const { return csvHeader != nullptr; }
    QString translatedLabel() const;
};

// One column of a kind's list, read a screen at a time by the database:
// `values` are SQL expressions over the record's row `r` (and the type's
// joins) that the cell shows, `sortSql` what the column sorts by (empty: the
// first value). `format` writes the cell in the window's language from the
// values (null: the first value as text).
struct ListColumn {
    using Format = QString (*)(const QVariantList& values, Language language);
    // A source text in the "Lists" context, with a disambiguation where one
    // English header has two Japanese ones (QT_TRANSLATE_NOOP3: a person's
    // name 氏名, an organization's 名称).
    struct Text {
        const char* source = nullptr;
        const char* comment = nullptr;
        constexpr Text(const char* s = nullptr, const char* c = nullptr) : source(s), comment(c) {}
    };
    Text header = {};
    QStringList values;
    QString sortSql;
    Format format = nullptr;
    bool number = false; // right-aligned
    // A column not shown (such columns follow those shown) that serves the
    // row instead: a RowState value of "dim" greys the row out (a visit
    // completed), "alert" shows it in red (a request overdue); a ToolTip
    // value, when not empty, is the tooltip of the column tipOf (-1: of every
    // column without one of its own) instead of its text.
    enum class Use { Shown, RowState, ToolTip };
    Use use = Use::Shown;
    int tipOf = -1;
    bool emphasized = false; // bold in an alert row
    // The header of a Japanese window, where the column shows something else
    // (the other language's name); null: the same header.
    Text headerInJapanese = {};
    // How the column sorts when that is not in the order of its text (open
    // requests first, visits to come first): a source text in the "Lists"
    // context, the header's tooltip; null when it sorts as it reads.
    const char* sortNote = nullptr;
    QString translatedHeader(Language language) const;
    QString translatedSortNote() const;
    QString sortExpression() const { return sortSql.isEmpty() ? values.value(0) : sortSql; }
};

// Cell formats most lists use (listformats.cpp).
namespace listformat {
QString text(const QVariantList& v, Language);
// values: English, Japanese: the one of the language, else the other.
QString bilingual(const QVariantList& v, Language language);
QString date(const QVariantList& v, Language language);       // Apr 1, 2025 / 2025/04/01
QString integer(const QVariantList& v, Language language);    // 1,234; empty for NULL
QString fiscalYear(const QVariantList& v, Language language); // of a date: FY2025 / 2025年度
// values: personNameValues(): the name as PersonName::display writes it.
QString personName(const QVariantList& v, Language language);
// The six name columns of a person's row `alias` (family, given, kanji, kana).
QStringList personNameValues(const QString& alias);
// The PersonName of personNameValues() (for a reading or a Latin column).
PersonName personNameOf(const QVariantList& v);
// A record's government (prefecture_code, municipality_code, or else
// organization_id) and its staff member (staffColumn) joined as gp, gm, gmp,
// go, s, sp and si (the member's search entry); governmentSql() names the
// government in one language from those joins.
QString governmentAndStaffJoins(const QString& staffColumn);
QString governmentSql(Language language);
} // namespace listformat

// A filter a list may set by name: SQL over `r` with the placeholder of its
// name (":kind" for the filter "kind"), bound to the value the page gives.
struct ListFilter {
    QString name;
    QString sql;
};

// Rows a record owns (deleted with it): their table and name, for counts,
// the Trash and messages that name them.
struct OwnedTable {
    QString name;                // "delegation_members"
    QString table;               // "delegation_member"
    const char* label = nullptr; // source text in the "RecordKinds" context
    QString column;              // the owner's id in its rows: "delegation_id"
};

// One kind of record, described once. Repositories read and write its
// fields with SQL made from its columns (RecordColumns, stated in the
// repository or made from this description's fields), the CSV format
// takes its columns from it, History, Undo and the Trash their labels, the
// change notifier the kind of a changed row, the lists their columns, global
// search what it indexes, counts their table.
struct RecordType {
    QString name;                   // the one name: "events", "people", "jetaa_chapters"
    QString table;                  // its table: "office_event"
    const char* label = nullptr;    // "Events" in the "RecordKinds" context
    const char* singular = nullptr; // "event", for messages ("this event")
    QList<FieldSpec> fields;        // stored fields (not id, row_version, created_at, updated_at)
    QList<OwnedTable> owned;        // rows it owns
    // A record that belongs to another (a fellow to a cohort): the owner's
    // kind and the column that names it.
    QString ownerKind;
    QString ownerColumn;
    // Joins the list and search SQL may use besides `r` (LEFT JOIN … ON …).
    QString joins;
    // The list: its columns, default order (SQL over r; empty: the first
    // column's), and filters. "{lang}" in any of their SQL is the window's
    // language (en, ja): sort keys differ by language.
    QList<ListColumn> listColumns;
    QString listOrder;
    QList<ListFilter> listFilters;
    // The kind's entries in the search index (global search and the list's
    // text filter); empty: the table's name.
    QString searchKind;
    // How global search reads one record (bound :id) to index it: its title
    // and subtitle in English and Japanese, then the texts whose words find
    // it (SearchStore). Empty: the kind is not in the search index.
    QString searchSelect;
    // A kind without entries of its own in the search index: the list's
    // text finds a record through the entries of the records it names (a
    // fellow by the person's names and the home government's), each a
    // column of `r` (or of a join) and that record's search kind; without a
    // search kind, a text column of its own that holds the text as typed
    // (a fellow's title at the time).
    struct TextThrough {
        QString column;
        QString searchKind;
    };
    QList<TextThrough> textThrough;
    // Every record has its entry in the search index: the list is read from
    // the index, whose sort keys ("i.sort_{lang}", never NULL) order it by
    // name from a B-tree; `i` is the entry in the list's SQL.
    bool indexed = false;

    // The dashboard shows a tile with the kind's count that opens the page
    // of this record kind (as pages and search name it: "cohort" for the
    // fellows); empty: no tile.
    QString dashboardOpens;
    // A simple kind (DescribedTable): its CSV format is made from its fields
    // (DescribedTableFormat) and listed with the others.
    bool csvFromDescription = false;

    QString indexKind() const { return searchKind.isEmpty() ? table : searchKind; }

    QString translatedLabel() const;
    QString translatedSingular() const;
    const FieldSpec* field(const QString& column) const;
};

// Fields described by their columns alone, labelled as the History dialog
// labels them (FieldLabels), without a CSV column: for kinds whose
// repository keeps SQL of its own. Their columns are the ones its
// repository states once (RecordColumns::written()), plus any it writes
// only when a record is added (an itinerary item's uid). personal: the
// columns of personal data.
QList<FieldSpec> labelledFields(const QString& table, const QStringList& columns,
                                const QStringList& personal = {});

// A kind whose fields are described by their columns alone (labelledFields)
// and whose list, if any, its page keeps: the name, labels, and the table
// and columns that its repository states (Repo::columns()); owned tables
// and an owner are set after.
template <class T>
RecordType describedByColumns(const char* name, const char* label, const char* singular,
                              const RecordColumns<T>& columns, const QStringList& personal = {})
{
    RecordType t;
    t.name = QLatin1String(name);
    t.table = columns.table();
    t.label = label;
    t.singular = singular;
    t.fields = labelledFields(t.table, columns.written(), personal);
    return t;
}

// The kinds described in files of their own (*type.cpp), for the registry.
const RecordType& delegationsType();
const RecordType& researchRequestsType();
const RecordType& sisterAffiliationsType();
const RecordType& hostFamiliesType();

// Every kind of record, in the order of the window's navigation.
class RecordTypes {
public:
    static const QList<const RecordType*>& all();
    static const RecordType* find(const QString& name);
    // A kind described while the program runs (the tests of what pages and
    // tables made from a description share): found by find(), not in all().
    static void addDescribed(const RecordType* type);
    static const RecordType* forTable(const QString& table);
    // The kind's name, or the owned table's name, for a table; the table
    // itself when no kind has it.
    static QString nameOfTable(const QString& table);
    // The owned table of that name and the kind that owns it (null: none).
    static const OwnedTable* ownedTable(const QString& table, const RecordType** owner = nullptr);
    // The record a row of the table belongs to, whose page shows the row (a
    // fellow's cohort, an itinerary item's delegation, a member's family):
    // the owner's kind and the row's column that holds its id.
    struct Owner {
        const RecordType* type = nullptr;
        QString column;
    };
    static Owner ownerOf(const QString& table);
};

} // namespace jlgc
