#pragma once

#include "domain/governmentref.h"
#include "domain/personname.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace jlgc {

class Query;

// SQL fragments and row readers shared by the repositories that point at
// people and Japanese governments. Every fragment is built from the fixed
// aliases passed in by the repositories, never from user text.
namespace sqlrefs {

// The six columns of a person's name, named once: family, given, family
// kanji, given kanji, family kana, given kana.
const QStringList& personNameColumnNames();
// A name's six parts, in the order of personNameColumnNames().
QStringList personNameParts(const PersonName& name);
// The six columns of the person table aliased `alias` (empty strings for
// NULL), read back by personNameAt().
QString personNameColumns(const QString& alias);
PersonName personNameAt(const Query& q, int first);

// LEFT JOINs that name the government of table alias `table` (which has the
// columns prefecture_code, municipality_code, organization_id); the joined
// tables are aliased with `prefix`.
QString governmentJoins(const QString& table, const QString& prefix);
// Five columns for governmentAt(): the three references and the names.
QString governmentColumns(const QString& table, const QString& prefix);
GovernmentRef governmentAt(const Query& q, int first);
// Binds :prefecture, :municipality and :government_org.
void bindGovernment(Query& q, const GovernmentRef& government);

QDate dateAt(const Query& q, int index);
QDateTime timestampAt(const Query& q, int index);
// A moment the history, the Trash or the access log wrote (UTC, to the
// millisecond).
QDateTime utcAt(const Query& q, int index);
QString nowUtc();

} // namespace sqlrefs
} // namespace jlgc
