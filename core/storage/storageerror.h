#pragma once

#include "domain/fielderror.h"

#include <QString>
#include <QStringList>
#include <stdexcept>

namespace jlgc {

// The one error type of the storage layer. message() is written for the user,
// in the language that was active when the error was raised; detail() is the
// technical text (driver message, SQL) for logs and the command line.
class StorageError : public std::runtime_error {
public:
    enum class Kind {
        Open,         // the file cannot be opened or created
        NotADatabase, // the file is not an SQLite database
        Corrupt,      // the integrity check failed
        NewerVersion, // written by a newer JLGC Desk
        Locked,       // another program holds a lock for too long
        ReadOnly,     // the file or its folder cannot be written
        DiskFull,
        Constraint, // a uniqueness or reference rule of the schema
        Referenced, // the record is still used by other records
        NotFound,
        Validation, // the record breaks a rule; see fieldErrors()
        Conflict,   // someone else changed the record since it was read
        Query,      // anything else the driver reports
    };

    // The domain's type (domain/fielderror.h), named here too.
    using FieldError = jlgc::FieldError;

    StorageError(Kind kind, const QString& message, const QString& detail = {});
    StorageError(const QList<FieldError>& fieldErrors);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    const QList<FieldError>& fieldErrors() const { return m_fieldErrors; }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    QList<FieldError> m_fieldErrors;
};

// Throws StorageError Validation with the errors, if there are any.
inline void throwIfAny(const QList<FieldError>& errors)
{
    if (!errors.isEmpty())
        throw StorageError(errors);
}

} // namespace jlgc
