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
