#pragma once

#include "storage/repositoryfwd.h"

#include <QtGlobal>
#include <optional>

namespace jlgc {

// What every kind's repository does the same way, through the kind's
// columns (Repo::columns(), a RecordColumns<T>): find a record by its id,
// add one, update one and remove one. A save runs the repository's own
// steps (Repo::saveSteps(): its checks and what the record owns, inside the
// save's transaction) and reads the record back with Repo::find, so that a
// repository whose records own rows (members, tags, sources) names them
// once, in its find and its save steps.
//
// Repo derives from KindRepository<Repo, T>, declares it a friend (for its
// private saveSteps) and hides any of these with its own where its kind
// saves or removes in a way of its own (a removal refused with a message
// that names what still uses the record, say). The definitions are in
// kindrepositoryimpl.h: Repo's source file instantiates them (`template
// class KindRepository<Repo, T>;`) and its header says so (`extern
// template`), so that no other file compiles them again.
template <class Repo, class T> class KindRepository {
public:
    explicit KindRepository(Database& db) : m_db(db) {}

    // The record as its columns read it, or none.
    std::optional<T> find(qint64 id) const;
    // Validates and inserts; the record as stored (its id, its version).
    T add(const T& record);
    // Validates and saves; throws Conflict if someone saved it since it was
    // read, NotFound if it was removed meanwhile.
    T update(const T& record);
    // A new record (no id yet) added, or the one it was read from updated.
    T save(const T& record);
    // Throws Referenced, naming what still uses it, instead of removing.
    void remove(qint64 id);

protected:
    // No steps of its own: the record's validate() alone.
    SaveSteps<T> saveSteps() const;

    Database& m_db;

private:
    Repo& self() { return static_cast<Repo&>(*this); }
};

} // namespace jlgc
