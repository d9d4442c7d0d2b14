#pragma once

#include "reports/reportcontent.h"

namespace jlgc {

class ReportBuilder;

// A table whose column headers (and caption, if any) repeat at the top of
// every page it runs onto. A row is never split between two pages unless it
// is taller than a page.
class ReportTable {
public:
    void addRow(const QList<ReportCell>& cells);
    qsizetype rowCount() const;

private:
    friend class ReportBuilder;
    ReportTable(ReportContent* content, qsizetype index) : m_content(content), m_index(index) {}
    ReportContent* m_content;
    qsizetype m_index;
};

// What a report's build function writes with: headings, paragraphs and
// tables, each text in both languages (the report shows English, Japanese,
// or Japanese above English), with dates and numbers formatted for each.
class ReportBuilder {
public:
    ReportBuilder(ReportContent* content, const ReportOptions& options, const Bilingual& title);

    const ReportOptions& options() const { return m_options; }
    ReportLanguage language() const { return m_options.language; }
    // The report's date ("prepared on"): roles current on that day are the
    // current ones.
    QDate today() const { return m_options.preparedOn; }

    // A report's words, marked QT_TRANSLATE_NOOP("Reports", "…").
    Bilingual text(const char* source) const;
    // The same from another translation context, to reuse its translations.
    Bilingual text(const char* context, const char* source) const;

    // Dates in tables and summaries: April 1, 2025 / 2025年4月1日. Japanese
    // reports give the era (令和7年4月1日) for the report's own date only
    // (the page footer), as a Japanese office dates its documents; dates in
    // the body stay Western so that they compare at a glance with the
    // English ones and across the end of an era.
    Bilingual date(const QDate& date) const;
    // Tue, April 1, 2025 / 2025年4月1日（火）: the heading of a day in an itinerary.
    Bilingual day(const QDate& date) const;
    // April 1 – 10, 2025 / 2025年4月1日～4月10日; one date when they are
    // the same; the known one (or nothing) when one is missing.
    Bilingual dateRange(const QDate& first, const QDate& last) const;
    // The period a report covers (--from, --to): their dateRange, or "All
    // dates" when neither is given.
    Bilingual period(const QDate& from, const QDate& to) const;
    // 9:30 (the 24-hour clock in both languages); "9:30 – 11:00" /
    // "9:30～11:00" with an end, written once (9:30～11:00) in a bilingual
    // report; empty when invalid.
    Bilingual time(const QTime& start, const QTime& end = {}) const;
    // 令和7年4月1日 / Reiwa 7 (2025), April 1
    Bilingual eraDate(const QDate& date) const;
    Bilingual number(qint64 n) const;     // 1,234
    Bilingual fiscalYear(int year) const; // FY2025 (April 2025 – March 2026)
    Bilingual money(double amount, const QString& currency) const; // $1,234.00 / ¥1,234
    // The same from whole minor units (cents; yen for JPY), as amounts are stored.
    Bilingual moneyMinor(qint64 minorUnits, const QString& currency) const;

    // A line under the title: what the report covers, how many records.
    void summary(const Bilingual& text);
    void heading(const Bilingual& text);
    void paragraph(const Bilingual& text);
    // The heading of a section listing `count` things (a pattern whose %1 is
    // the count) and, when there are none, the paragraph `none` under it;
    // true when there is something to list.
    bool countedHeading(const Bilingual& pattern, qsizetype count, const Bilingual& none);
    // "No records match." in place of an empty table.
    void noRecords();
    ReportTable table(const QList<ReportColumn>& columns, const Bilingual& caption = {});

    // True once anything besides the title and summary was written.
    bool hasContent() const;

    // How many records' personal data the report shows (the access log
    // counts them).
    void countPersonal(int records) { m_personalRecords += records; }
    int personalRecords() const { return m_personalRecords; }

private:
    void add(ReportElement::Kind kind, const Bilingual& text);

    ReportContent* m_content;
    ReportOptions m_options;
    int m_personalRecords = 0;
};

// A record's details as a table of two columns (Item, Details): a row for
// each value given, none for an empty one.
class DetailsTable {
public:
    explicit DetailsTable(ReportBuilder& r);
    // label: QT_TRANSLATE_NOOP("Reports", "…")
    void row(const char* label, const ReportCell& value);
    void row(const char* label, const Bilingual& value)
    {
        row(label, ReportCell{ReportLine(value)});
    }

private:
    ReportBuilder& m_builder;
    ReportTable m_table;
};

// "%1 organizations" with each language's value in its own pattern.
Bilingual arg(const Bilingual& pattern, const Bilingual& value);

} // namespace jlgc
