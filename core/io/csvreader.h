#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jlgc {

// RFC 4180 CSV: quoted fields may hold the delimiter, quotes ("") and line
// breaks. Each record keeps the line number it starts on, for error messages.
class CsvReader {
public:
    struct Record {
        int line = 0;
        QStringList fields;
    };

    explicit CsvReader(QChar delimiter = QLatin1Char(','));

    // Parses text that is already decoded. A UTF-8 BOM at the start is skipped.
    QList<Record> parse(const QString& text) const;

    // Reads a UTF-8 file (for example one of the shipped reference files).
    // Returns false and leaves records empty when the file cannot be read.
    bool readUtf8File(const QString& path, QList<Record>& records) const;

private:
    QChar m_delimiter;
};

} // namespace jlgc
