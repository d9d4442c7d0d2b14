#include "io/csvimport.h"

#include "io/csvformula.h"
#include "io/importresolver.h"
#include "search/textnormalizer.h"
#include "storage/database.h"
#include "storage/server/serverroles.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace jlgc {

CsvImport::CsvImport(Database& db, const CsvFormat& format) : m_db(db), m_format(format) {}

bool CsvImport::loadFile(const QString& path, CsvEncoding encoding, QChar delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return loadBytes(file.readAll(), encoding, delimiter);
}

bool CsvImport::loadBytes(const QByteArray& bytes, CsvEncoding encoding, QChar delimiter)
{
    m_error.clear();
    m_encoding = encoding == CsvEncoding::Auto ? CsvEncodings::detect(bytes) : encoding;
    const QString text = CsvEncodings::decode(bytes, m_encoding, &m_decodingProblems);
    m_delimiter = delimiter.isNull() ? CsvEncodings::detectDelimiter(text) : delimiter;
    QList<CsvReader::Record> all = CsvReader(m_delimiter).parse(text);
    m_headers.clear();
    m_records.clear();
    m_rows.clear();
    m_mapping.clear();
    m_analyzed = false;
    if (!all.isEmpty() && all.front().fields.size() > MaxColumns) {
        m_error = tr("The file has %1 columns; a file of records has at most %2. Is it the right "
                     "file, and is its delimiter the one chosen?")
                      .arg(all.front().fields.size())
                      .arg(MaxColumns);
        return false;
    }
    if (!all.isEmpty()) {
        for (const QString& h : all.front().fields)
            m_headers << h.trimmed();
        for (qsizetype i = 1; i < all.size(); ++i) {
            bool blank = true;
            for (const QString& f : all[i].fields)
                blank = blank && f.trimmed().isEmpty();
            if (!blank)
                m_records << all[i];
        }
    }
    m_mapping.clear();
    m_mapping.reserve(m_headers.size());
    QSet<QString> mapped;
    for (const QString& h : std::as_const(m_headers)) {
        const QString key = keyForHeader(h);
        m_mapping << (key.isEmpty() || mapped.contains(key) ? QString() : key);
        mapped.insert(key);
    }
    return true;
}

QString CsvImport::keyForHeader(const QString& header) const
{
    if (m_headerKeys.isEmpty()) {
        // Folded once: a file may have thousands of columns.
        const QList<CsvColumn> columns = m_format.columns();
        for (auto it = columns.crbegin(); it != columns.crend(); ++it) {
            m_headerKeys.insert(normalizeForSearch(it->japanese), it->key);
            m_headerKeys.insert(normalizeForSearch(it->key), it->key);
        }
        m_headerKeys.remove(QString());
    }
    const QString folded = normalizeForSearch(header);
    return folded.isEmpty() ? QString() : m_headerKeys.value(folded);
}

void CsvImport::setMapping(int fileColumn, const QString& key)
{
    if (fileColumn < 0 || fileColumn >= m_mapping.size())
        return;
    m_mapping[fileColumn] = key;
}

void CsvImport::setMapping(const QStringList& keys)
{
    for (int i = 0; i < m_mapping.size() && i < keys.size(); ++i)
        m_mapping[i] = keys[i];
}

QStringList CsvImport::mappingProblems() const
{
    QStringList problems;
    if (m_headers.isEmpty()) {
        problems << tr("The file is empty.");
        return problems;
    }
    for (const CsvColumn& c : m_format.columns())
        if (c.required && !m_mapping.contains(c.key))
            problems << tr("No column is mapped to “%1” (%2), which every row needs.")
                            .arg(c.key, c.japanese);
    bool anyMapped = false;
    for (const QString& key : m_mapping)
        anyMapped = anyMapped || !key.isEmpty();
    if (!anyMapped)
        problems << tr("No column of the file matches a column of %1.").arg(m_format.label());
    // Personal data the login's role may not write would be dropped on the
    // way: said at once instead.
    if (m_db.hidesPersonalData() && ServerRoles::withheldColumns().contains(m_format.searchKind()))
        for (const CsvColumn& c : m_format.columns())
            if (c.sensitive && m_mapping.contains(c.key))
                problems << tr("The column “%1” (%2) holds personal data that your login's role "
                               "may not write. Leave it out of the import, or ask the fellowship "
                               "coordinator.")
                                .arg(c.key, c.japanese);
    QSet<QString> seen;
    for (int i = 0; i < m_mapping.size(); ++i) {
        const QString& key = m_mapping[i];
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            problems << tr("Two columns are mapped to “%1”.").arg(key);
        seen.insert(key);
    }
    return problems;
}

CsvRow CsvImport::rowFor(int index) const
{
    const CsvReader::Record& r = m_records[index];
    QHash<QString, QString> values;
    QHash<QString, QString> headers;
    for (int c = 0; c < m_mapping.size(); ++c) {
        if (m_mapping[c].isEmpty())
            continue;
        values.insert(m_mapping[c], restoreFormula(r.fields.value(c)));
        headers.insert(m_mapping[c], m_headers.value(c));
    }
    return CsvRow(r.line, values, headers);
}

void CsvImport::analyze()
{
    const bool keepDecisions = m_analyzed && m_rows.size() == m_records.size();
    const QList<ImportRow> previous = m_rows;
    m_rows.clear();

    // Before the records on file are read: a commit by anyone after this
    // moment makes commit() look for duplicates again.
    const std::pair<qint64, qint64> checkedAt{m_db.dataVersion(), m_db.commitCount()};
    QHash<QString, QList<int>> byKey;
    const QList<CsvFormat::Existing> existing = m_format.existing(m_db);
    qint64 maxId = 0;
    for (int i = 0; i < existing.size(); ++i) {
        maxId = std::max(maxId, existing[i].id);
        for (const QString& k : existing[i].keys)
            byKey[k] << i;
    }
    // Earlier rows of the file by their name (all its keys) and by their
    // values: two identical lines are duplicates too.
    QHash<QString, QList<int>> sameName;
    QHash<QString, int> firstWithSignature;

    ImportResolver resolver(m_db);
    m_rowKeys.clear();
    resolver.setDateOrder(effectiveDateOrder());
    for (int i = 0; i < m_records.size(); ++i) {
        ImportRow row;
        row.line = m_records[i].line;
        QStringList errors;
        const CsvRow csvRow = rowFor(i);
        const std::any record = m_format.build(resolver, csvRow, 0, errors);
        row.notes = resolver.takeRowNotes();
        row.display = m_format.rowDisplay(csvRow, record);
        if (row.display.trimmed().isEmpty()) {
            for (const QString& f : m_records[i].fields)
                if (!f.trimmed().isEmpty()) {
                    row.display = f.trimmed();
                    break;
                }
        }
        // The records on file it looks like: the first few (a family name
        // alone in kanji can be shared by thousands; no one chooses among
        // them in a list).
        constexpr int MaxOnFile = 10;
        QSet<int> found;
        const QStringList keys = m_format.keys(record);
        m_rowKeys << keys;
        for (const QString& k : keys)
            for (int e : byKey.value(k))
                if (!found.contains(e)) {
                    found.insert(e);
                    if (row.duplicates.size() < MaxOnFile)
                        row.duplicates
                            << ImportRow::Candidate{existing[e].id, 0, existing[e].display};
                }
        // Earlier rows of the file: the one with exactly these values, and
        // a few whose name reads the same in every way this row's does (two
        // rows of David Nguyen; not every row of a file whose people share
        // the family name 髙橋). Such rows have the same keys, so a row that
        // looks like a record on file is said to: that record says it already.
        constexpr int MaxLookAlikes = 3;
        QStringList rowKeys;
        for (const QString& k : keys)
            if (!rowKeys.contains(k))
                rowKeys << k;
        rowKeys.sort();
        const QString name = rowKeys.join(QChar(0x1E));
        const QString signature = signatureOf(i);
        bool repeats = false;
        if (found.isEmpty() && !rowKeys.isEmpty()) {
            const int same = firstWithSignature.value(signature, -1);
            if (same >= 0) {
                ImportRow::Candidate c{0, m_rows[same].line, m_rows[same].display};
                c.sameRow = true;
                row.duplicates << c;
                repeats = true;
            }
            const QList<int>& earlierRows = sameName[name];
            int lookAlikes = 0;
            for (qsizetype e = earlierRows.size() - 1; e >= 0 && lookAlikes < MaxLookAlikes; --e) {
                if (earlierRows[e] == same)
                    continue;
                row.duplicates << ImportRow::Candidate{0, m_rows[earlierRows[e]].line,
                                                       m_rows[earlierRows[e]].display};
                ++lookAlikes;
            }
        }
        if (!rowKeys.isEmpty())
            sameName[name] << i;
        if (!firstWithSignature.contains(signature))
            firstWithSignature.insert(signature, i);
        // A decision stands while the records it was made about do; a row
        // that now looks like other records is decided again.
        auto sameCandidates = [&] {
            const auto& before = previous[i].duplicates;
            if (before.size() != row.duplicates.size())
                return false;
            for (int c = 0; c < before.size(); ++c)
                if (before[c].id != row.duplicates[c].id ||
                    before[c].line != row.duplicates[c].line)
                    return false;
            return true;
        };
        if (keepDecisions && sameCandidates()) {
            row.decision = previous[i].decision;
            row.mergeTarget = previous[i].mergeTarget;
        } else if (!found.isEmpty() || repeats) {
            row.decision = ImportDecision::Skip;
        }
        m_rows << row;
    }
    m_analyzed = true;
    m_checkedAt = checkedAt;
    m_maxIdChecked = maxId;
    run(false, nullptr);
}

QList<int> CsvImport::writeOrder() const
{
    // Rows that name another row of the file (a subchapter its parent) come
    // after it: each row is then written once, in one pass, whatever the
    // order of the file or the depth of the chain.
    QList<int> order;
    order.reserve(m_rows.size());
    const QString column = m_format.selfReferenceColumn();
    if (column.isEmpty() || m_rowKeys.size() != m_rows.size()) {
        for (int i = 0; i < m_rows.size(); ++i)
            order << i;
        return order;
    }
    QHash<QString, QList<int>> rowsByKey;
    for (int i = 0; i < m_rowKeys.size(); ++i)
        for (const QString& k : m_rowKeys[i])
            rowsByKey[k] << i;
    QList<int> parent(m_rows.size(), -1);
    for (int i = 0; i < m_rows.size(); ++i) {
        const QList<int> named = rowsByKey.value(normalizeForSearch(rowFor(i).text(column)));
        if (named.size() == 1 && named.front() != i)
            parent[i] = named.front();
    }
    QList<char> state(m_rows.size(), 0); // 0 new, 1 on the chain, 2 written
    QList<int> chain;
    for (int i = 0; i < m_rows.size(); ++i) {
        for (int r = i; r >= 0 && state[r] == 0; r = parent[r]) {
            state[r] = 1; // a cycle stops here: its rows fail with their reason
            chain << r;
        }
        for (qsizetype c = chain.size() - 1; c >= 0; --c) {
            state[chain[c]] = 2;
            order << chain[c];
        }
        chain.clear();
    }
    return order;
}

QList<int> CsvImport::rowsWithNewDuplicates() const
{
    // Called under the write lock: what another window or import added
    // since analyze() cannot be added again by this one.
    if (m_checkedAt == std::pair(m_db.dataVersion(), m_db.commitCount()))
        return {};
    // Records added since have ids above every id there was then.
    QHash<QString, QList<qint64>> byKey;
    for (const CsvFormat::Existing& e : m_format.existing(m_db))
        if (e.id > m_maxIdChecked)
            for (const QString& k : e.keys)
                byKey[k] << e.id;
    QList<int> rows;
    for (int i = 0; i < m_rows.size() && i < m_rowKeys.size(); ++i) {
        if (m_rows[i].decision == ImportDecision::Skip)
            continue;
        bool fresh = false;
        for (const QString& k : m_rowKeys[i])
            fresh = fresh || byKey.contains(k);
        if (fresh)
            rows << i;
    }
    return rows;
}

QString CsvImport::signatureOf(int index) const
{
    QStringList values;
    const CsvReader::Record& r = m_records[index];
    for (int c = 0; c < m_mapping.size(); ++c)
        if (!m_mapping[c].isEmpty())
            values << r.fields.value(c).trimmed();
    return values.join(QChar(0x1F));
}

CsvImport::SlashDates CsvImport::scanSlashDates() const
{
    static const QRegularExpression slash(
        QStringLiteral("^\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})\\s*$"));
    SlashDates found;
    for (const CsvReader::Record& r : m_records) {
        for (int c = 0; c < m_mapping.size() && c < r.fields.size(); ++c) {
            if (m_mapping[c].isEmpty())
                continue;
            const auto m = slash.match(r.fields[c]);
            if (!m.hasMatch())
                continue;
            found.any = true;
            const int a = m.captured(1).toInt();
            const int b = m.captured(2).toInt();
            if (a > 12 && b <= 12)
                found.dayFirst = true;
            else if (b > 12 && a <= 12)
                found.monthFirst = true;
            else if (a <= 12 && b <= 12 && a != b && found.ambiguous.isEmpty())
                found.ambiguous = r.fields[c].trimmed();
        }
    }
    return found;
}

bool CsvImport::hasSlashDates() const
{
    return scanSlashDates().any;
}

DateOrder CsvImport::detectedDateOrder() const
{
    const SlashDates s = scanSlashDates();
    if (s.dayFirst == s.monthFirst)
        return DateOrder::Auto;
    return s.dayFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
}

QString CsvImport::ambiguousDateExample() const
{
    return scanSlashDates().ambiguous;
}

DateOrder CsvImport::effectiveDateOrder() const
{
    return m_dateOrder != DateOrder::Auto ? m_dateOrder : detectedDateOrder();
}

void CsvImport::setDecision(int row, ImportDecision decision, qint64 mergeTarget)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].decision = decision;
    m_rows[row].mergeTarget =
        decision == ImportDecision::Merge
            ? (mergeTarget != 0
                   ? mergeTarget
                   : (m_rows[row].duplicates.isEmpty() ? 0
                                                       : m_rows[row].duplicates.front().target()))
            : 0;
}

void CsvImport::skipRejected()
{
    // Leaving a row out can leave a later one without its reference (a
    // subchapter without its parent): check again until nothing changes.
    for (int round = 0; round < 10 && rejectedCount() > 0; ++round) {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].rejected())
                m_rows[i].decision = ImportDecision::Skip;
        run(false, nullptr);
    }
}

int CsvImport::rejectedCount() const
{
    int n = 0;
    for (const ImportRow& r : m_rows)
        n += r.rejected() ? 1 : 0;
    return n;
}

} // namespace jlgc
