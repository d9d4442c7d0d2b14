#include "support/testsupport.h"

#include "storage/database.h"

#include <QFile>
#include <stdexcept>

namespace jlgc::test {

std::unique_ptr<Database> memoryDatabase()
{
    return std::make_unique<Database>(QStringLiteral(":memory:"));
}

TempDir::TempDir()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write test file");
    f.write(bytes);
}

} // namespace jlgc::test
