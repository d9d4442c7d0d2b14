#include "reports/reportpaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

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

bool ReportPaginator::fits(qsizetype first, qsizetype count) const
{
    return layOut(first, count, false)->documentLayout()->documentSize().height() <=
           m_body.height();
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
    qsizetype guess = 8;
    while (first < m_units.size()) {
        const qsizetype left = m_units.size() - first;
        // The most units from `first` that fit: double until one does not
        // fit, then halve the interval.
        qsizetype good = 0;
        qsizetype bad = left + 1;
        qsizetype probe = qMin(guess, left);
        while (bad - good > 1) {
            if (fits(first, probe))
                good = probe;
            else
                bad = probe;
            probe = bad > left ? qMin(left, good * 2) : (good + bad) / 2;
            if (probe <= good)
                probe = good + 1;
            if (probe >= bad)
                break;
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
        while (count > 1 && first + count < m_units.size() &&
               keepsWithNext(m_units[first + count - 1]))
            --count;
        result.append({std::shared_ptr<QTextDocument>(layOut(first, count, false)), 0});
        first += count;
        guess = qMax<qsizetype>(2, good);
    }
    if (result.isEmpty())
        result.append({std::shared_ptr<QTextDocument>(layOut(0, 0, false)), 0});
    return result;
}

} // namespace jlgc
