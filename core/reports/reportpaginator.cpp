#include "reports/reportpaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace jlgc {

ReportPaginator::ReportPaginator(const ReportContent& content, ReportLanguage language,
                                 QPaintDevice& device, const QSizeF& body)
    : m_content(content), m_language(language), m_device(device), m_body(body)
{
    for (int i = 0; i < m_content.size(); ++i) {
        const ReportElement& e = m_content[i];
        if (e.kind == ReportElement::Kind::Table && !e.rows.isEmpty()) {
            for (int r = 0; r < e.rows.size(); ++r)
                m_units.append({i, r});
        } else {
            m_units.append({i, -1});
        }
    }
    m_alone.fill(-1, m_units.size());
    m_headerOf.fill(-1, m_content.size());
    m_rowHeight.fill(-1, m_units.size());
    m_rowsMeasured.fill(false, m_content.size());
}

ReportContent ReportPaginator::contentOf(qsizetype first, qsizetype count) const
{
    ReportContent page;
    int table = -1; // the element the last table of the page comes from
    for (qsizetype u = first; u < first + count; ++u) {
        const Unit& unit = m_units[u];
        const ReportElement& e = m_content[unit.element];
        if (unit.row < 0) {
            page.append(e);
            table = -1;
            continue;
        }
        if (table != unit.element) {
            // The table starts, or continues from the page before under its headers.
            ReportElement part = e;
            part.rows.clear();
            page.append(part);
            table = unit.element;
        }
        page.last().rows.append(e.rows[unit.row]);
    }
    return page;
}

std::unique_ptr<QTextDocument> ReportPaginator::layOut(qsizetype first, qsizetype count,
                                                       bool paginate) const
{
    std::unique_ptr<QTextDocument> document =
        ReportTextRenderer(m_language).render(contentOf(first, count));
    document->documentLayout()->setPaintDevice(&m_device);
    if (paginate)
        document->setPageSize(m_body);
    else
        document->setTextWidth(m_body.width());
    return document;
}

bool ReportPaginator::fits(qsizetype first, qsizetype count)
{
    std::shared_ptr<QTextDocument> document = layOut(first, count, false);
    if (document->documentLayout()->documentSize().height() > m_body.height())
        return false;
    m_fitFirst = first;
    m_fitCount = count;
    m_fit = std::move(document);
    return true;
}

qreal ReportPaginator::heightOf(qsizetype first, qsizetype count) const
{
    return layOut(first, count, false)->documentLayout()->documentSize().height();
}

void ReportPaginator::measureRows(int element)
{
    m_rowsMeasured[element] = true;
    qsizetype u0 = 0; // the unit of the table's first row
    while (u0 < m_units.size() && !(m_units[u0].element == element && m_units[u0].row == 0))
        ++u0;
    const ReportElement& e = m_content[element];
    const int rows = int(e.rows.size());
    // Rows have fixed column widths, so a row is as tall among any rows as on
    // a page; the distance between the tops of two rows is the first one's
    // height. Qt lays a long table out in more than linear time, hence chunks
    // (overlapping by one row, whose top ends the chunk's last height).
    constexpr int Chunk = 32;
    for (int start = 0; start + 1 < rows; start += Chunk) {
        const int count = qMin(Chunk + 1, rows - start);
        ReportElement part = e;
        part.rows = e.rows.mid(start, count);
        ReportContent alone{part};
        std::unique_ptr<QTextDocument> document = ReportTextRenderer(m_language).render(alone);
        QAbstractTextDocumentLayout* layout = document->documentLayout();
        layout->setPaintDevice(&m_device);
        document->setTextWidth(m_body.width());
        QTextTable* table = nullptr;
        for (QTextFrame* frame : document->rootFrame()->childFrames())
            if ((table = qobject_cast<QTextTable*>(frame)))
                break;
        if (!table || table->rows() < count)
            return;
        const int headerRows = table->rows() - count;
        const auto top = [&](int row) {
            return layout->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block())
                .top();
        };
        qreal previous = top(headerRows);
        for (int r = 1; r < count; ++r) {
            const qreal next = top(headerRows + r);
            if (u0 + start + r - 1 < m_units.size())
                m_rowHeight[u0 + start + r - 1] = next - previous;
            previous = next;
        }
    }
}

qreal ReportPaginator::addedHeight(qsizetype u, bool continuesTable)
{
    if (continuesTable && m_units[u].row >= 0) {
        if (!m_rowsMeasured[m_units[u].element])
            measureRows(m_units[u].element);
        if (m_rowHeight[u] >= 0)
            return m_rowHeight[u];
    }
    if (m_alone[u] < 0)
        m_alone[u] = heightOf(u, 1);
    const Unit& unit = m_units[u];
    if (!continuesTable || unit.row < 0)
        return m_alone[u];
    qreal& header = m_headerOf[unit.element];
    if (header < 0) {
        ReportContent empty;
        ReportElement part = m_content[unit.element];
        part.rows.clear();
        empty.append(part);
        std::unique_ptr<QTextDocument> document = ReportTextRenderer(m_language).render(empty);
        document->documentLayout()->setPaintDevice(&m_device);
        document->setTextWidth(m_body.width());
        header = document->documentLayout()->documentSize().height();
    }
    return qMax<qreal>(0, m_alone[u] - header);
}

qsizetype ReportPaginator::estimatedCount(qsizetype first, qreal* withNext)
{
    *withNext = 0;
    qreal total = 0;
    qsizetype count = 0;
    for (qsizetype u = first; u < m_units.size(); ++u) {
        const bool continues = u > first && m_units[u].row >= 0 && m_units[u - 1].row >= 0 &&
                               m_units[u - 1].element == m_units[u].element;
        total += addedHeight(u, continues);
        if (total > m_body.height()) {
            *withNext = total;
            break;
        }
        ++count;
    }
    return count;
}

bool ReportPaginator::keepsWithNext(const Unit& unit) const
{
    const ReportElement::Kind kind = m_content[unit.element].kind;
    return kind == ReportElement::Kind::Heading || kind == ReportElement::Kind::Title ||
           kind == ReportElement::Kind::Summary;
}

QList<ReportPage> ReportPaginator::pages()
{
    QList<ReportPage> result;
    qsizetype first = 0;
    while (first < m_units.size()) {
        const qsizetype left = m_units.size() - first;
        // Start from the sum of the units' own heights, then confirm with one
        // layout of the page, moving by a unit while the estimate is off.
        // One more unit is tried only when the heights say it nearly fits.
        qreal withNext = 0;
        qsizetype good = qBound<qsizetype>(0, estimatedCount(first, &withNext), left);
        if (good > 0 && !fits(first, good)) {
            do
                --good;
            while (good > 0 && !fits(first, good));
        } else if (withNext <= m_body.height() * 1.01) {
            while (good < left && fits(first, good + 1))
                ++good;
        }
        if (good == 0) {
            // One record taller than a page: Qt divides it, repeating headers.
            const std::shared_ptr<QTextDocument> document = layOut(first, 1, true);
            for (int slice = 0; slice < document->pageCount(); ++slice)
                result.append({document, slice});
            ++first;
            continue;
        }
        // A heading (or the title) is not left at the foot of a page.
        qsizetype count = good;
        while (count > 0 && first + count < m_units.size() &&
               keepsWithNext(m_units[first + count - 1]))
            --count;
        if (count == 0 && first + good < m_units.size()) {
            // The page would hold only headings. Before a record taller than
            // a page they go with it, and Qt divides the lot; else they keep
            // together on a page of their own.
            if (addedHeight(first + good, false) > m_body.height()) {
                const std::shared_ptr<QTextDocument> document = layOut(first, good + 1, true);
                for (int slice = 0; slice < document->pageCount(); ++slice)
                    result.append({document, slice});
                m_fit.reset();
                first += good + 1;
                continue;
            }
            count = good;
        }
        if (m_fitFirst == first && m_fitCount == count && m_fit)
            result.append({m_fit, 0});
        else
            result.append({std::shared_ptr<QTextDocument>(layOut(first, count, false)), 0});
        m_fit.reset();
        first += count;
    }
    if (result.isEmpty())
        result.append({std::shared_ptr<QTextDocument>(layOut(0, 0, false)), 0});
    return result;
}

} // namespace jlgc
