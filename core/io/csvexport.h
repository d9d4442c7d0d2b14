#pragma once

#include "io/csvformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace jlgc {

class Database;

// Writes records as CSV the way Excel opens it correctly: UTF-8 with a
// byte-order mark, CRLF line ends, fields quoted when they hold the
// delimiter, a quote, a line break or leading or trailing spaces. The
// columns are the kind's CsvFormat, so the file imports back unchanged.
class CsvExport {
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    static QString quote(const QString& field, QChar delimiter = QLatin1Char(','));
    static QByteArray toCsv(const QStringList& headers, const QList<QStringList>& rows);
    // The records with these ids, in this order (a list as filtered).
    // Personal data (CsvColumn::sensitive) only with includeSensitive.
    static QByteArray exportRecords(Database& db, const CsvFormat& format, const QList<qint64>& ids,
                                    bool includeSensitive = false);
    // Writes the file (atomically); returns the number of records written.
    // Throws StorageError when the file cannot be written.
    static int writeFile(Database& db, const CsvFormat& format, const QList<qint64>& ids,
                         const QString& path, bool includeSensitive = false);
};

} // namespace jlgc
