#pragma once

#include "storage/storageerror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace jlgc {
class CsvFormat;
class Database;
} // namespace jlgc

namespace jlgc::test {

// A fresh database in memory, with reference data loaded; when the tests
// run on a server (JLGC_TEST_SERVER, the address of a database of a
// PostgreSQL server whose user may create databases), a new database there.
std::unique_ptr<Database> memoryDatabase();
// That server's address, or empty.
QString serverForTests();
// A new, empty database on that server (no schema yet), and SQL run there
// as another program would (its own connection).
QString emptyServerDatabase();
void serverExec(const QString& address, const QString& sql);
// The same server database's address as another login (its password is
// given apart).
QString addressAs(const QString& address, const QString& login);
// Drops the databases the tests made there (main calls it before it returns).
void releaseServerDatabases();

// The CSV format of a kind ("people", "events"…); a name that is none
// fails the test.
const CsvFormat& csvFormat(const char* kind);
// Adds a person with only a family name, as the file tests need many.
void addPerson(Database& db, const QString& family);

// The message of the StorageError that f throws, checked to be of kind; f
// going through fails the test, saying what it did: `done` ("a chapter with
// funding was removed").
QString refusal(StorageError::Kind kind, const char* done, const std::function<void()>& f);

// Every row of a statement's result on the database, its columns joined by
// "|", in the order the statement gives.
QStringList rows(const Database& db, const QString& sql);

// A temporary folder that lives for the test, for files that must be real.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// The processes that hold a POSIX (or OFD) lock on the file, from
// /proc/locks (Linux): SQLite holds one on the database file for as long as
// a WAL connection is open. Read by inode; opens nothing.
QList<qint64> lockHolders(const QString& path);

// Makes an index of the file disagree with its table (a row the index does
// not have): PRAGMA quick_check passes, integrity_check does not. Uses
// SQLite directly (writable_schema), as damage from outside would.
void damageIndex(const QString& path);

// Runs SQL on the file with SQLite directly (as another program would).
void sqliteExec(const QString& path, const char* sql);
// The same on a new file, made by SQLite (another program's database).
void sqliteCreate(const QString& path, const char* sql);
qint64 sqliteScalar(const QString& path, const char* sql);

// A tmpfs of this size mounted on a new folder for the test's life (a full
// disk, a read-only file system); valid() is false when this process may not
// mount (not root, or no mount in the sandbox), with why().
class TmpfsMount {
public:
    explicit TmpfsMount(const QString& size);
    ~TmpfsMount();
    bool valid() const { return m_mounted; }
    QString why() const { return m_why; }
    QString path(const QString& name) const;
    // Makes the file system read-only (mount -o remount,ro).
    bool remountReadOnly();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

} // namespace jlgc::test

#include <catch2/catch.hpp>

// Failures show Qt strings as text.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l)
    {
        return "[" + l.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
template <> struct StringMaker<QVariant> {
    static std::string convert(const QVariant& v) { return v.toString().toStdString(); }
};
} // namespace Catch
