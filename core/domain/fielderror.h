#pragma once

#include <QList>
#include <QString>

namespace jlgc {

// What is wrong with one field of a record, in the user's language: the
// rules of the domain report these, and a save refuses a record with any
// (StorageError::Kind::Validation carries them to the form).
struct FieldError {
    QString field;
    QString message;
};

using FieldErrors = QList<FieldError>;

} // namespace jlgc
