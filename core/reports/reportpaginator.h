#pragma once

#include "reports/reportcontent.h"

#include <QSizeF>
#include <memory>

class QPaintDevice;

namespace jlgc {

// One page's body: a slice of a laid-out document.
struct ReportPage {
    std::shared_ptr<QTextDocument> document;
    int slice = 0; // which page of `document` (only a record taller than a page has several)
};

// Divides report content into pages. A table row is never divided between
// two pages: a row that does not fit goes to the next page, under the table's
// caption and column headers again. A heading or caption is never left alone
// at the bottom of a page. Only a row taller than a whole page is divided
// (then by Qt's own pagination, with the headers repeated).
//
// Qt can paginate a table itself (QTextTableFormat::setHeaderRowCount), but it
// divides rows line by line, separating a person's name from their role; so
// each page is laid out as a document of its own, measured, and filled with
// as many whole rows as fit. Each unit is measured once, alone; the sum of
// the heights chooses how many units a page takes, and one layout of that page
// (rarely two or three) confirms it, so a report costs time in proportion to
// its rows rather than to rows times rows per page.
class ReportPaginator {
public:
    ReportPaginator(const ReportContent& content, ReportLanguage language, QPaintDevice& device,
                    const QSizeF& body);
    QList<ReportPage> pages();

private:
    // An element of the content, or one row of a table element.
    struct Unit {
        int element;
        int row; // -1: the whole element (a table with no rows, too)
    };
    ReportContent contentOf(qsizetype first, qsizetype count) const;
    std::unique_ptr<QTextDocument> layOut(qsizetype first, qsizetype count, bool paginate) const;
    bool fits(qsizetype first, qsizetype count);
    // The height a unit adds to a page: a table row under rows of its own
    // table adds only itself; any other unit adds what it takes alone (a row
    // that starts a page or follows another element brings its headers).
    qreal addedHeight(qsizetype u, bool continuesTable);
    qreal heightOf(qsizetype first, qsizetype count) const;
    // Lays a table's rows out a few dozen at a time and notes each row's height.
    void measureRows(int element);
    // How many units from `first` the heights say fit, and the height with one more.
    qsizetype estimatedCount(qsizetype first, qreal* withNext);
    bool keepsWithNext(const Unit& unit) const;

    const ReportContent& m_content;
    ReportLanguage m_language;
    QPaintDevice& m_device;
    QSizeF m_body;
    QList<Unit> m_units;
    QList<qreal> m_alone; // per unit: height laid out alone (with its table's headers)
    QList<qreal> m_headerOf;
    QList<qreal> m_rowHeight;   // per unit: a row's height under rows of its table (-1: unknown)
    QList<bool> m_rowsMeasured; // per element
    // The last page that fit, laid out: it becomes the page when it is chosen.
    qsizetype m_fitFirst = -1;
    qsizetype m_fitCount = -1;
    std::shared_ptr<QTextDocument>
        m_fit; // per element: height of a table with no rows (-1: not measured)
};

} // namespace jlgc
