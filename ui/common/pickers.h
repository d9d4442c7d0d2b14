#pragma once

#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "domain/language.h"

#include <QHash>
#include <QStringList>
#include <functional>

namespace jlgc {

class Database;
using DatabaseGetter = std::function<Database*()>;

// Ready-made lookups for the pickers of every page. Each reads the database
// the getter returns at the time of the search.
namespace pickers {

// A lookup that reads the database of the moment (read(db, text)); while
// there is none it offers nothing.
SearchPicker::Provider
fromDatabase(DatabaseGetter db,
             std::function<QList<PickerItem>(Database&, const QString& text)> read);
// A stored record's label, to show in a picker (none: empty): its display
// name in the window's language, or what `name` makes of the record.
template <typename Repo> QString recordLabel(Database* db, qint64 id, const auto& name)
{
    if (!db || id <= 0)
        return {};
    const auto record = Repo(*db).find(id);
    return record ? QString(name(*record)) : QString();
}
template <typename Repo> QString recordLabel(Database* db, qint64 id)
{
    return recordLabel<Repo>(db, id,
                             [](const auto& record) { return record.display(uiLanguage()); });
}

// Organizations by any of their names or the abbreviation; key = id.
SearchPicker::Provider organizations(DatabaseGetter db);
// People by any form of their name; key = id.
SearchPicker::Provider people(DatabaseGetter db);
// Prefectures and municipalities by kanji, kana, romaji, English or code; key = code.
SearchPicker::Provider jurisdictions(DatabaseGetter db);
// US states and Canadian provinces (of one country, or both); key = ISO code.
SearchPicker::Provider subdivisions(DatabaseGetter db, std::function<QString()> country);

// Labels for a stored key, to show in a picker when a record is loaded.
QString organizationLabel(Database* db, qint64 id);
QString personLabel(Database* db, qint64 id);
QString jurisdictionLabel(Database* db, const QString& code);
// The labels of many codes (a list's rows), read together; a code not on
// file is its own label.
QHash<QString, QString> jurisdictionLabels(Database* db, const QStringList& codes);
// A state or province in the window's language (ニューヨーク州), or in the
// one given: the English name is the one records of the North American side
// keep (a sister affiliation's place, "St. Paul, Minnesota").
QString subdivisionLabel(Database* db, const QString& code);
QString subdivisionLabel(Database* db, const QString& code, Language language);

} // namespace pickers
} // namespace jlgc
