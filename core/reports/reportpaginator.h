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
// as many whole rows as fit.
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
    bool fits(qsizetype first, qsizetype count) const;
    bool keepsWithNext(const Unit& unit) const;

    const ReportContent& m_content;
    ReportLanguage m_language;
    QPaintDevice& m_device;
    QSizeF m_body;
    QList<Unit> m_units;
};

} // namespace jlgc
