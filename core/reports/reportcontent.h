#pragma once

#include "reports/reportoptions.h"
#include "reports/reporttexts.h"

#include <QList>
#include <QTextCharFormat>
#include <QTextCursor>
#include <memory>

class QTextDocument;
class QTextTable;

namespace jlgc {

// One line of a table cell.
struct ReportLine {
    enum Style {
        Normal,
        Strong, // the name that starts an entry (a record, a person among several)
        Muted,  // secondary details: reading, role, short name
    };
    Bilingual text;
    Style style = Normal;

    ReportLine(const Bilingual& t, Style s = Normal) : text(t), style(s) {}
};
using ReportCell = QList<ReportLine>;

struct ReportColumn {
    Bilingual header;
    int widthPercent;
};

// What a report says, before it is laid out on paper of some size.
struct ReportElement {
    enum class Kind { Title, Summary, Heading, Paragraph, NoRecords, Table };
    Kind kind;
    Bilingual text; // a table's caption
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows;
};
using ReportContent = QList<ReportElement>;

// Turns report content into a QTextDocument in the report's language(s),
// with the house style of ReportStyle.
class ReportTextRenderer {
public:
    explicit ReportTextRenderer(ReportLanguage language) : m_language(language) {}

    std::unique_ptr<QTextDocument> render(const ReportContent& content);

private:
    QStringList lines(const Bilingual& text) const { return reportLines(m_language, text); }
    void startBlock(qreal spaceBefore, qreal spaceAfter);
    void writeText(QTextCursor& cursor, const QString& text, const QTextCharFormat& format);
    // Each line of the text (one per language shown) a block of its own.
    void writeBlocks(const Bilingual& text, qreal spaceBefore, qreal spaceAfter,
                     const QTextCharFormat& format);
    void writeCell(QTextCursor cursor, const ReportCell& cell, bool header);
    QTextTable* insertTable(const ReportElement& table);

    ReportLanguage m_language;
    QTextDocument* m_document = nullptr;
    QTextCursor m_cursor;
};

} // namespace jlgc
