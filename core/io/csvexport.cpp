#include "io/csvexport.h"

#include "io/csvformula.h"
#include "io/privatefile.h"
#include "storage/accesslog.h"
#include "storage/database.h"
#include "storage/server/serverroles.h"
#include "storage/storageerror.h"

#include <QSaveFile>

namespace jlgc {

QString CsvExport::quote(const QString& field, QChar delimiter)
{
    const bool needs = field.contains(delimiter) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                       (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needs)
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray CsvExport::toCsv(const QStringList& headers, const QList<QStringList>& rows)
{
    QString text;
    auto line = [&](const QStringList& fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += quote(fields[i]);
        }
        text += QStringLiteral("\r\n");
    };
    line(headers);
    for (const QStringList& r : rows) {
        QStringList cells;
        cells.reserve(r.size());
        for (const QString& cell : r)
            cells << neutralizeFormula(cell);
        line(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

namespace {

// A login whose role withholds the fellowship's personal data is told so
// rather than given a file whose personal columns are silently empty.
// Whether the file holds personal data: it was asked for, and the kind has some.
bool holdsPersonalData(const CsvFormat& format, bool includeSensitive)
{
    if (!includeSensitive)
        return false;
    for (const CsvColumn& c : format.columns())
        if (c.sensitive)
            return true;
    return false;
}

void refuseWithheld(const Database& db, const CsvFormat& format, bool includeSensitive)
{
    if (includeSensitive && db.hidesPersonalData() &&
        ServerRoles::withheldColumns().contains(format.searchKind()))
        throw StorageError(StorageError::Kind::ReadOnly,
                           QCoreApplication::translate(
                               "CsvExport", "Your login's role does not give access to the "
                                            "personal data of fellows and host families. Export "
                                            "without it, or ask the fellowship coordinator."));
}

} // namespace

QByteArray CsvExport::exportRecords(Database& db, const CsvFormat& format, const QList<qint64>& ids,
                                    bool includeSensitive)
{
    refuseWithheld(db, format, includeSensitive);
    const QList<QStringList> rows = format.exportRows(db, ids, includeSensitive);
    if (holdsPersonalData(format, includeSensitive))
        AccessLog(db).record(QStringLiteral("export ") + format.kind(), {}, int(rows.size()));
    return toCsv(format.headers(), rows);
}

int CsvExport::writeFile(Database& db, const CsvFormat& format, const QList<qint64>& ids,
                         const QString& path, bool includeSensitive)
{
    refuseWithheld(db, format, includeSensitive);
    const QList<QStringList> rows = format.exportRows(db, ids, includeSensitive);
    // Logged before the file is written: a file never leaves unlogged.
    if (holdsPersonalData(format, includeSensitive))
        AccessLog(db).record(QStringLiteral("export ") + format.kind(), path, int(rows.size()));
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened && includeSensitive)
        makeOwnerOnly(file);
    if (!opened || file.write(toCsv(format.headers(), rows)) < 0 || !file.commit())
        throw StorageError(StorageError::Kind::Open,
                           tr("Cannot write %1: %2").arg(path, file.errorString()));
    return int(rows.size());
}

} // namespace jlgc
