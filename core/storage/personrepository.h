#pragma once

#include "domain/person.h"
#include "storage/kindrepository.h"

#include <QList>
#include <optional>

namespace jlgc {

struct PersonFilter {
    OrganizationId organizationId = 0; // 0: everyone
};

class PersonRepository : public KindRepository<PersonRepository, Person> {
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<Person>& columns();

    // With affiliations, each naming its organization in `language`.
    std::optional<Person> find(PersonId id, Language language = Language::English) const;
    // Those of `ids` that exist, in no particular order, with two statements
    // however many (a screen of a long list).
    QList<Person> findMany(const QList<PersonId>& ids, Language language = Language::English) const;
    QList<Person> list(const PersonFilter& filter = {},
                       Language language = Language::English) const;
    // Through insertMany (add() too).
    PersonId insert(const Person& person);
    // New people with their affiliations, ids in the order given: on a
    // server a few statements for thousands (an import), not one each.
    // Throws StorageError with the first person's problems that validate()
    // finds, before anything is written.
    QList<PersonId> insertMany(const QList<Person>& people);

private:
    friend KindRepository;
    SaveSteps<Person> saveSteps();
    void writeAffiliations(PersonId id, const QList<Affiliation>& affiliations);
    QHash<PersonId, QList<Affiliation>> affiliations(PersonId onlyId, Language language) const;
    // `where` selects the rows of person_affiliation a; its values in `idsJson`.
    QHash<PersonId, QList<Affiliation>>
    affiliationsWhere(const QString& where, const QString& idsJson, Language language) const;
};

extern template class KindRepository<PersonRepository, Person>;

} // namespace jlgc
