#pragma once

// The definitions of KindRepository, for the source file of each kind's
// repository (see kindrepository.h).

#include "storage/kindrepository.h"
#include "storage/recordcolumns.h"

namespace jlgc {

template <class Repo, class T> std::optional<T> KindRepository<Repo, T>::find(qint64 id) const
{
    return Repo::columns().find(m_db, id);
}

template <class Repo, class T>
QList<T> KindRepository<Repo, T>::findMany(const QList<qint64>& ids) const
{
    return Repo::columns().findMany(m_db, ids);
}

template <class Repo, class T> T KindRepository<Repo, T>::add(const T& record)
{
    return *self().find(self().insert(record));
}

template <class Repo, class T> qint64 KindRepository<Repo, T>::insert(const T& record)
{
    return Repo::columns().add(m_db, self().stored(record), self().saveSteps());
}

template <class Repo, class T> T KindRepository<Repo, T>::update(const T& record)
{
    Repo::columns().update(m_db, self().stored(record), self().saveSteps());
    return *self().find(record.id);
}

template <class Repo, class T> T KindRepository<Repo, T>::save(const T& record)
{
    return record.id > 0 ? self().update(record) : self().add(record);
}

template <class Repo, class T> void KindRepository<Repo, T>::remove(qint64 id)
{
    Repo::columns().remove(m_db, id);
}

template <class Repo, class T> SaveSteps<T> KindRepository<Repo, T>::saveSteps() const
{
    return {};
}

} // namespace jlgc
