#pragma once

#include "storage/repositoryfwd.h"

#include <QList>
#include <QtGlobal>
#include <optional>

namespace jlgc {

// What every kind's repository does the same way, through the kind's
// columns (Repo::columns(), a RecordColumns<T>): find a record by its id
// (or several), add one, update one and remove one. A save runs the
// repository's own steps (Repo::saveSteps(): its checks and what the record
// owns, inside the save's transaction) on the record as it is stored
// (Repo::stored()) and reads the record back with Repo::find, so that a
// repository whose records own rows (members, tags, sources) names them
// once, in its find and its save steps.
//
// Repo derives from KindRepository<Repo, T>, declares it a friend (for its
// private saveSteps and stored) and hides any of these with its own where
// its kind reads, inserts, saves or removes in a way of its own (a removal
// refused with a message that names what still uses the record, say; an
// insert that writes more than its columns). The definitions are in
// kindrepositoryimpl.h: Repo's source file instantiates them (`template
// class KindRepository<Repo, T>;`) and its header says so (`extern
// template`), so that no other file compiles them again.
template <class Repo, class T> class KindRepository {
public:
    explicit KindRepository(Database& db) : m_db(db) {}

    // The record as its columns read it, or none.
    std::optional<T> find(qint64 id) const;
    // Those of `ids` that exist as their columns read them, in no
    // particular order, with one statement however many (a screen of a long
    // list).
    QList<T> findMany(const QList<qint64>& ids) const;
    // Validates and inserts (Repo::insert); the record as stored (its id,
    // its version).
    T add(const T& record);
    // add() without reading the stored record back (an import of thousands
    // of rows needs only the id).
    qint64 insert(const T& record);
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
    // The record as a save writes it: as given.
    T stored(const T& record) const { return record; }

    Database& m_db;

private:
    Repo& self() { return static_cast<Repo&>(*this); }
};

} // namespace jlgc
