#include "reports/reportcontent.h"

#include "reports/reportfonts.h"
#include "reports/reportstyle.h"

#include <QTextDocument>
#include <QTextTable>

namespace jlgc {

namespace {

QTextCharFormat format(qreal points, bool bold, const QColor& color)
{
    QTextCharFormat f;
    f.setFontFamilies(QStringList{ReportFonts::family()});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    // No shaping: one glyph per character, no ligatures (see ReportFonts).
    f.setFontStyleStrategy(QFont::PreferNoShaping);
    f.setFontKerning(false);
    f.setForeground(color);
    return f;
}

void ruleBelow(QTextTableCellFormat& cell, const QColor& color, qreal points)
{
    cell.setBottomBorder(ReportStyle::px(points));
    cell.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cell.setBottomBorderBrush(color);
}

} // namespace

void ReportTextRenderer::startBlock(qreal spaceBefore, qreal spaceAfter)
{
    QTextBlockFormat block;
    block.setTopMargin(ReportStyle::px(spaceBefore));
    block.setBottomMargin(ReportStyle::px(spaceAfter));
    if (m_cursor.block().length() <= 1 && !m_cursor.currentTable())
        m_cursor.setBlockFormat(block); // the empty block the document or a table left
    else
        m_cursor.insertBlock(block);
}

void ReportTextRenderer::writeText(QTextCursor& cursor, const QString& text,
                                   const QTextCharFormat& format)
{
    // Stored text may hold line breaks (addresses); each is its own line.
    const QStringList parts =
        QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
    for (int i = 0; i < parts.size(); ++i) {
        if (i > 0)
            cursor.insertBlock(cursor.blockFormat(), format);
        cursor.insertText(parts[i], format);
    }
}

void ReportTextRenderer::writeBlocks(const Bilingual& text, qreal spaceBefore, qreal spaceAfter,
                                     const QTextCharFormat& format)
{
    for (const QString& line : lines(text)) {
        startBlock(spaceBefore, spaceAfter);
        writeText(m_cursor, line, format);
    }
}

void ReportTextRenderer::writeCell(QTextCursor cursor, const ReportCell& cell, bool header)
{
    bool first = true;
    for (const ReportLine& line : cell) {
        const QStringList l = lines(line.text);
        for (int i = 0; i < l.size(); ++i) {
            if (!first) {
                // Each entry of a cell (a person among several) starts with
                // its name, set a little apart from the entry before.
                QTextBlockFormat block;
                if (i == 0 && line.style == ReportLine::Strong)
                    block.setTopMargin(ReportStyle::px(4));
                cursor.insertBlock(block);
            }
            first = false;
            QTextCharFormat f;
            if (i > 0 && (line.text.label || header)) // the English under a Japanese label
                f = format(ReportStyle::SmallPoints, false, ReportStyle::muted());
            else if (line.style == ReportLine::Strong)
                f = format(ReportStyle::CellPoints, true, ReportStyle::text());
            else if (line.style == ReportLine::Muted)
                f = format(ReportStyle::SmallPoints, false, ReportStyle::muted());
            else
                f = format(ReportStyle::CellPoints, false, ReportStyle::text());
            writeText(cursor, l[i], f);
        }
    }
}

QTextTable* ReportTextRenderer::insertTable(const ReportElement& e)
{
    startBlock(10, 0);
    const bool hasCaption = !e.text.isEmpty();
    const int headerRows = hasCaption ? 2 : 1;
    const int columns = int(e.columns.size());

    QTextTableFormat tf;
    // Rules between rows only, drawn by the cells (ruleBelow).
    tf.setBorder(0);
    tf.setBorderCollapse(true);
    tf.setCellSpacing(0);
    tf.setCellPadding(ReportStyle::px(3));
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setHeaderRowCount(headerRows);
    tf.setTopMargin(ReportStyle::px(6));
    // Room under the last rule: a heading after the table would sit on it.
    tf.setBottomMargin(ReportStyle::px(10));
    QList<QTextLength> widths;
    for (const ReportColumn& c : e.columns)
        widths << QTextLength(QTextLength::PercentageLength, c.widthPercent);
    tf.setColumnWidthConstraints(widths);

    QTextTable* t = m_cursor.insertTable(headerRows, columns, tf);
    if (hasCaption) {
        t->mergeCells(0, 0, 1, columns);
        QTextTableCell cell = t->cellAt(0, 0);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        cf.setBackground(ReportStyle::accent());
        cell.setFormat(cf);
        QTextCursor c = cell.firstCursorPosition();
        const QStringList l = lines(e.text);
        for (int i = 0; i < l.size(); ++i) {
            if (i > 0)
                c.insertBlock();
            writeText(c, l[i],
                      format(i == 0 ? ReportStyle::CaptionPoints : ReportStyle::SmallPoints, i == 0,
                             Qt::white));
        }
    }
    for (int col = 0; col < columns; ++col) {
        QTextTableCell cell = t->cellAt(headerRows - 1, col);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        cf.setBackground(ReportStyle::headerFill());
        ruleBelow(cf, ReportStyle::accent(), 0.75);
        cell.setFormat(cf);
        writeCell(cell.firstCursorPosition(),
                  {ReportLine(e.columns[col].header, ReportLine::Strong)}, true);
    }
    return t;
}

std::unique_ptr<QTextDocument> ReportTextRenderer::render(const ReportContent& content)
{
    auto document = std::make_unique<QTextDocument>();
    m_document = document.get();
    m_document->setDefaultFont(ReportFonts::font(ReportStyle::BodyPoints));
    m_document->setDocumentMargin(0);
    m_cursor = QTextCursor(m_document);

    for (const ReportElement& e : content) {
        switch (e.kind) {
        case ReportElement::Kind::Title: {
            // Once, on the first page (the page header repeats it small).
            const QStringList l = lines(e.text);
            for (int i = 0; i < l.size(); ++i) {
                startBlock(0, i + 1 == l.size() ? 3 : 0);
                writeText(m_cursor, l[i],
                          i == 0 ? format(ReportStyle::TitlePoints, true, ReportStyle::accent())
                                 : format(ReportStyle::SubtitlePoints, true, ReportStyle::muted()));
            }
            QTextBlockFormat rule = m_cursor.blockFormat();
            rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                             QTextLength(QTextLength::PercentageLength, 100));
            m_cursor.setBlockFormat(rule);
            break;
        }
        case ReportElement::Kind::Summary:
            writeBlocks(e.text, 2, 0, format(ReportStyle::BodyPoints, false, ReportStyle::muted()));
            break;
        case ReportElement::Kind::Heading: {
            const QStringList l = lines(e.text);
            for (int i = 0; i < l.size(); ++i) {
                startBlock(i == 0 ? 14 : 0, 4);
                writeText(m_cursor, l[i],
                          i == 0 ? format(ReportStyle::HeadingPoints, true, ReportStyle::accent())
                                 : format(ReportStyle::SmallPoints, false, ReportStyle::muted()));
            }
            break;
        }
        case ReportElement::Kind::Paragraph:
            writeBlocks(e.text, 4, 2, format(ReportStyle::BodyPoints, false, ReportStyle::text()));
            break;
        case ReportElement::Kind::NoRecords:
            writeBlocks(e.text, 14, 0,
                        format(ReportStyle::HeadingPoints, false, ReportStyle::text()));
            break;
        case ReportElement::Kind::Table: {
            QTextTable* table = insertTable(e);
            for (const QList<ReportCell>& cells : e.rows) {
                const int row = table->rows();
                table->appendRows(1);
                for (int c = 0; c < table->columns(); ++c) {
                    QTextTableCell cell = table->cellAt(row, c);
                    QTextTableCellFormat cf = cell.format().toTableCellFormat();
                    ruleBelow(cf, ReportStyle::rule(), 0.5);
                    cell.setFormat(cf);
                    if (c < cells.size())
                        writeCell(cell.firstCursorPosition(), cells[c], false);
                }
            }
            m_cursor.movePosition(QTextCursor::End);
            break;
        }
        }
    }
    m_cursor = QTextCursor();
    m_document = nullptr;
    return document;
}

} // namespace jlgc
