#include "storage/personrepository.h"

#include "storage/childrows.h"
#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/rowwriter.h"
#include "storage/sqlconditions.h"

#include <QHash>

namespace jlgc {

const RecordColumns<Person>& PersonRepository::columns()
{
    using P = Person;
    static const RecordColumns<P> c =
        RecordColumns<P>(QStringLiteral("person"), QStringLiteral("p"))
            .name(&P::name)
            .text(QStringLiteral("title"), &P::title)
            .text(QStringLiteral("email"), &P::email)
            .text(QStringLiteral("phone"), &P::phone)
            .text(QStringLiteral("languages"), &P::languages)
            .text(QStringLiteral("notes"), &P::notes);
    return c;
}

QHash<PersonId, QList<Affiliation>> PersonRepository::affiliations(PersonId onlyId,
                                                                   Language language) const
{
    // One person's through the index on person_id (an OR with "all" would
    // read every affiliation of a large database for each person shown).
    if (onlyId == 0)
        return affiliationsWhere({}, {}, language);
    return affiliationsWhere(QStringLiteral("WHERE a.person_id = :ids "), QString::number(onlyId),
                             language);
}

QHash<PersonId, QList<Affiliation>> PersonRepository::affiliationsWhere(const QString& where,
                                                                        const QString& ids,
                                                                        Language language) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT a.person_id, a.id, a.organization_id, coalesce(o.name_en, ''), "
                      "coalesce(o.name_ja, ''), coalesce(a.role, ''), coalesce(a.start_date, ''), "
                      "coalesce(a.end_date, '') FROM person_affiliation a JOIN organization o "
                      "ON o.id = a.organization_id ") +
                      where +
                      QStringLiteral("ORDER BY a.person_id, a.end_date IS NOT NULL, "
                                     "a.start_date DESC, a.id"));
    if (!where.isEmpty())
        q.bind(QStringLiteral(":ids"), ids);
    return childRowsByParent(q, [language](const Query& row) {
        Organization o;
        o.nameEn = row.text(3);
        o.nameJa = row.text(4);
        Affiliation a;
        a.id = row.id(1);
        a.organizationId = row.id(2);
        a.organizationName = o.display(language);
        a.role = row.text(5);
        a.start = QDate::fromString(row.text(6), Qt::ISODate);
        a.end = QDate::fromString(row.text(7), Qt::ISODate);
        return a;
    });
}

std::optional<Person> PersonRepository::find(PersonId id, Language language) const
{
    std::optional<Person> p = columns().find(m_db, id);
    if (p)
        p->affiliations = affiliations(id, language).value(id);
    return p;
}

QList<Person> PersonRepository::findMany(const QList<PersonId>& ids, Language language) const
{
    if (ids.isEmpty())
        return {};
    QList<Person> result = columns().findMany(m_db, ids);
    setById(
        result, &Person::affiliations,
        affiliationsWhere(
            QStringLiteral("WHERE a.person_id IN (%1) ").arg(idsIn(m_db, QStringLiteral(":ids"))),
            idListJson(ids), language));
    return result;
}

QList<Person> PersonRepository::list(const PersonFilter& filter, Language language) const
{
    SqlConditions c;
    if (filter.organizationId != 0)
        c.add(QStringLiteral("id IN (SELECT person_id FROM person_affiliation WHERE "
                             "organization_id = :org)"),
              {{QStringLiteral(":org"), filter.organizationId}});
    QList<Person> result = columns().list(m_db, c, QStringLiteral("ORDER BY id"));
    setById(result, &Person::affiliations, affiliations(0, language));
    return result;
}

void PersonRepository::writeAffiliations(PersonId id, const QList<Affiliation>& list)
{
    recordwrite::replaceOwned(m_db, QStringLiteral("person_affiliation"),
                              QStringLiteral("person_id"), id,
                              {QStringLiteral("organization_id"), QStringLiteral("role"),
                               QStringLiteral("start_date"), QStringLiteral("end_date")},
                              list, [](const Affiliation& a, int) {
                                  return QVariantList{a.organizationId, nullIfEmpty(a.role),
                                                      nullIfInvalid(a.start), nullIfInvalid(a.end)};
                              });
}

PersonId PersonRepository::insert(const Person& person)
{
    return insertMany({person}).front();
}

QList<PersonId> PersonRepository::insertMany(const QList<Person>& people)
{
    for (const Person& person : people)
        throwIfAny(person.validate());
    return m_db.transaction([&] {
        const QString now = recordwrite::now();
        // The columns a save writes, then the times stamped.
        QStringList names = columns().written();
        names << QStringLiteral("created_at") << QStringLiteral("updated_at");
        QList<QVariantList> rows;
        rows.reserve(people.size());
        for (const Person& p : people) {
            const RowValues values = columns().values(p);
            QVariantList row;
            row.reserve(names.size());
            for (const auto& [column, value] : values.columns())
                row << value;
            rows << (row << now << now);
        }
        const QList<qint64> ids = RowWriter::insertNew(m_db, columns().table(), names, rows);
        RowWriter affiliations(m_db, QStringLiteral("person_affiliation"),
                               {QStringLiteral("person_id"), QStringLiteral("organization_id"),
                                QStringLiteral("role"), QStringLiteral("start_date"),
                                QStringLiteral("end_date")});
        for (qsizetype i = 0; i < people.size(); ++i)
            for (const Affiliation& a : people[i].affiliations)
                affiliations.add({ids[i], a.organizationId, nullIfEmpty(a.role),
                                  nullIfInvalid(a.start), nullIfInvalid(a.end)});
        affiliations.flush();
        return QList<PersonId>(ids.cbegin(), ids.cend());
    });
}

SaveSteps<Person> PersonRepository::saveSteps()
{
    return {{}, [this](qint64 id, const Person& p) { writeAffiliations(id, p.affiliations); }};
}

template class KindRepository<PersonRepository, Person>;

} // namespace jlgc
