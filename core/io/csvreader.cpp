#include "io/csvreader.h"

#include <QFile>

namespace jlgc {

CsvReader::CsvReader(QChar delimiter) : m_delimiter(delimiter) {}

QList<CsvReader::Record> CsvReader::parse(const QString& input) const
{
    QList<Record> records;
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false; // any character (or quotes) seen in this record
    int line = 1;
    current.line = 1;

    auto endField = [&] {
        current.fields << field;
        field.clear();
    };
    auto endRecord = [&] {
        endField();
        // A line with nothing at all on it is not a record.
        if (!(current.fields.size() == 1 && current.fields.front().isEmpty() && !fieldStarted))
            records << current;
        current = Record{};
        fieldStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == m_delimiter) {
            fieldStarted = true;
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            current.line = line;
        } else {
            fieldStarted = true;
            field += c;
        }
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

bool CsvReader::readUtf8File(const QString& path, QList<Record>& records) const
{
    records.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    records = parse(QString::fromUtf8(file.readAll()));
    return true;
}

} // namespace jlgc
