#pragma once

#include <QCoreApplication>
#include <QString>

namespace jlgc {

// The user's name for a stored field ("person"."family_name_kanji" →
// "Family name (kanji)", 姓（漢字）in Japanese), for the History dialog and
// the message that shows another user's changes. The labels follow the
// forms' wording so that a field is recognised where it was edited.
class FieldLabels {
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)
public:
    // Translated label; a column no table below names falls back to
    // readable(column).
    static QString label(const QString& table, const QString& column);
    // Whether the table (or the labels shared by every table) names the column.
    static bool has(const QString& table, const QString& column);
    // The untranslated label (a source text of the "FieldLabels" context);
    // null when no table names the column.
    static const char* source(const QString& table, const QString& column);
    // The stored name made readable: "family_name_kana" → "Family name kana".
    static QString readable(const QString& column);
};

} // namespace jlgc
