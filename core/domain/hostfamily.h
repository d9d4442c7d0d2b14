#pragma once

#include "domain/person.h"

#include <QCoreApplication>
#include <optional>

namespace jlgc {

using HostFamilyId = qint64;

// One member of a host family: a person on record, or just a name.
struct HostFamilyMember {
    qint64 id = 0;
    PersonId personId = 0; // 0: no person record, see name
    QString name;          // as the office knows the member when there is no person record
    std::optional<int> age;
    QString role; // host father, daughter, grandmother, …

    PersonName personName; // filled in when read

    QString display(Language language) const;
    bool operator==(const HostFamilyMember&) const = default;
};

// A family in Japan that hosts fellows in its home.
struct HostFamily {
    HostFamilyId id = 0;
    QString familyNameKanji; // 鈴木
    QString familyNameKana;  // すずき
    QString familyNameRomaji;
    QString municipalityCode; // where the family lives (reference data)
    QString addressJa;        // sensitive
    QString languages;        // spoken at home: "Japanese, some English"
    int capacity = 1;         // fellows the family can hold on one night
    bool smoking = false;     // someone smokes at home
    QString pets;             // empty: none
    QString accessibility;    // stairs, step-free, …
    // What the family can cook or provide. The homestay rules look here for
    // each dietary need a fellow has (vegetarian, halal, nut allergy, …).
    QString dietaryNotes;
    QString availabilityNotes;
    QString notes;
    QList<HostFamilyMember> members;

    // Filled in when read, for display.
    QString municipalityNameJa;
    QString municipalityNameEn;
    QString prefectureCode;

    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    // 鈴木家 in Japanese, "Suzuki family" in English.
    QString display(Language language) const;
    // The name in both scripts, for messages read in either language: 鈴木 (Suzuki).
    QString names() const;
    QString sortKey(Language language) const;
    FieldErrors validate() const;
    HostFamily withoutSensitiveData() const;
    static QStringList sensitiveFields();

    bool operator==(const HostFamily&) const = default;
};

// 鈴木 (Suzuki), or whichever of the two is given.
QString familyNames(const QString& kanji, const QString& romaji);

} // namespace jlgc
