#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace jlgc {
class Database;
}

namespace jlgc::test {

// A fresh database in memory, with reference data loaded.
std::unique_ptr<Database> memoryDatabase();

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
