#pragma once

#include "domain/person.h"

#include <QCoreApplication>
#include <QStringList>

namespace jlgc {

class Database;

// Personal data held about people, and its erasure on a person's request.
class PersonalData {
    Q_DECLARE_TR_FUNCTIONS(PersonalData)
public:
    // Columns that hold sensitive personal data (medical, dietary, emergency
    // contacts, passports, home addresses), in any table that has them.
    static bool isSensitiveColumn(const QString& column);
    // Columns that reach or describe a person (contact details, free notes).
    static bool isContactColumn(const QString& column);

    // "Erased person #12".
    static QString placeholderName(PersonId id);

    // Erases a person's personal data: the names become a placeholder, the
    // contact and sensitive fields are cleared, in the person's record and in
    // every record that is about them (their fellow, officer, member rows…),
    // and their history and Trash copies are scrubbed. The records themselves
    // stay, so every count (fellows per year, a delegation's members) stays
    // right. One transaction: all or nothing.
    static void erase(Database& db, PersonId id);
};

} // namespace jlgc
