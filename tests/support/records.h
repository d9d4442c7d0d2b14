#pragma once

// Records built in one call, for the many tests that need an organization,
// a person or a JETAA chapter: the fields named, every other left as a new
// record has it.
#include "domain/jetaachapter.h"
#include "domain/organization.h"
#include "domain/person.h"

#include <QString>

namespace jlgc::test {

inline Organization organization(const QString& en, const QString& ja, OrganizationKind kind,
                                 const QString& country, const QString& subdivision = {},
                                 const QString& prefecture = {})
{
    Organization o;
    o.nameEn = en;
    o.nameJa = ja;
    o.kind = kind;
    o.country = country;
    o.subdivisionCode = subdivision;
    o.prefectureCode = prefecture;
    return o;
}

inline Person person(const QString& family, const QString& given, const QString& familyKanji = {},
                     const QString& givenKanji = {}, const QString& familyKana = {},
                     const QString& givenKana = {})
{
    Person p;
    p.name = {family, given, familyKanji, givenKanji, familyKana, givenKana};
    return p;
}

// Yamada Taro in every script: 山田 太郎, やまだ たろう.
inline Person yamadaTaro()
{
    return person(QStringLiteral("Yamada"), QStringLiteral("Taro"), QStringLiteral("山田"),
                  QStringLiteral("太郎"), QStringLiteral("やまだ"), QStringLiteral("たろう"));
}

// Jane Smith, in Latin letters only, with an email (jane@example.org) for
// the tests that change one field and look at its history.
inline Person janeSmith()
{
    Person p = person(QStringLiteral("Smith"), QStringLiteral("Jane"));
    p.email = QStringLiteral("jane@example.org");
    return p;
}

// A JETAA chapter in a US state or Canadian province (its ISO code; the
// country is the code's first two letters), a subchapter of parent if given.
inline JetaaChapter chapter(const QString& name, const QString& subdivision, ChapterId parent = 0)
{
    JetaaChapter c;
    c.name = name;
    c.country = subdivision.left(2);
    c.subdivisionCode = subdivision;
    c.parentId = parent;
    return c;
}

} // namespace jlgc::test
