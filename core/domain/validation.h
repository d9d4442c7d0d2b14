#pragma once

#include "domain/fielderror.h"

#include <QDate>
#include <QString>

namespace jlgc {

// Checks shared by the record types. Each appends a message for the named
// field to errors when the value is not acceptable.
namespace validate {

void email(FieldErrors& errors, const QString& field, const QString& value);
void website(FieldErrors& errors, const QString& field, const QString& value);
void dateOrder(FieldErrors& errors, const QString& field, const QDate& start, const QDate& end);
// The message for the field when both are given and `last` is before `first`
// (dates or times).
template <typename T>
void order(FieldErrors& errors, const QString& field, const T& first, const T& last,
           const QString& message)
{
    if (first.isValid() && last.isValid() && last < first)
        errors.append({field, message});
}
// Kana readings: hiragana, katakana, the long-vowel mark and spaces only.
void kana(FieldErrors& errors, const QString& field, const QString& value);

} // namespace validate
} // namespace jlgc
